import EntenteModel

/// Two entities that are likely the same real actor, and why.
public struct DuplicateCandidate: Sendable, Equatable, Codable {
    /// Why two entities look like one.
    public enum Reason: String, Sendable, Equatable, Codable, CaseIterable {
        /// The same folded name, of different kinds.
        case sameName = "same name"
        /// One's name is the other's alias.
        case aliasOverlap = "alias overlap"
        /// Actors' names that differ in a few letters or a middle name (`Franz`/`Frants Klintsevich`).
        case nameVariant = "name variant"
    }

    /// One entity of the pair.
    public var first: EntityRow
    /// The other entity of the pair.
    public var second: EntityRow
    /// Why they look like one.
    public var reason: Reason
    /// The shared name or alias, or the two names compared.
    public var detail: String

    /// A value of every field, for a store to build.
    package init(first: EntityRow, second: EntityRow, reason: Reason, detail: String) {
        self.first = first
        self.second = second
        self.reason = reason
        self.detail = detail
    }
}
