public import EntenteModel

/// Coded events ready for a store's event writer (`EventImporter`, `PostgresEventWriter`), with every entity, article and predicate named once.
///
/// Rows refer to entities, articles and predicates by *slot*: a number an ``EventBatchBuilder``
/// gives each in order of first appearance over a whole import. A batch carries the definitions
/// of the slots it is the first to use; the importer keeps the stored id of every slot in an
/// array, so a row costs no hashing of names. A batch is a value, built on one thread (the
/// reading stage of an import) and written on another.
public struct EventBatch: Sendable {
    /// One event as the values of its fact row, with slots for what the store turns into ids.
    public struct Row: Sendable {
        /// The dataset's id of the event (`gdelt:881990832`): stored once, however often imported.
        public var externalID: String
        /// The entity slots of the subject, the object and the place.
        public var subject: Int
        public var object: Int
        public var place: Int?
        /// The article slot.
        public var article: Int
        /// The predicate slot.
        public var predicate: Int
        /// The CAMEO code and Goldstein score.
        public var eventCode: String?
        public var goldstein: Double?
        /// The days as the fact table stores them (`2019-10-23`), formatted by the reading stage.
        public var dateStart: String
        public var dateEnd: String
        /// `day`, `month` or `year`.
        public var datePrecision: String
        /// The roles the subject acted and the object was acted on in.
        public var role: String?
        public var objectRole: String?
        public var confidence: Double
        /// GDELT's counts of the coverage the event had.
        public var mentions: Int?
        public var sources: Int?
        public var articles: Int?
        public var sentenceIndex: Int?
        /// The dataset's wording of the event.
        public var evidence: String?
    }

    /// An article first named in this batch, with its content hash (computed while reading).
    public struct NewArticle: Sendable {
        /// The article, stored unless one with the same hash is.
        public var article: Article
        /// ``Article/contentHash`` of the article.
        public var contentHash: String
    }

    /// Entities whose slots start in this batch, from ``firstEntitySlot`` on.
    public internal(set) var newEntities: [Entity] = []
    /// The slot of the first of ``newEntities``.
    public internal(set) var firstEntitySlot = 0
    /// Articles whose slots start in this batch, from ``firstArticleSlot`` on.
    public internal(set) var newArticles: [NewArticle] = []
    /// The slot of the first of ``newArticles``.
    public internal(set) var firstArticleSlot = 0
    /// True when the builder forgot every article before this batch (it keeps a bounded number):
    /// article slots start again from 0, and an article read again is looked up by its hash.
    public internal(set) var forgetsArticles = false
    /// Predicates whose slots start in this batch, from ``firstPredicateSlot`` on.
    public internal(set) var newPredicates: [String] = []
    /// The slot of the first of ``newPredicates``.
    public internal(set) var firstPredicateSlot = 0
    /// The entities of lines that made no fact (one actor without the other, the place), in the
    /// order they were read: stored before the batch's events, as they always were.
    public internal(set) var looseEntities: [Int] = []
    /// The events, in the order they were read.
    public internal(set) var rows: [Row] = []

    /// Rows and loose entities: what a batch size counts.
    public var count: Int { rows.count + looseEntities.count }
    /// No rows and no loose entities.
    public var isEmpty: Bool { rows.isEmpty && looseEntities.isEmpty }
}
