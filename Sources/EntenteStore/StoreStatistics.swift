/// Counts that describe a graph at a glance.
public struct StoreStatistics: Sendable, Equatable, Codable {
    public var articles: Int
    /// Articles by origin (`article`, `triples`, …).
    public var articlesByOrigin: [String: Int]
    public var entities: Int
    /// Entities by kind (`actor`, `place`, `organisation`).
    public var entitiesByKind: [String: Int]
    public var aliases: Int
    public var facts: Int
    public var negatedFacts: Int
    public var undatedFacts: Int
    /// Distinct (subject, predicate, object, negated) relations.
    public var relations: Int
    /// Facts by relation class.
    public var factsByClass: [String: Int]
    public var predicatesUsed: Int
    public var firstDate: String?
    public var lastDate: String?
    public var schemaVersion: String
}
