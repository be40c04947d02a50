public import EntenteModel

/// A stretch of tokens that names an entity.
public struct Mention: Sendable, Hashable {
    public var entity: Entity
    /// Token indices in the paragraph.
    public var range: Range<Int>
    /// The capacity named with the entity: "Turkish forces" is Turkey, military.
    public var role: String?
    /// True when followed by a possessive `'s` ("Russia's mediation").
    public var isPossessive: Bool
    /// How sure the recogniser is that this is the entity: 1 for gazetteer names.
    public var confidence: Double
    /// True when the name only describes another noun: "Turkish goods", "a NATO member".
    public var isModifier: Bool = false
    /// For "Russian Defence Minister Sergei Shoigu": the person this state mention gives a title to.
    public var titleOf: Entity?
}
