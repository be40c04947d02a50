import Foundation
import GRDB
import Testing
import EntenteTestSupport

/// `entente import gdelt --rebuild-indexes`: a bulk load says what it does on stderr, and the indexes
/// an interrupted one left pending are reported by readers and rebuilt by the next writer.
@Suite struct BulkImportCommandTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("EntenteTests/Fixtures/events/gdelt2-slice.tsv").path

    static func indexes(_ db: String) throws -> (present: Set<String>, pending: Set<String>) {
        try DatabaseQueue(path: db).read { db in
            (
                Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'fact' AND sql IS NOT NULL")),
                Set(try String.fetchAll(db, sql: "SELECT name FROM pending_index"))
            )
        }
    }

    @Test func aBulkImportSaysItDropsAndRebuildsTheIndexes() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = scratch.path("graph.sqlite")
        let result = try Entente.run(["import", "gdelt", "--db", db, "--rebuild-indexes", "always", Self.fixture])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("Bulk load: the 7 fact indexes are dropped and rebuilt once at the end (--rebuild-indexes never keeps them)."))
        #expect(result.stderr.contains("Rebuilt 7 fact indexes in "))
        #expect(result.stdout.contains("Bulk load: 7 fact indexes dropped and rebuilt once at the end.\n"), "\(result.stdout)")
        let (present, pending) = try Self.indexes(db)
        #expect(present.count == 8 && pending.isEmpty)
        // The adjacency index file, built beside the rebuild, holds the data as the import left it.
        let status = try Entente.run(["index", "status", "--db", db, "--format", "json"])
        let state = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
        #expect(state["state"] as? String == "current", "\(status.stdout)")

        // A small import into a graph that has facts keeps its indexes, and says nothing of them.
        let again = try Entente.run(["import", "gdelt", "--db", db, "--format", "json", Self.fixture])
        #expect(again.status == 0 && again.stderr.isEmpty, "\(again.stderr)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
        #expect((summary["rebuiltIndexes"] as? [String]) == [])
        #expect((summary["factsStored"] as? Int) == 0 && (summary["alreadyStored"] as? Int ?? 0) > 0)
    }

    @Test func pendingIndexesAreReportedByReadersAndRebuiltByTheNextWriter() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = scratch.path("graph.sqlite")
        #expect(try Entente.run(["import", "gdelt", "--db", db, Self.fixture]).status == 0)
        // What a bulk import killed after dropping the indexes leaves behind.
        try DatabaseQueue(path: db).write { db in
            try db.execute(sql: "INSERT INTO pending_index SELECT name, sql, 'then' FROM sqlite_master WHERE name IN ('fact_by_date', 'fact_by_pair')")
            try db.execute(sql: "DROP INDEX fact_by_date")
            try db.execute(sql: "DROP INDEX fact_by_pair")
        }
        let reader = try Entente.run(["stats", "--db", db])
        #expect(reader.status == 0)
        #expect(
            reader.stderr
                == "Warning: \(db): a bulk import was stopped before it rebuilt 2 fact indexes; answers are right but slower until a writing command (entente migrate) rebuilds them.\n"
        )
        #expect(try Self.indexes(db).pending == ["fact_by_date", "fact_by_pair"], "a reader changes nothing")

        let writer = try Entente.run(["migrate", "--db", db])
        #expect(writer.status == 0, "\(writer.stderr)")
        #expect(writer.stderr == "Rebuilding 2 fact indexes that a stopped bulk import left to rebuild…\n")
        let (present, pending) = try Self.indexes(db)
        #expect(pending.isEmpty && present.isSuperset(of: ["fact_by_date", "fact_by_pair"]) && present.count == 8)
        #expect(try Entente.run(["stats", "--db", db]).stderr.isEmpty)
        #expect(try Entente.run(["migrate", "--db", db]).stderr.isEmpty)
    }
}
