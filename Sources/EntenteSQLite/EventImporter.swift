public import EntenteStore
public import EntenteModel
import Foundation
import GRDB

/// Writes coded events (GDELT, ICEWS) in batches, one transaction per batch, so an interrupted
/// import leaves whole batches only; each event is stored once, by its dataset id, however many
/// times its file is imported.
///
/// It keeps the id of every entity, article and predicate slot earlier batches resolved (see
/// ``EventBatch``) in arrays, so a long import looks each one up once and a row costs no hashing.
/// Not for sharing between threads; after a batch fails it refuses further batches, since the
/// slots that batch introduced were never stored.
public final class EventImporter: EventWriting {
    /// What writing one batch did.
    public typealias BatchOutcome = EventBatchOutcome

    let store: GraphStore
    let vocabulary: PredicateVocabulary
    /// Stored ids by slot; nil for a slot not resolved yet.
    private var entityIDs: [Int64?] = []
    private var articleIDs: [Int64?] = []
    private var predicates: [String] = []
    private var knownPredicates: Set<String> = []
    /// For ``write(_:entities:)``: batches of events given as values.
    private var builder = EventBatchBuilder()
    private var failed = false

    /// An importer into `store`, adding the predicates it meets from `vocabulary`.
    public init(store: GraphStore, vocabulary: PredicateVocabulary = .standard) {
        self.store = store
        self.vocabulary = vocabulary
    }

    /// Stores `events` and the loose `entities` (actors of rows that made no fact) in one transaction.
    public func write(_ events: [CodedEvent], entities: [Entity] = []) throws(StoreError) -> BatchOutcome {
        builder.addLoose(entities)
        for event in events { builder.add(event) }
        return try write(builder.take())
    }

    /// Stores a batch in one transaction: its loose entities first, then its events in order, each
    /// entity resolved the first time a row names it.
    ///
    /// - Precondition: batches come from one ``EventBatchBuilder``, in the order it made them.
    public func write(_ batch: EventBatch) throws(StoreError) -> BatchOutcome {
        if failed { throw StoreError(.sqlite, "\(store.path): an earlier batch of this import failed; start the import again") }
        precondition(batch.firstEntitySlot == entityIDs.count, "batches must come in the order their builder made them")
        if batch.forgetsArticles { articleIDs.removeAll() }
        precondition(batch.firstArticleSlot == articleIDs.count && batch.firstPredicateSlot == predicates.count)
        entityIDs += repeatElement(nil, count: batch.newEntities.count)
        articleIDs += repeatElement(nil, count: batch.newArticles.count)
        predicates += batch.newPredicates
        do {
            return try store.database.write { db in try write(batch, db) }
        } catch {
            failed = true
            if let error = error as? StoreError { throw error }
            throw StoreError(translating: error, path: store.path)
        }
    }

    private func write(_ batch: EventBatch, _ db: Database) throws -> BatchOutcome {
        var writer = GraphWriter(db: db, vocabulary: vocabulary, knownPredicates: knownPredicates)
        func entity(_ slot: Int) throws -> Int64 {
            if let id = entityIDs[slot] { return id }
            let id = try writer.entityID(for: batch.newEntities[slot - batch.firstEntitySlot])
            entityIDs[slot] = id
            return id
        }
        func article(_ slot: Int) throws -> Int64 {
            if let id = articleIDs[slot] { return id }
            let new = batch.newArticles[slot - batch.firstArticleSlot]
            let id: Int64
            if let stored = try Int64.fetchOne(
                db.cachedStatement(sql: "SELECT id FROM article WHERE content_hash = ?"), arguments: [new.contentHash])
            {
                id = stored
            } else {
                id = try writer.insertArticle(new.article, hash: new.contentHash)
            }
            articleIDs[slot] = id
            return id
        }
        for slot in batch.looseEntities { _ = try entity(slot) }
        // Every id first, in the order rows name them (article, subject, object, place), as the
        // row-by-row import resolved them; then the facts, many rows to a statement.
        var ids: [CodedFactInsert.IDs] = []
        ids.reserveCapacity(batch.rows.count)
        for row in batch.rows {
            let articleID = try article(row.article)
            let subject = try entity(row.subject)
            let object = try entity(row.object)
            ids.append(.init(subject: subject, object: object, place: try row.place.map(entity), article: articleID))
        }
        for name in batch.newPredicates { try writer.ensurePredicate(name) }
        var insert = CodedFactInsert(db: db, recordedAt: writer.recordedAt)
        let stored = try insert.insert(batch.rows, predicates: predicates) { ids[$0] }
        knownPredicates = writer.knownPredicates
        var outcome = BatchOutcome()
        outcome.stored = stored
        outcome.alreadyStored = batch.rows.count - stored
        outcome.entitiesAdded = writer.entitiesAdded
        return outcome
    }
}

extension GraphStore {
    /// An `EventImporter` on this store.
    public func eventWriter(vocabulary: PredicateVocabulary) -> any EventWriting {
        EventImporter(store: self, vocabulary: vocabulary)
    }
}
