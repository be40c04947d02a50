import Foundation
import GRDB

/// The statistics of the fact table that take a scan of it, counted from the facts or read back
/// from `fact_statistics` where a writing command kept them (see migration 0010).
struct FactStatistics: Sendable, Equatable, Codable {
    var facts: Int
    var negated: Int
    var undated: Int
    var relations: Int
    var predicatesUsed: Int
    var firstDate: String?
    var lastDate: String?
    var byClass: [String: Int]

    /// Counts them from the facts, each with the cheapest read SQLite has for it: the predicates and
    /// relations from the covering index on (predicate, subject, object), not the `relation` view,
    /// which also joins every fact's article to count sources.
    static func count(_ db: Database) throws -> FactStatistics {
        func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
        let byPredicate = try Row.fetchAll(
            db,
            sql: """
                SELECT p.class, c.facts FROM (SELECT predicate, count(*) AS facts FROM fact GROUP BY predicate) AS c
                JOIN predicate AS p ON p.name = c.predicate
                """)
        var byClass: [String: Int] = [:]
        for row in byPredicate { byClass[row[0] as String, default: 0] += row[1] as Int }
        let negated = try count("SELECT count(*) FROM fact WHERE negated")
        // A relation is a distinct (subject, predicate, object, negated): the distinct triples, plus
        // one more for each triple stated both ways, which only negated facts can make.
        var relations = try count("SELECT count(*) FROM (SELECT 1 FROM fact GROUP BY predicate, subject_id, object_id)")
        if negated > 0 {
            relations += try count(
                "SELECT count(*) FROM (SELECT 1 FROM fact GROUP BY predicate, subject_id, object_id HAVING min(negated) <> max(negated))")
        }
        return FactStatistics(
            facts: try count("SELECT count(*) FROM fact"), negated: negated,
            undated: try count("SELECT count(*) FROM fact WHERE date_start IS NULL"), relations: relations, predicatesUsed: byPredicate.count,
            firstDate: try String.fetchOne(db, sql: "SELECT min(date_start) FROM fact"),
            lastDate: try String.fetchOne(db, sql: "SELECT max(date_end) FROM fact"), byClass: byClass)
    }

    /// The kept statistics, when they were counted from exactly the facts stored now.
    static func kept(_ db: Database) throws -> FactStatistics? {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT s.facts, s.negated, s.undated, s.relations, s.predicates_used, s.first_date, s.last_date, s.by_class
                    FROM fact_statistics AS s JOIN fact_generation AS g ON g.id = 1 AND g.identity = s.identity AND g.generation = s.generation
                    WHERE s.id = 1 AND s.max_fact_id = coalesce((SELECT max(id) FROM fact), 0)
                    """),
            let byClass = try? JSONDecoder().decode([String: Int].self, from: Data((row[7] as String).utf8))
        else { return nil }
        return FactStatistics(
            facts: row[0], negated: row[1], undated: row[2], relations: row[3], predicatesUsed: row[4], firstDate: row[5], lastDate: row[6],
            byClass: byClass)
    }

    /// Counts them and keeps them with the fingerprint of the facts they were counted from, in the
    /// caller's write transaction.
    static func keep(_ db: Database) throws {
        let statistics = try count(db)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let byClass = String(decoding: try encoder.encode(statistics.byClass), as: UTF8.self)
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO fact_statistics
                    (id, identity, generation, max_fact_id, facts, negated, undated, relations, predicates_used, first_date, last_date, by_class)
                SELECT 1, g.identity, g.generation, coalesce((SELECT max(id) FROM fact), 0), ?, ?, ?, ?, ?, ?, ?, ?
                FROM fact_generation AS g WHERE g.id = 1
                """,
            arguments: [
                statistics.facts, statistics.negated, statistics.undated, statistics.relations, statistics.predicatesUsed, statistics.firstDate,
                statistics.lastDate, byClass,
            ])
    }
}
