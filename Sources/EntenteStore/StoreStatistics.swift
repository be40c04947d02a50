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

    /// A value of every field, for a store to build.
    package init(articles: Int, articlesByOrigin: [String: Int], entities: Int, entitiesByKind: [String: Int], aliases: Int, facts: Int, negatedFacts: Int, undatedFacts: Int, relations: Int, factsByClass: [String: Int], predicatesUsed: Int, firstDate: String?, lastDate: String?, schemaVersion: String) {
        self.articles = articles
        self.articlesByOrigin = articlesByOrigin
        self.entities = entities
        self.entitiesByKind = entitiesByKind
        self.aliases = aliases
        self.facts = facts
        self.negatedFacts = negatedFacts
        self.undatedFacts = undatedFacts
        self.relations = relations
        self.factsByClass = factsByClass
        self.predicatesUsed = predicatesUsed
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.schemaVersion = schemaVersion
    }
}
