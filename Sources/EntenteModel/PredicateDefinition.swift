/// A predicate of the graph's vocabulary and what it means in event-data terms.
public struct PredicateDefinition: Sendable, Hashable, Codable {
    /// Lower-case with underscores: `supports`, `clashes_with`, `member_of`.
    public var name: String
    /// Its class: cooperation or conflict, verbal or material, neutral or structural.
    public var relationClass: RelationClass
    /// The CAMEO event code it corresponds to (2 to 4 digits), if any.
    public var cameo: String?
    /// The PLOVER event type, for example `SUPPORT` or `FIGHT`.
    public var plover: String?
    /// The Goldstein conflict–cooperation score, -10 to +10.
    public var goldstein: Double?
    /// True when `A p B` says the same as `B p A`.
    public var isSymmetric: Bool
    /// What it means, in a sentence.
    public var description: String

    /// A definition of these fields.
    public init(
        name: String, relationClass: RelationClass, cameo: String? = nil, plover: String? = nil,
        goldstein: Double? = nil, isSymmetric: Bool = false, description: String
    ) {
        self.name = name
        self.relationClass = relationClass
        self.cameo = cameo
        self.plover = plover
        self.goldstein = goldstein
        self.isSymmetric = isSymmetric
        self.description = description
    }

    /// True for names the schema accepts: lower-case ASCII letters and underscores.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || $0 == "_" }
    }

    /// Turns a label such as `Clashes with` or `coordinate-with` into a predicate name.
    public static func normalisedName(_ label: String) -> String {
        var name = ""
        var pendingUnderscore = false
        for scalar in label.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) {
                if pendingUnderscore, !name.isEmpty { name.append("_") }
                pendingUnderscore = false
                name.unicodeScalars.append(scalar)
            } else {
                pendingUnderscore = true
            }
        }
        return name
    }
}
