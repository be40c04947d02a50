public import EntenteModel
public import EntenteStore
import EntenteQuery
import Foundation

// MARK: - Writes: articles and their facts

extension PostgresGraphStore {
    /// Stores an article with its entities and facts in one transaction; an article whose
    /// content is stored already changes nothing.
    public func ingest(_ extraction: ArticleExtraction, vocabulary: PredicateVocabulary = .standard) throws(StoreError) -> IngestOutcome {
        do {
            return try ingest(extraction.article, vocabulary: vocabulary) { writer in
                for entity in extraction.entities { try writer.add(entity) }
                for fact in extraction.facts { try writer.add(fact) }
            }
        } catch {
            throw StoreError.postgres(error, at: session.location)
        }
    }

    /// Stores an article and whatever `contents` adds to it, in one transaction; `contents` is
    /// skipped when the article is stored already, and nothing is stored if it throws.
    public func ingest(
        _ article: Article, vocabulary: PredicateVocabulary = .standard, contents: (any ArticleWriting) throws -> Void
    ) throws -> IngestOutcome {
        var madeYears: Set<Int> = []
        do {
            let outcome = try session.transaction { () throws -> IngestOutcome in
                try PostgresGraphWriter.lockTables(in: session)
                let hash = article.contentHash
                if let existing = try session.rows("SELECT id FROM article WHERE content_hash = $1", [PostgresArgument(hash)]).first {
                    return IngestOutcome(status: .unchanged, articleID: existing.int(0), entitiesAdded: 0, factsAdded: 0)
                }
                let writer = PostgresGraphWriter(store: self, vocabulary: vocabulary)
                guard let articleID = try writer.insertArticle(article, hash: hash) else {
                    let existing = try session.rows("SELECT id FROM article WHERE content_hash = $1", [PostgresArgument(hash)])[0].int(0)
                    return IngestOutcome(status: .unchanged, articleID: existing, entitiesAdded: 0, factsAdded: 0)
                }
                let articleWriter = PostgresArticleWriter(writer: writer, articleID: articleID)
                try contents(articleWriter)
                madeYears = articleWriter.writer.madeYears
                return IngestOutcome(
                    status: .stored, articleID: articleID, entitiesAdded: articleWriter.writer.entitiesAdded, factsAdded: articleWriter.factsAdded)
            }
            // Known only once committed: a rolled-back partition is no partition.
            partitions.add(madeYears)
            return outcome
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.postgres(error, at: session.location)
        }
    }
}

/// The writes of one article, inside its transaction, for the extractor's callbacks.
final class PostgresArticleWriter: ArticleWriting {
    var writer: PostgresGraphWriter
    let articleID: Int64
    private(set) var factsAdded = 0

    init(writer: PostgresGraphWriter, articleID: Int64) {
        self.writer = writer
        self.articleID = articleID
    }

    func add(_ entity: Entity) throws {
        _ = try writer.entityID(for: entity)
    }

    func add(_ fact: Fact) throws {
        try writer.insert(fact, articleID: articleID)
        factsAdded += 1
    }
}

/// The steps of one write transaction, as SQLite's `GraphWriter` takes them: the same lookups
/// in the same order, so both stores resolve a name to the same entity.
struct PostgresGraphWriter {
    /// The first statement of a transaction that writes facts, entities or articles: the fact
    /// table's lock (before any row, as a bulk import takes the table: see `PostgresEventWriter`),
    /// then the one writer at a time that may add entities and articles (see migration 0003), so
    /// two writers never each wait for a row the other added (a deadlock).
    static func lockTables(in session: PostgresSession) throws {
        try session.execute("LOCK TABLE fact IN ROW EXCLUSIVE MODE")
        try lockNewRows(in: session)
    }

    /// The lock of `lockTables` on adding entities and articles, alone.
    static func lockNewRows(in session: PostgresSession) throws {
        try session.execute("SELECT pg_advisory_xact_lock(hashtext('entente_new_rows'))")
    }

    let store: PostgresGraphStore
    let vocabulary: PredicateVocabulary
    let recordedAt = ISO8601DateFormatter().string(from: Date())
    private var entityIDs: [Entity: Int64] = [:]
    private(set) var knownPredicates: Set<String> = []
    private(set) var entitiesAdded = 0
    /// Partitions this transaction made, known to the store once it commits.
    private(set) var madeYears: Set<Int> = []

    init(store: PostgresGraphStore, vocabulary: PredicateVocabulary) {
        self.store = store
        self.vocabulary = vocabulary
    }

    private var session: PostgresSession { store.session }

    /// Stores the article and returns its id, or nil when another process stored the same
    /// content first (the unique content hash decides; this waits for that process to commit).
    func insertArticle(_ article: Article, hash: String) throws -> Int64? {
        try session.rows(
            """
            INSERT INTO article (content_hash, origin, source, url, title, published, text, ingested_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (content_hash) DO NOTHING RETURNING id
            """,
            [
                .init(hash), .init(article.origin.rawValue), .init(article.source), .init(article.url), .init(article.title),
                .init(article.published?.description), .init(article.text), .init(recordedAt),
            ]).first?.int(0)
    }

    mutating func insert(_ fact: Fact, articleID: Int64) throws {
        guard fact.confidence > 0, fact.confidence <= 1 else {
            throw StoreError.invalidFact("confidence \(fact.confidence) is outside (0, 1]")
        }
        try ensurePredicate(fact.predicate)
        let subjectID = try entityID(for: fact.subject)
        let objectID = try entityID(for: fact.object)
        let speakerID = try fact.speaker.map { try entityID(for: $0) }
        let year = fact.date.map { $0.start.year } ?? 0
        if !madeYears.contains(year), !store.partitions.missing([year]).isEmpty, year != 0 {
            try session.execute("SELECT entente_fact_partition($1::integer)", [.init(Int64(year))])
            madeYears.insert(year)
        }
        let evidence = fact.evidence
        try session.execute(
            """
            INSERT INTO fact (start_year, subject_id, predicate, object_id, date_start, date_end, date_precision, date_reason,
                              negated, modality, speaker_id, role, confidence, event_code, goldstein,
                              article_id, sentence_index, span_start, span_end, evidence, recorded_at, object_role)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)
            """,
            [
                .init(Int64(year)), .init(subjectID), .init(fact.predicate), .init(objectID), .init(fact.date?.start.description),
                .init(fact.date?.end.description), .init(fact.date?.precision.rawValue), .init(fact.date == nil ? nil : fact.dateReason),
                .init(fact.negated), .init(fact.modality.rawValue), .init(speakerID), .init(fact.role), .init(fact.confidence),
                .init(fact.eventCode), .init(fact.goldstein), .init(articleID), .init(evidence?.sentenceIndex), .init(evidence?.start),
                .init(evidence?.end), .init(evidence?.text), .init(recordedAt), .init(fact.objectRole),
            ])
    }

    /// Adds the predicate's definition from the vocabulary unless the database has it.
    mutating func ensurePredicate(_ name: String) throws {
        if knownPredicates.contains(name) { return }
        if let definition = vocabulary[name] {
            try session.execute(
                """
                INSERT INTO predicate (name, class, cameo, plover, goldstein, "symmetric", description)
                VALUES ($1, $2, $3, $4, $5, $6, $7)
                ON CONFLICT (name) DO NOTHING
                """,
                [
                    .init(definition.name), .init(definition.relationClass.rawValue), .init(definition.cameo), .init(definition.plover),
                    .init(definition.goldstein), .init(definition.isSymmetric), .init(definition.description),
                ])
        } else if try session.rows("SELECT 1 FROM predicate WHERE name = $1", [.init(name)]).isEmpty {
            throw StoreError.unknownPredicate(name)
        }
        knownPredicates.insert(name)
    }

    /// Finds the entity `entity` names, or creates it; adds its aliases and the codes it lacked
    /// (one round trip: see `PostgresEntityResolution`).
    mutating func entityID(for entity: Entity) throws -> Int64 {
        if let cached = entityIDs[entity] { return cached }
        return try resolve([entity])[0]
    }

    /// The ids of `entities`, each found or created in the order given, in one round trip.
    mutating func resolve(_ entities: [Entity]) throws -> [Int64] {
        let resolved = try PostgresEntityResolution.resolve(entities, in: session)
        for (entity, outcome) in zip(entities, resolved) {
            if outcome.created { entitiesAdded += 1 }
            entityIDs[entity] = outcome.id
        }
        return resolved.map(\.id)
    }
}
