import Entente
import Foundation
import Testing

/// Queries run on a read-only connection: even SQL that writes, slipped into a compiled query,
/// cannot change the store.
@Suite struct QueryReadOnlyTests {
    @Test(arguments: ["DELETE FROM fact", "DROP TABLE fact", "UPDATE entity SET name = 'x'", "INSERT INTO origin VALUES ('x', 'y')"])
    func writingSQLIsRefused(_ sql: String) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("entente-readonly-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try GraphStore.open(path: path)
        let url = try #require(Bundle.module.url(forResource: "Fixtures/graph/facts", withExtension: "jsonl"))
        _ = try KnowledgeGraph(store: store).importTriples(InputFile(name: url.path))
        let before = try store.statistics()
        var compiled = try Planner.compile(SourceText("MATCH (a)-[r]->(b) RETURN a"), resolver: try store.resolver())
        compiled.sql = sql
        compiled.arguments = []
        #expect(throws: (any Error).self) { try store.run(compiled) }
        #expect(try store.statistics() == before)
    }
}
