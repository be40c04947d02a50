import EntenteSchema
import EntenteStore
@testable import EntenteSQLite
import Foundation
import GRDB
import Testing
import EntenteTestSupport

@Suite struct MigrationTests {
    @Test func everyMigrationFileIsListedInOrder() throws {
        let directory = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("schema/migrations")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".sql") }.sorted()
        #expect(files.map { String($0.dropLast(4)) } == Schema.migrations.map(\.identifier))
        for (index, migration) in Schema.migrations.enumerated() {
            #expect(migration.identifier.hasPrefix(String(format: "%04d_", index + 1)))
            let onDisk = try String(contentsOf: directory.appendingPathComponent(migration.identifier + ".sql"), encoding: .utf8)
            #expect(onDisk == migration.sql, "the binary embeds a stale copy of \(migration.identifier)")
        }
    }

    @Test func schemaMatchesTheSnapshot() throws {
        // Given an empty database, when every migration has run…
        let queue = try DatabaseQueue()
        try GraphStore.migrator.migrate(queue)
        // …then its schema is exactly the recorded one.
        let schema = try queue.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT type, name, tbl_name, sql FROM sqlite_master
                    WHERE name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations' ORDER BY type, name
                    """
            ).map { row -> String in
                let sql: String? = row["sql"]
                return "-- \(row["type"] as String) \(row["name"] as String) on \(row["tbl_name"] as String)\n\(sql ?? "(implicit)");\n"
            }.joined(separator: "\n")
        }
        try assertSnapshot(schema, named: "schema.sql")
    }

    @Test func migratingTwiceChangesNothing() throws {
        let directory = try Scratch()
        defer { directory.remove() }
        let path = directory.path("graph.sqlite")
        _ = try GraphStore.open(path: path)
        let store = try GraphStore.open(path: path)
        #expect(try store.statistics().schemaVersion == Schema.migrations.last?.identifier)
    }
}
