public import EntenteStore
import EntenteQuery
import EntenteSchema
import Foundation

extension PostgresGraphStore {
    /// Counts that describe the graph; those that take a scan of the facts come from what
    /// `keepStatistics()` kept while they still describe the facts stored now.
    public func statistics() throws(StoreError) -> StoreStatistics {
        func count(_ sql: String) throws(StoreError) -> Int { try read(PostgresStatement(sql)).first?.count(0) ?? 0 }
        func grouped(_ sql: String) throws(StoreError) -> [String: Int] {
            Dictionary(uniqueKeysWithValues: try read(PostgresStatement(sql)).map { ($0.string(0), $0.count(1)) })
        }
        let facts: FactCounts
        if let kept = try keptFactCounts() { facts = kept } else { facts = try countFacts() }
        return StoreStatistics(
            articles: try count("SELECT count(*) FROM article"),
            articlesByOrigin: try grouped("SELECT origin, count(*) FROM article GROUP BY origin"),
            entities: try count("SELECT count(*) FROM entity"),
            entitiesByKind: try grouped("SELECT kind, count(*) FROM entity GROUP BY kind"),
            aliases: try count("SELECT count(*) FROM alias"),
            facts: facts.facts, negatedFacts: facts.negated, undatedFacts: facts.undated, relations: facts.relations,
            factsByClass: facts.byClass, predicatesUsed: facts.predicatesUsed, firstDate: facts.firstDate, lastDate: facts.lastDate,
            schemaVersion: Schema.postgresMigrations.last?.identifier ?? "")
    }

    /// Counts the statistics that take a scan of the facts and keeps them, for `statistics()`;
    /// first refreshes the planner's statistics, which autovacuum never gathers for the parent of
    /// the partitioned fact table, and without which a large import's first searches are planned
    /// blind.
    public func keepStatistics() throws(StoreError) {
        do {
            try session.setStatementTimeout("0")
            try session.execute("ANALYZE fact, entity, alias")
        } catch {
            throw StoreError.postgres(error, at: session.location)
        }
        let counts = try countFacts()
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let byClass = String(decoding: (try? encoder.encode(counts.byClass)) ?? Data("{}".utf8), as: UTF8.self)
        do {
            try session.execute(
                """
                INSERT INTO fact_statistics
                    (id, identity, generation, max_fact_id, facts, negated, undated, relations, predicates_used, first_date, last_date, by_class)
                SELECT 1, g.identity, g.generation, coalesce((SELECT max(id) FROM fact), 0), $1, $2, $3, $4, $5, $6, $7, $8::jsonb
                FROM fact_generation AS g WHERE g.id = 1
                ON CONFLICT (id) DO UPDATE SET identity = excluded.identity, generation = excluded.generation,
                    max_fact_id = excluded.max_fact_id, facts = excluded.facts, negated = excluded.negated, undated = excluded.undated,
                    relations = excluded.relations, predicates_used = excluded.predicates_used, first_date = excluded.first_date,
                    last_date = excluded.last_date, by_class = excluded.by_class
                """,
                [
                    .init(counts.facts), .init(counts.negated), .init(counts.undated), .init(counts.relations), .init(counts.predicatesUsed),
                    .init(counts.firstDate), .init(counts.lastDate), .init(byClass),
                ])
        } catch {
            throw StoreError.postgres(error, at: session.location)
        }
    }

    /// The counts of the facts, each one read.
    private func countFacts() throws(StoreError) -> FactCounts {
        func count(_ sql: String) throws(StoreError) -> Int { try read(PostgresStatement(sql)).first?.count(0) ?? 0 }
        var byClass: [String: Int] = [:]
        let byPredicate = try read(PostgresStatement(
            """
            SELECT p.class, c.facts FROM (SELECT predicate, count(*) AS facts FROM fact GROUP BY predicate) AS c
            JOIN predicate AS p ON p.name = c.predicate
            """))
        for row in byPredicate { byClass[row.string(0), default: 0] += row.count(1) }
        let negated = try count("SELECT count(*) FROM fact WHERE negated = 1")
        // A relation is a distinct (subject, predicate, object, negated).
        let relations = try count("SELECT count(*) FROM (SELECT 1 FROM fact GROUP BY predicate, subject_id, object_id, negated) AS r")
        let range = try read(PostgresStatement("SELECT count(*), count(*) FILTER (WHERE date_start IS NULL), min(date_start), max(date_end) FROM fact"))[0]
        return FactCounts(
            facts: range.count(0), negated: negated, undated: range.count(1), relations: relations, predicatesUsed: byPredicate.count,
            firstDate: range.optionalString(2), lastDate: range.optionalString(3), byClass: byClass)
    }

    /// The kept counts, when they were counted from exactly the facts stored now.
    private func keptFactCounts() throws(StoreError) -> FactCounts? {
        guard
            let row = try read(PostgresStatement(
                """
                SELECT s.facts, s.negated, s.undated, s.relations, s.predicates_used, s.first_date, s.last_date, s.by_class::text
                FROM fact_statistics AS s JOIN fact_generation AS g ON g.id = 1 AND g.identity = s.identity AND g.generation = s.generation
                WHERE s.id = 1 AND s.max_fact_id = coalesce((SELECT max(id) FROM fact), 0)
                """)).first,
            let byClass = try? JSONDecoder().decode([String: Int].self, from: Data(row.string(7).utf8))
        else { return nil }
        return FactCounts(
            facts: row.count(0), negated: row.count(1), undated: row.count(2), relations: row.count(3), predicatesUsed: row.count(4),
            firstDate: row.optionalString(5), lastDate: row.optionalString(6), byClass: byClass)
    }
}

/// The statistics that take a scan of the facts.
struct FactCounts {
    var facts: Int
    var negated: Int
    var undated: Int
    var relations: Int
    var predicatesUsed: Int
    var firstDate: String?
    var lastDate: String?
    var byClass: [String: Int]
}
