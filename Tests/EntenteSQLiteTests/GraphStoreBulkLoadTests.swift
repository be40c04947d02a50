import EntenteModel
import EntenteStore
@testable import EntenteSQLite
import EntenteTestSupport
import Foundation
import GRDB
import Testing

/// The fact indexes a bulk load drops: recorded as pending in the transaction that drops them,
/// rebuilt exactly as they were, and never lost to a crash in between.
@Suite struct GraphStoreBulkLoadTests {
    /// Every index of the database, by name, with its definition.
    static func indexes(_ store: GraphStore) throws -> [String: String] {
        try store.database.read { db in
            Dictionary(
                uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
                    .map { ($0[0] as String, $0[1] as String) })
        }
    }

    @Test func theSecondaryFactIndexesAreDroppedAndRebuiltExactlyAsTheyWere() throws {
        let directory = try Scratch()
        defer { directory.remove() }
        let store = try GraphStore.open(path: directory.path("graph.sqlite"))
        _ = try store.ingest(Fixture.mediation)
        let before = try Self.indexes(store)

        let dropped = try store.dropFactIndexesForBulkLoad()
        // Every index on fact but the unique one that keeps an event stored once.
        let factIndexes = try store.database.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'fact' AND sql IS NOT NULL")
        }
        #expect(factIndexes == ["fact_by_external_id"])
        #expect(Set(dropped) == Set(before.keys.filter { $0.hasPrefix("fact_by_") && $0 != "fact_by_external_id" }))
        #expect(dropped.count == 7)
        #expect(try store.pendingIndexes() == dropped.sorted())
        let recorded = try store.database.read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT name, sql FROM pending_index").map { ($0[0] as String, $0[1] as String) })
        }
        #expect(recorded == before.filter { dropped.contains($0.key) })
        // While the load appends, the write-ahead log is copied into the database less often; after it, as usual.
        #expect(try store.checkpointPages() == GraphStore.bulkLoadCheckpointPages)

        #expect(try store.rebuildPendingIndexes().sorted() == dropped.sorted())
        #expect(try store.checkpointPages() == GraphStore.defaultCheckpointPages)
        #expect(try Self.indexes(store) == before)
        #expect(try store.pendingIndexes().isEmpty)
        // Nothing pending: nothing to do.
        #expect(try store.rebuildPendingIndexes().isEmpty)
    }

    /// Migration 0013 drops `fact_by_article`, also when a bulk import killed before its rebuild left
    /// it pending: it is struck off, not rebuilt, and the others pending are rebuilt as always.
    @Test func theArticleIndexPendingFromABulkLoadBeforeMigration13IsNotRebuilt() throws {
        let directory = try Scratch()
        defer { directory.remove() }
        let path = directory.path("graph.sqlite")
        do {
            let queue = try DatabaseQueue(path: path)
            try GraphStore.migrator.migrate(queue, upTo: "0012_fact_generation_timeline")
            try queue.write { db in
                try db.execute(sql: "INSERT INTO pending_index SELECT name, sql, 'then' FROM sqlite_master WHERE name IN ('fact_by_article', 'fact_by_date')")
                try db.execute(sql: "DROP INDEX fact_by_article")
                try db.execute(sql: "DROP INDEX fact_by_date")
            }
        }
        let store = try GraphStore.open(path: path)
        #expect(try store.pendingIndexes().isEmpty)
        let factIndexes = try Set(Self.indexes(store).keys.filter { $0.hasPrefix("fact_by_") })
        #expect(factIndexes.contains("fact_by_date") && !factIndexes.contains("fact_by_article") && factIndexes.count == 8)
        _ = try store.ingest(Fixture.mediation)
        #expect(try store.statistics().facts == 3)
    }

    @Test func aCrashDuringTheRebuildLeavesEveryIndexPendingForTheNextOpen() throws {
        let directory = try Scratch()
        defer { directory.remove() }
        let path = directory.path("graph.sqlite")
        let store = try GraphStore.open(path: path)
        _ = try store.ingest(Fixture.mediation)
        let before = try Self.indexes(store)
        let dropped = try store.dropFactIndexesForBulkLoad()

        // The rebuild's transaction, stopped before it commits (as a kill -9 stops it).
        try store.database.writeWithoutTransaction { db in
            try db.inTransaction {
                let created = try GraphStore.rebuildPendingIndexes(db)
                #expect(created.sorted() == dropped.sorted())
                return .rollback
            }
        }
        #expect(try store.pendingIndexes() == dropped.sorted())
        #expect(try Self.indexes(store).count == before.count - dropped.count)

        // The next writable open, in another process as far as SQLite can tell, rebuilds them.
        let reopened = try GraphStore.open(path: path)
        #expect(try reopened.pendingIndexes().isEmpty)
        #expect(try Self.indexes(reopened) == before)
        #expect(try reopened.statistics().facts == 3)
    }

    @Test func anIndexAnotherProcessRebuiltIsOnlyStruckOff() throws {
        let directory = try Scratch()
        defer { directory.remove() }
        let store = try GraphStore.open(path: directory.path("graph.sqlite"))
        let before = try Self.indexes(store)
        let dropped = try store.dropFactIndexesForBulkLoad()
        let first = try #require(dropped.first)
        try store.database.write { db in try db.execute(sql: before[first]!) }
        #expect(try store.rebuildPendingIndexes().sorted() == dropped.dropFirst().sorted())
        #expect(try Self.indexes(store) == before)
        #expect(try store.pendingIndexes().isEmpty)
    }

    @Test func onlyAnIndexDefinitionCanBePending() throws {
        let store = try GraphStore.inMemory()
        let insert = "INSERT INTO pending_index (name, sql, dropped_at) VALUES (?, ?, '2026-12-05T00:00:00Z')"
        #expect(throws: DatabaseError.self) {
            try store.database.write { db in try db.execute(sql: insert, arguments: ["x", "DROP TABLE fact"]) }
        }
        // Several statements pass the table's check, but a rebuild prepares one statement only.
        try store.database.write { db in
            try db.execute(sql: insert, arguments: ["x", "CREATE INDEX x ON fact(id); DROP TABLE fact"])
        }
        #expect(throws: StoreError.self) { try store.rebuildPendingIndexes() }
        #expect(try store.database.read { db in try db.tableExists("fact") })
    }

    @Test func theApproximateFactCountIsTheHighestFactID() throws {
        let store = try GraphStore.inMemory()
        #expect(try store.approximateFactCount() == 0)
        _ = try store.ingest(Fixture.mediation)
        #expect(try store.approximateFactCount() == 3)
    }
}
