public import EntenteStore
public import EntenteModel
import Foundation
import GRDB

/// Writes coded events (GDELT, ICEWS) in batches, one transaction per batch, so an interrupted
/// import leaves whole batches only; each event is stored once, by its dataset id, however many
/// times its file is imported.
///
/// It remembers the entities, articles and predicates earlier batches resolved, so a long
/// import looks each one up once. Not for sharing between threads.
public final class EventImporter: EventWriting {
    /// What writing one batch did.
    public typealias BatchOutcome = EventBatchOutcome

    let store: GraphStore
    let vocabulary: PredicateVocabulary
    /// Entity ids by kind and name, a cheaper key than the whole entity with its aliases.
    private var idsByName: [String: Int64] = [:]
    /// Article ids by identity (or text), so the content hash is computed once per article.
    private var articleIDs: [String: Int64] = [:]
    private var knownPredicates: Set<String> = []

    public init(store: GraphStore, vocabulary: PredicateVocabulary = .standard) {
        self.store = store
        self.vocabulary = vocabulary
    }

    /// Stores `events` and the loose `entities` (actors of rows that made no fact) in one transaction.
    public func write(_ events: [CodedEvent], entities: [Entity] = []) throws(StoreError) -> EventBatchOutcome {
        let (cachedArticles, cachedPredicates, cachedNames) = (articleIDs, knownPredicates, idsByName)
        let vocabulary = self.vocabulary
        do {
            let (outcome, articles, predicates, names) = try store.database.write { db in
                var writer = GraphWriter(db: db, vocabulary: vocabulary, knownPredicates: cachedPredicates)
                var articles = cachedArticles
                var names = cachedNames
                func id(_ entity: Entity) throws -> Int64 {
                    let key = entity.kind.rawValue + "\u{1F}" + entity.name
                    if let known = names[key] { return known }
                    let resolved = try writer.entityID(for: entity)
                    names[key] = resolved
                    return resolved
                }
                var outcome = EventBatchOutcome()
                for entity in entities { _ = try id(entity) }
                for event in events {
                    let identity = event.article.identity ?? event.article.text
                    let articleID: Int64
                    if let known = articles[identity] {
                        articleID = known
                    } else if case let hash = event.article.contentHash, let stored = try Int64.fetchOne(db, sql: "SELECT id FROM article WHERE content_hash = ?", arguments: [hash]) {
                        articleID = stored
                    } else {
                        articleID = try writer.insertArticle(event.article, hash: event.article.contentHash)
                    }
                    articles[identity] = articleID
                    let stored = try writer.insert(
                        event, articleID: articleID, subjectID: try id(event.subject), objectID: try id(event.object),
                        placeID: try event.place.map(id))
                    if stored { outcome.stored += 1 } else { outcome.alreadyStored += 1 }
                }
                outcome.entitiesAdded = writer.entitiesAdded
                return (outcome, articles, writer.knownPredicates, names)
            }
            (articleIDs, knownPredicates, idsByName) = (articles, predicates, names)
            return outcome
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(translating: error, path: store.path)
        }
    }
}

extension GraphWriter {
    /// Inserts the event unless its id is stored already; true when it was inserted.
    mutating func insert(_ event: CodedEvent, articleID: Int64, subjectID: Int64, objectID: Int64, placeID: Int64?) throws -> Bool {
        try ensurePredicate(event.predicate)
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO fact (subject_id, predicate, object_id, date_start, date_end, date_precision, date_reason,
                                  modality, role, confidence, event_code, goldstein, article_id, sentence_index,
                                  evidence, recorded_at, external_id, place_id, num_mentions, num_sources, num_articles,
                                  object_role)
                VALUES (?, ?, ?, ?, ?, ?, 'coded', 'reported', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (external_id) WHERE external_id IS NOT NULL DO NOTHING
                """)
        try statement.execute(
            arguments: [
                subjectID, event.predicate, objectID, event.date.start.description, event.date.end.description,
                event.date.precision.rawValue, event.role, event.confidence, event.eventCode, event.goldstein, articleID,
                event.sentenceIndex, event.evidence, recordedAt, event.externalID, placeID, event.mentions, event.sources,
                event.articles, event.objectRole,
            ])
        return db.changesCount > 0
    }
}

extension GraphStore {
    /// An `EventImporter` on this store.
    public func eventWriter(vocabulary: PredicateVocabulary) -> any EventWriting {
        EventImporter(store: self, vocabulary: vocabulary)
    }
}
