public import EntenteModel
public import EntenteQuery

/// What a graph store does, whatever database holds it: writes that keep the graph whole,
/// reads, and running the plans of the query language.
///
/// `GraphStore` (module `EntenteSQLite`) is the SQLite store. A store that conforms passes the
/// checks of `GraphStoreConformance` (target `EntenteTestSupport`), the same every store runs.
/// Requirements take every argument; the extensions give the defaults and what every store
/// answers the same way from these: `entity(named:)`, `resolver(vocabulary:)`,
/// `neighbourhood(around:depth:_:)`, TIMELINE and DIFF.
public protocol GraphStoring: Sendable {
    // MARK: Writes

    /// Stores an article with its entities and facts in one transaction; an article whose
    /// content is stored already changes nothing (``IngestOutcome/Status/unchanged``).
    ///
    /// - Throws: ``StoreError``; the store is then exactly as before.
    func ingest(_ extraction: ArticleExtraction, vocabulary: PredicateVocabulary) throws(StoreError) -> IngestOutcome

    /// Stores an article and whatever `contents` writes to it, in one transaction; `contents`
    /// is skipped when the article is stored already, and nothing is stored if it throws.
    func ingest(_ article: Article, vocabulary: PredicateVocabulary, contents: (any ArticleWriting) throws -> Void) throws -> IngestOutcome

    /// Writes batches of coded events (GDELT, ICEWS), one transaction per batch.
    func eventWriter(vocabulary: PredicateVocabulary) -> any EventWriting

    /// Merges the entity `merged` into `kept` in one transaction, and remembers it so a later
    /// import naming `merged` stores into `kept`.
    func merge(_ merged: EntityRow, into kept: EntityRow) throws(StoreError) -> MergeOutcome

    // MARK: Reads

    /// The entities a selector can mean, the canonical holders of the name first.
    func candidates(for selector: EntitySelector) throws(StoreError) -> [EntityRow]

    /// The entities a selector can mean as the query planner needs them: ids, names, kinds and
    /// types, by id, without the counts and aliases of ``candidates(for:)`` (by default, those
    /// rows without them). A store answers it more cheaply where counting an entity's facts
    /// reads them all: every query names one entity or more.
    func resolvedCandidates(for selector: EntitySelector) throws(StoreError) -> [ResolvedEntity]

    /// ``resolvedCandidates(for:)`` of each selector, in order, read together where a store can.
    func resolvedCandidates(forEach selectors: [EntitySelector]) throws(StoreError) -> [[ResolvedEntity]]

    /// Up to three canonical names whose aliases are closest to a folded name (`NameKey`).
    func suggestions(for key: String) throws(StoreError) -> [String]

    /// Every predicate the store has facts or definitions for.
    func predicateNames() throws(StoreError) -> Set<String>

    /// Entities, most connected first, of one kind and matching a search text, if given.
    func entities(kind: EntityKind?, search: String?, limit: Int?) throws(StoreError) -> [EntityRow]

    /// Pairs of entities that are likely one.
    func duplicates(limit: Int?) throws(StoreError) -> [DuplicateCandidate]

    /// Facts a filter keeps, oldest first (undated last) unless it asks for the newest first.
    func facts(_ filter: FactFilter) throws(StoreError) -> [FactRow]

    /// The relations a selection keeps, touching one of `touching` if given, sorted by subject,
    /// object and predicate.
    func relations(_ selection: RelationSelection, touching: Set<Int64>?) throws(StoreError) -> [RelationSummary]

    /// The entities whose canonical name is one of `names`.
    func references(named names: Set<String>) throws(StoreError) -> [EntityReference]

    /// Counts that describe the graph.
    func statistics() throws(StoreError) -> StoreStatistics

    /// The dated, not negated facts between two entities, for a timeline.
    func timelineEntries(
        between first: Int64, and second: Int64, direction: TimelineDirection, since: FactDate?, until: FactDate?,
        includeModal: Bool, excludeDomestic: Bool
    ) throws(StoreError) -> [Timeline.Entry]

    /// The country of each person among `ids` who has one.
    func countries(ofPeople ids: Set<Int64>) throws(StoreError) -> [Int64: String]

    // MARK: Queries

    /// Runs a compiled query within its budgets and `timeout` seconds.
    ///
    /// - Throws: `QueryBudgetError` naming the budget reached, or ``StoreError``.
    func run(_ compiled: CompiledQuery, timeout: Double) throws -> QueryResult

    /// Compiles a query against this store's names and predicates and runs it unless it says
    /// EXPLAIN: what `Planner.compile` with ``resolver(vocabulary:)`` and then ``run(_:timeout:)``
    /// do, which a store may do in one read.
    ///
    /// - Returns: the compiled query, and its answer (nil for EXPLAIN).
    /// - Throws: `QueryError` with the query's diagnostics, `QueryBudgetError`, or ``StoreError``.
    func compileAndRun(_ source: SourceText, parameters: [String: QueryValue], options: Planner.Options, timeout: Double) throws
        -> (compiled: CompiledQuery, result: QueryResult?)

    /// The statement EXPLAIN shows for a query: a join's SELECT, a walk's, a search's first level,
    /// in this store's dialect; empty for TIMELINE and DIFF.
    func explainedStatement(_ compiled: CompiledQuery) -> SQLStatement

    /// How the database runs `explainedStatement`, one line per step; none for an empty one.
    func queryPlan(_ compiled: CompiledQuery) throws -> [String]
}

/// Where an article's entities and facts go as they are read, inside the article's transaction.
public protocol ArticleWriting: AnyObject {
    /// Records an entity the article names, whether or not a fact relates it.
    func add(_ entity: Entity) throws
    /// Stores a fact of the article.
    func add(_ fact: Fact) throws
}

/// Writes coded events in batches, one transaction each, so an interrupted import leaves whole
/// batches only; each event is stored once, by its dataset id.
public protocol EventWriting: AnyObject {
    /// Stores `events` and the loose `entities` (actors of rows that made no fact) in one transaction.
    func write(_ events: [CodedEvent], entities: [Entity]) throws(StoreError) -> EventBatchOutcome

    /// Stores a batch an `EventBatchBuilder` made in one transaction; batches come in the order
    /// the builder made them.
    func write(_ batch: EventBatch) throws(StoreError) -> EventBatchOutcome
}

/// What writing one batch of events did.
public struct EventBatchOutcome: Sendable, Equatable {
    /// Events stored.
    public var stored = 0
    /// Events whose id the store already had.
    public var alreadyStored = 0
    /// Entities new to the store.
    public var entitiesAdded = 0

    /// No event yet.
    public init() {}
}

/// Which facts between two entities a timeline counts.
public enum TimelineDirection: String, Sendable, CaseIterable {
    /// Facts either way between the two.
    case both
    /// Facts whose subject is the first entity.
    case out
    /// Facts whose subject is the second entity.
    case `in`
}
