/// The broad class of a relation, after CAMEO's quad classes plus the
/// structural relations (membership, location, leadership, alliance).
public enum RelationClass: String, Sendable, Hashable, CaseIterable, Codable {
    case verbalCooperation = "verbal-cooperation"
    case materialCooperation = "material-cooperation"
    case verbalConflict = "verbal-conflict"
    case materialConflict = "material-conflict"
    case neutral
    case structural

    /// Accepts the canonical spellings and the gold corpus's `neutral-statement`.
    public init?(parsing text: String) {
        let normalised = String(text.lowercased().map { $0 == "_" || $0 == " " ? "-" : $0 })
        if normalised == "neutral-statement" {
            self = .neutral
        } else {
            self.init(rawValue: normalised)
        }
    }

    /// Verbal or material cooperation.
    public var isCooperation: Bool { self == .verbalCooperation || self == .materialCooperation }
    /// Verbal or material conflict.
    public var isConflict: Bool { self == .verbalConflict || self == .materialConflict }
}
