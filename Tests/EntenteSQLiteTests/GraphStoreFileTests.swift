import EntenteModel
import EntenteSchema
import EntenteStore
@testable import EntenteSQLite
import Foundation
import GRDB
import Testing
import EntenteTestSupport

/// Opening real files: WAL mode, and the files that are not Entente databases.
@Suite struct GraphStoreFileTests {
    @Test func aNewFileIsAWALDatabaseWithForeignKeys() throws {
        let directory = try Scratch()
        defer { directory.remove() }
        let store = try GraphStore.open(path: directory.path("graph.sqlite"))
        let (journal, foreignKeys) = try store.database.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        #expect(journal == "wal")
        #expect(foreignKeys == 1)
    }

    @Test func aMissingFileIsNotCreatedByAReader() throws {
        let directory = try Scratch()
        defer { directory.remove() }
        let path = directory.path("missing.sqlite")
        let error = try #require(throws: StoreError.self) { try GraphStore.open(path: path, mode: .readOnly) }
        #expect(error.kind == .missingDatabase)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aTextFileIsNotADatabaseAndIsLeftAlone() throws {
        let directory = try Scratch()
        defer { directory.remove() }
        let path = directory.path("notes.sqlite")
        try "These are my notes, not a database.\n".write(toFile: path, atomically: true, encoding: .utf8)
        let error = try #require(throws: StoreError.self) { try GraphStore.open(path: path) }
        #expect(error.kind == .notADatabase)
        #expect(error.description == "\(path): not an SQLite database; nothing was changed")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "These are my notes, not a database.\n")
    }

    @Test func aDatabaseFromANewerEntenteIsRefused() throws {
        let directory = try Scratch()
        defer { directory.remove() }
        let path = directory.path("future.sqlite")
        _ = try GraphStore.open(path: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('0099_future')") }
        try queue.close()
        let error = try #require(throws: StoreError.self) { try GraphStore.open(path: path) }
        #expect(error.kind == .newerSchema)
        #expect(error.description.contains("0099_future"))
    }

    @Test func aReadOnlyStoreCannotWrite() throws {
        let directory = try Scratch()
        defer { directory.remove() }
        let path = directory.path("graph.sqlite")
        _ = try GraphStore.open(path: path).ingest(Fixture.mediation)
        let reader = try GraphStore.open(path: path, mode: .readOnly)
        var another = Fixture.mediation
        another.article.text += " Again."
        let error = try #require(throws: StoreError.self) { try reader.ingest(another) }
        #expect(error.kind == .readOnly)
        #expect(try reader.statistics().articles == 1)
    }
}
