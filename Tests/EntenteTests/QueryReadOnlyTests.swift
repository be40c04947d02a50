import Entente
@testable import EntenteSQLite
import EntenteTestSupport
import Foundation
import Testing

/// Queries run on a read-only connection: even SQL that writes, slipped into a compiled query,
/// cannot change the store.
@Suite struct QueryReadOnlyTests {
    /// SQLite's dialect, but a MATCH's statement is `sql`.
    struct SlippedSQL: SQLDialect {
        let sql: String
        let sqlite = SQLiteDialect()
        func placeholder(at index: Int) -> String { sqlite.placeholder(at: index) }
        func write(_ function: SQLFunction, into writer: inout SQLWriter) { sqlite.write(function, into: &writer) }
        func idList(_ ids: [Int64]) -> QueryValue { sqlite.idList(ids) }
        func statement(for plan: WalkPlan) -> SQLStatement { sqlite.statement(for: plan) }
        func statement(for plan: JoinPlan) -> SQLStatement { SQLStatement(text: sql, arguments: []) }
    }

    @Test(arguments: ["DELETE FROM fact", "DROP TABLE fact", "UPDATE entity SET name = 'x'", "INSERT INTO origin VALUES ('x', 'y')"])
    func writingSQLIsRefused(_ sql: String) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("entente-readonly-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try GraphStore.open(path: path)
        let url = try HandMadeGraph.url
        _ = try KnowledgeGraph(store: store).importTriples(InputFile(name: url.path))
        let before = try store.statistics()
        let compiled = try Planner.compile(SourceText("MATCH (a)-[r]->(b) RETURN a"), resolver: try store.resolver())
        #expect(throws: (any Error).self) { try store.run(compiled, timeout: 10, dialect: SlippedSQL(sql: sql)) }
        #expect(try store.statistics() == before)
    }
}
