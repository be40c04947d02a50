import EntenteModel
import EntenteStore
@testable import EntenteSQLite
import EntenteTestSupport
import Foundation
import GRDB
import Testing

/// The fact statistics `entente stats` shows: counted from indexes as the `relation` view would,
/// and kept by writing commands only while they describe the facts stored now.
@Suite struct FactStatisticsTests {
    /// The statistics as the first version counted them: the `relation` view and a join per class.
    static func byTheView(_ store: GraphStore) throws -> FactStatistics {
        try store.database.read { db in
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
            return FactStatistics(
                facts: try count("SELECT count(*) FROM fact"), negated: try count("SELECT count(*) FROM fact WHERE negated"),
                undated: try count("SELECT count(*) FROM fact WHERE date_start IS NULL"), relations: try count("SELECT count(*) FROM relation"),
                predicatesUsed: try count("SELECT count(DISTINCT predicate) FROM fact"),
                firstDate: try String.fetchOne(db, sql: "SELECT min(date_start) FROM fact"),
                lastDate: try String.fetchOne(db, sql: "SELECT max(date_end) FROM fact"),
                byClass: Dictionary(
                    uniqueKeysWithValues: try Row.fetchAll(
                        db, sql: "SELECT p.class, count(*) FROM fact AS f JOIN predicate AS p ON p.name = f.predicate GROUP BY p.class"
                    ).map { ($0[0], $0[1]) }))
        }
    }

    static func store(_ directory: Scratch) throws -> GraphStore {
        let store = try GraphStore.open(path: directory.path("graph.sqlite"))
        _ = try EventImporter(store: store).write(AdjacencyIndexFileTests.events(0..<500))
        _ = try store.ingest(Fixture.mediation)
        return store
    }

    static func kept(_ store: GraphStore) throws -> FactStatistics? {
        try store.database.read { db in try FactStatistics.kept(db) }
    }

    @Test func countedFromIndexesTheyAreWhatTheViewCounts() throws {
        let directory = try Scratch()
        defer { directory.remove() }
        let store = try Self.store(directory)
        let counted = try store.database.read { db in try FactStatistics.count(db) }
        #expect(counted == (try Self.byTheView(store)))
        #expect(counted.facts > 500 && counted.negated > 0 && counted.relations > 0)

        // A triple stated and denied is two relations: negate one fact of a triple stated more than once.
        try store.database.write { db in
            try db.execute(sql: """
                UPDATE fact SET negated = 1 WHERE id = (
                    SELECT min(id) FROM fact GROUP BY predicate, subject_id, object_id HAVING count(*) > 1 AND max(negated) = 0 LIMIT 1)
                """)
        }
        let mixed = try store.database.read { db in try FactStatistics.count(db) }
        #expect(mixed == (try Self.byTheView(store)))
        #expect(mixed.relations == counted.relations + 1)
    }

    @Test func keptStatisticsAreReadOnlyWhileNoFactChanged() throws {
        let directory = try Scratch()
        defer { directory.remove() }
        let store = try Self.store(directory)
        #expect(try Self.kept(store) == nil)
        try store.keepStatistics()
        let kept = try #require(try Self.kept(store))
        #expect(kept == (try Self.byTheView(store)))
        #expect(try store.statistics().relations == kept.relations)

        // A fact appended: the kept row is counted to an older highest id.
        _ = try EventImporter(store: store).write(AdjacencyIndexFileTests.events(500..<510, seed: 3))
        #expect(try Self.kept(store) == nil)
        #expect(try store.statistics().facts == kept.facts + 10)
        try store.keepStatistics()
        #expect(try Self.kept(store)?.facts == kept.facts + 10)

        // A fact changed: the generation moved on.
        try store.database.write { db in try db.execute(sql: "UPDATE fact SET date_start = NULL, date_end = NULL, date_precision = NULL, date_reason = NULL WHERE id = 1") }
        #expect(try Self.kept(store) == nil)
        let statistics = try store.statistics()
        #expect(statistics.undatedFacts == kept.undated + 1)
        #expect(statistics.relations == (try Self.byTheView(store)).relations)
    }

    @Test func aForgedRowShowsTheKeptRowAnswersUntilAFactChanges() throws {
        let directory = try Scratch()
        defer { directory.remove() }
        let store = try Self.store(directory)
        try store.keepStatistics()
        // Forged: the kept row claims another count; it is read, which shows the row is what answers…
        try store.database.write { db in try db.execute(sql: "UPDATE fact_statistics SET relations = relations + 1000") }
        let forged = try store.statistics().relations
        #expect(forged == (try Self.byTheView(store)).relations + 1000)
        // …and a delete (the generation moves on) sends the count back to the facts.
        try store.database.write { db in try db.execute(sql: "DELETE FROM fact WHERE id = 2") }
        #expect(try store.statistics().relations == (try Self.byTheView(store)).relations)
    }
}
