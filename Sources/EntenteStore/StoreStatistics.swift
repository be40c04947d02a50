/// Counts that describe a graph at a glance.
public struct StoreStatistics: Sendable, Equatable, Codable {
    /// Articles stored.
    public var articles: Int
    /// Articles by origin (`article`, `triples`, …).
    public var articlesByOrigin: [String: Int]
    /// Entities stored.
    public var entities: Int
    /// Entities by kind (`actor`, `place`, `organisation`).
    public var entitiesByKind: [String: Int]
    /// Aliases of the entities.
    public var aliases: Int
    /// Facts stored.
    public var facts: Int
    /// Facts the articles say did not happen.
    public var negatedFacts: Int
    /// Facts without a date.
    public var undatedFacts: Int
    /// Distinct (subject, predicate, object, negated) relations.
    public var relations: Int
    /// Facts by relation class.
    public var factsByClass: [String: Int]
    /// Distinct predicates the facts use.
    public var predicatesUsed: Int
    /// The earliest day a fact starts.
    public var firstDate: String?
    /// The latest day a fact ends.
    public var lastDate: String?
    /// The last migration applied.
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
