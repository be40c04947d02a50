/// What sort of thing an entity is; the three kinds the graph distinguishes.
///
/// People, states and armed groups are all actors (people carry the type
/// `person`), so a query over actors finds every party that can act.
public enum EntityKind: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case actor
    case place
    case organisation

    /// The kind a word names (`person` is an actor, `location` a place, `org` an organisation), or nil.
    public init?(parsing text: String) {
        switch text.lowercased() {
        case "actor": self = .actor
        case "person": self = .actor
        case "place", "location": self = .place
        case "organisation", "organization", "org": self = .organisation
        default: return nil
        }
    }

    /// By name.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
