import Entente
import EntenteTestSupport
import Foundation
import Testing

/// `scripts/citus-prepare.sql`, the opt-in schema changes a Citus deployment needs, on the plain
/// PostgreSQL server of the tests (Citus itself is not installed here: `create_distributed_table`
/// is not run). The script applies, twice without harm, and the graph keeps working: imports,
/// queries, the kept statistics, and a merge that those statistics do not outlive without triggers.
@Suite(.enabled(if: TestPostgres.enabled, "needs ENTENTE_TEST_POSTGRES (required when ENTENTE_REQUIRE_POSTGRES=1)"))
struct CitusPreparationTests {
    static var script: String {
        get throws {
            let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            return try String(contentsOf: root.appendingPathComponent("scripts/citus-prepare.sql"), encoding: .utf8)
        }
    }

    static func relationsCounted(at location: PostgresLocation) throws -> Int {
        let rows = try PostgresScratchSchema.rows(
            "SELECT count(*) FROM (SELECT 1 FROM fact GROUP BY predicate, subject_id, object_id, negated) AS r", at: location)
        return Int(rows[0][0]) ?? -1
    }

    @Test func aGraphPreparedForCitusKeepsWorkingAndAMergeRefreshesItsStatistics() throws {
        let scratch = try TestPostgres.Scratch()
        defer { scratch.drop() }
        let location = try scratch.location()
        let store = try PostgresGraphStore.open(location)
        #expect(try store.eventWriter(vocabulary: .standard).write(PostgresStoreTests.events(0..<300), entities: []).stored == 300)
        try PostgresScratchSchema.executeScript(Self.script, at: location)
        try PostgresScratchSchema.executeScript(Self.script, at: location)
        #expect(try PostgresScratchSchema.rows(
            "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'fact'::regclass AND contype = 'p'", at: location)
            == [["PRIMARY KEY (id, start_year, subject_id)"]])
        #expect(try PostgresScratchSchema.rows("""
            SELECT count(*) FROM pg_trigger JOIN pg_class ON pg_class.oid = tgrelid
            WHERE tgname LIKE 'fact_generation%' AND pg_class.relnamespace = current_schema()::regnamespace
            """, at: location) == [["0"]])

        // Imports and queries as before, each event once.
        let more = try store.eventWriter(vocabulary: .standard).write(PostgresStoreTests.events(250..<400), entities: [])
        #expect(more.stored == 100 && more.alreadyStored == 50)
        let compiled = try Planner.compile(SourceText("MATCH (a)-[r]->(b) RETURN count(r)"), resolver: try store.resolver())
        let counted = try PostgresScratchSchema.rows("SELECT count(*) FROM fact WHERE negated = 0 AND modality IN ('asserted', 'reported')", at: location)
        #expect(HandMadeGraph.strings(try store.run(compiled, timeout: 10)) == counted)

        // The kept statistics, then a merge: two actors' relations become one actor's, and the
        // statistics read after it count them anew although no trigger bumped the generation.
        try store.keepStatistics()
        let before = try store.statistics()
        let countedBefore = try Self.relationsCounted(at: location)
        #expect(before.facts == 400 && before.relations == countedBefore)
        // Two subjects of one predicate and object: merged, their relations are one.
        let pair = try #require(try PostgresScratchSchema.rows(
            """
            SELECT s.name, t.name FROM fact AS a JOIN fact AS b ON b.predicate = a.predicate AND b.object_id = a.object_id
                AND b.negated = a.negated AND b.subject_id > a.subject_id
            JOIN entity AS s ON s.id = a.subject_id JOIN entity AS t ON t.id = b.subject_id ORDER BY 1, 2 LIMIT 1
            """, at: location).first)
        let actors = try store.entities(kind: .actor, search: nil, limit: nil)
        let (kept, merged) = (try #require(actors.first { $0.name == pair[0] }), try #require(actors.first { $0.name == pair[1] }))
        _ = try store.merge(merged, into: kept)
        let after = try store.statistics()
        let countedAfter = try Self.relationsCounted(at: location)
        #expect(after.relations == countedAfter)
        #expect(after.relations < before.relations)
        #expect(after.facts == 400)
    }
}
