public import EntenteStore
public import EntenteModel
import Foundation
import GRDB

// MARK: - Writes: articles and their facts

extension GraphStore {
    /// Stores an article with its entities and facts in one transaction.
    ///
    /// Storing an article whose content hash is already present changes
    /// nothing and returns ``IngestOutcome/Status/unchanged``. Each fact's
    /// predicate must be in `vocabulary` or already in the database.
    ///
    /// - Throws: ``StoreError``; the database is then exactly as before.
    public func ingest(_ extraction: ArticleExtraction, vocabulary: PredicateVocabulary = .standard)
        throws(StoreError) -> IngestOutcome
    {
        do {
            return try ingest(extraction.article, vocabulary: vocabulary) { writer in
                for entity in extraction.entities { try writer.add(entity) }
                for fact in extraction.facts { try writer.add(fact) }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(translating: error, path: path)
        }
    }
}

extension GraphStore {
    /// Stores an article and whatever `contents` adds to it, in one transaction.
    ///
    /// `contents` runs inside the transaction and is skipped when the article
    /// is already stored. Use it to stream a long article's facts into the
    /// store as they are read, instead of holding them all in memory. If it
    /// throws, nothing of the article is stored.
    public func ingest(
        _ article: Article, vocabulary: PredicateVocabulary = .standard, contents: (any ArticleWriting) throws -> Void
    ) throws -> IngestOutcome {
        do {
            return try database.write { db in
                try db.execute(sql: GraphStore.articleTextPageCache)
                defer { try? db.execute(sql: GraphStore.largePageCache) }
                var writer = GraphWriter(db: db, vocabulary: vocabulary)
                let hash = article.contentHash
                if let existing = try Int64.fetchOne(
                    db, sql: "SELECT id FROM article WHERE content_hash = ?", arguments: [hash])
                {
                    return IngestOutcome(status: .unchanged, articleID: existing, entitiesAdded: 0, factsAdded: 0)
                }
                let articleID = try writer.insertArticle(article, hash: hash)
                try db.execute(sql: GraphStore.articlePageCache)
                let articleWriter = ArticleWriter(writer: writer, articleID: articleID)
                try contents(articleWriter)
                return IngestOutcome(
                    status: .stored, articleID: articleID, entitiesAdded: articleWriter.writer.entitiesAdded,
                    factsAdded: articleWriter.factsAdded)
            }
        } catch let error as DatabaseError {
            throw StoreError(translating: error, path: path)
        }
    }
}

/// Adds entities and facts to the article being stored, inside its transaction.
/// The writes of one article, inside its transaction: a reference, so the extractor's callbacks
/// can write through it, living only as long as `database.write`.
final class ArticleWriter: ArticleWriting {
    var writer: GraphWriter
    let articleID: Int64
    private(set) var factsAdded = 0

    init(writer: GraphWriter, articleID: Int64) {
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

/// The steps of one write transaction; it lives only inside `database.write`.
struct GraphWriter {
    let db: Database
    let vocabulary: PredicateVocabulary
    let recordedAt = ISO8601DateFormatter().string(from: Date())
    private var entityIDs: [Entity: Int64] = [:]
    private(set) var knownPredicates: Set<String> = []
    private(set) var entitiesAdded = 0

    /// - Parameter knownPredicates: the predicates earlier, committed transactions stored.
    init(db: Database, vocabulary: PredicateVocabulary, knownPredicates: Set<String> = []) {
        self.db = db
        self.vocabulary = vocabulary
        self.knownPredicates = knownPredicates
    }

    mutating func insertArticle(_ article: Article, hash: String) throws -> Int64 {
        // Arguments given at execution are bound in place: a 50 MB text is not copied for SQLite.
        // A cached statement keeps its last arguments, so only a short text (an imported event's
        // source has none) goes through one; a long article's statement is prepared for it alone.
        let sql = """
            INSERT INTO article (content_hash, origin, source, url, title, published, text, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """
        let statement = article.text.utf8.count <= 4096 ? try db.cachedStatement(sql: sql) : try db.makeStatement(sql: sql)
        try statement.execute(
            arguments: [
                hash, article.origin.rawValue, article.source, article.url, article.title,
                article.published?.description, article.text, recordedAt,
            ])
        return db.lastInsertedRowID
    }

    mutating func insert(_ fact: Fact, articleID: Int64) throws {
        guard fact.confidence > 0, fact.confidence <= 1 else {
            throw StoreError.invalidFact("confidence \(fact.confidence) is outside (0, 1]")
        }
        try ensurePredicate(fact.predicate)
        let subjectID = try entityID(for: fact.subject)
        let objectID = try entityID(for: fact.object)
        let speakerID = try fact.speaker.map { try entityID(for: $0) }
        let evidence = fact.evidence
        // A cached statement: a long import prepares it once, not once per fact.
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO fact (subject_id, predicate, object_id, date_start, date_end, date_precision, date_reason,
                                  negated, modality, speaker_id, role, confidence, event_code, goldstein,
                                  article_id, sentence_index, span_start, span_end, evidence, recorded_at, object_role)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        try statement.execute(
            arguments: [
                subjectID, fact.predicate, objectID, fact.date?.start.description, fact.date?.end.description,
                fact.date?.precision.rawValue, fact.date == nil ? nil : fact.dateReason,
                fact.negated, fact.modality.rawValue, speakerID, fact.role, fact.confidence, fact.eventCode,
                fact.goldstein, articleID, evidence?.sentenceIndex, evidence?.start, evidence?.end, evidence?.text,
                recordedAt, fact.objectRole,
            ])
    }

    /// Adds the predicate's definition from the vocabulary unless the database has it.
    mutating func ensurePredicate(_ name: String) throws {
        if knownPredicates.contains(name) { return }
        if let definition = vocabulary[name] {
            try db.cachedStatement(
                sql: """
                    INSERT INTO predicate (name, class, cameo, plover, goldstein, symmetric, description)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (name) DO NOTHING
                    """
            ).execute(
                arguments: [
                    definition.name, definition.relationClass.rawValue, definition.cameo, definition.plover,
                    definition.goldstein, definition.isSymmetric, definition.description,
                ])
        } else if try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM predicate WHERE name = ?"), arguments: [name]) == nil {
            throw StoreError.unknownPredicate(name)
        }
        knownPredicates.insert(name)
    }

    /// Finds the entity ``existingID(for:kind:key:)`` names, or creates it. Adds its aliases and
    /// fills codes it was missing.
    mutating func entityID(for entity: Entity) throws -> Int64 {
        if let cached = entityIDs[entity] { return cached }
        let key = entity.key
        guard !key.isEmpty else { throw StoreError.invalidFact("an entity has an empty name") }
        let kind = entity.kind.rawValue
        let id = try existingID(for: entity, kind: kind, key: key.rawValue)
        let resolved: Int64
        if let id {
            resolved = id
            try db.cachedStatement(
                sql: """
                    UPDATE entity SET iso3 = coalesce(iso3, ?), cameo = coalesce(cameo, ?),
                        latitude = coalesce(latitude, ?), longitude = coalesce(longitude, ?)
                    WHERE id = ?
                    """
            ).execute(
                arguments: [
                    entity.iso3, entity.cameo, entity.coordinates?.latitude, entity.coordinates?.longitude, id,
                ])
        } else {
            try db.cachedStatement(
                sql: """
                    INSERT INTO entity (kind, type, name, name_key, iso3, cameo, latitude, longitude)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """
            ).execute(
                arguments: [
                    kind, entity.type, entity.name, key.rawValue, entity.iso3, entity.cameo,
                    entity.coordinates?.latitude, entity.coordinates?.longitude,
                ])
            resolved = db.lastInsertedRowID
            entitiesAdded += 1
        }
        // A person's CAMEO code (TURGOV) describes a role, not the person, so it is no alias.
        let codes = [entity.iso3, entity.type == "person" ? nil : entity.cameo].compactMap { $0 }
        for name in [entity.name] + entity.aliases + codes {
            let aliasKey = NameKey(name)
            guard !aliasKey.isEmpty else { continue }
            try db.cachedStatement(sql: "INSERT INTO alias (key, entity_id, text) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .execute(arguments: [aliasKey.rawValue, resolved, name])
        }
        entityIDs[entity] = resolved
        return resolved
    }

    /// The stored entity `entity` denotes, or nil for a new one. In order: the same kind and
    /// folded name; an entity it was merged into (`entity_merge`); the only entity of its kind
    /// with it as an alias; its kind's entity with its ISO code. Then, across kinds, so a name
    /// that already denotes an entity never makes a second one of another kind: the only entity
    /// of that exact name, or the only one (not a place) with it as an alias. Only a country as a
    /// place joins another kind's entity (its state); a region or city of a state's name stays a
    /// place of its own (Georgia, the US state).
    ///
    /// Every statement is prepared once per connection (`cachedStatement`): an import that meets
    /// thousands of new names runs these six lookups for each.
    func existingID(for entity: Entity, kind: String, key: String) throws -> Int64? {
        if let id = try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT id FROM entity WHERE kind = ? AND name_key = ?"), arguments: [kind, key])
        {
            return id
        }
        if let id = try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT entity_id FROM entity_merge WHERE kind = ? AND name_key = ?"), arguments: [kind, key])
        {
            return id
        }
        let byAlias = try Int64.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT DISTINCT e.id FROM alias AS a JOIN entity AS e ON e.id = a.entity_id
                    WHERE a.key = ? AND e.kind = ? LIMIT 2
                    """),
            arguments: [key, kind])
        if byAlias.count == 1 { return byAlias[0] }
        if let iso3 = entity.iso3, let id = try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT id FROM entity WHERE kind = ? AND iso3 = ? LIMIT 1"), arguments: [kind, iso3])
        {
            return id
        }
        // A region or city sharing a state's name is another place (Georgia, the US state).
        if entity.kind == .place && entity.type != "country" { return nil }
        // The other kinds by name: the (kind, name_key) index then finds the name under each, where
        // `kind <> ?` read the whole table for every new name.
        let otherKinds = EntityKind.allCases.filter { $0 != entity.kind }.map(\.rawValue)
        let byName = try Int64.fetchAll(
            db.cachedStatement(
                sql: "SELECT id FROM entity WHERE kind IN (\(Array(repeating: "?", count: otherKinds.count).joined(separator: ", "))) AND name_key = ? LIMIT 2"),
            arguments: StatementArguments(otherKinds + [key]))
        if byName.count == 1 { return byName[0] }
        if !byName.isEmpty { return nil }
        let byAliasElsewhere = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT DISTINCT e.id, e.type FROM alias AS a JOIN entity AS e ON e.id = a.entity_id
                    WHERE a.key = ? AND e.kind <> ? AND e.kind <> 'place' LIMIT 2
                    """),
            arguments: [key, kind])
        guard byAliasElsewhere.count == 1 else { return nil }
        if entity.kind == .place && byAliasElsewhere[0]["type"] != "state" { return nil }
        return byAliasElsewhere[0]["id"]
    }
}
