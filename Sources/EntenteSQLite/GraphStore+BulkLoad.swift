public import EntenteStore
import Foundation
import GRDB

// MARK: - Bulk loads: the fact indexes dropped for a large import and rebuilt once

extension GraphStore {
    /// The secondary indexes of the fact table that a bulk load drops: every index on `fact` but
    /// the unique ones, which keep an event stored once (`fact_by_external_id`) and so stay.
    static let droppableFactIndexes = """
        SELECT m.name, m.sql FROM sqlite_master AS m JOIN pragma_index_list('fact') AS l ON l.name = m.name
        WHERE m.type = 'index' AND m.tbl_name = 'fact' AND m.sql IS NOT NULL AND l."unique" = 0
        ORDER BY m.name
        """

    /// Pages the write-ahead log may hold during a bulk load before a commit copies them into the
    /// database (64 MiB of 4 KiB pages). SQLite's default, ``defaultCheckpointPages`` (4 MiB),
    /// copies and syncs the log every other batch of 10,000 facts. How often the log is copied
    /// changes nothing of what a crash leaves: every commit is whole in the log either way, and the
    /// next open replays it.
    static let bulkLoadCheckpointPages = 16_384
    static let defaultCheckpointPages = 1_000

    /// How many facts the store holds, about: the highest fact id, which is read from the end of
    /// the table instead of counting it. Deleted facts make it an overestimate.
    public func approximateFactCount() throws(StoreError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM fact") ?? 0 }
    }

    /// Drops the fact table's secondary indexes so that a large import appends facts without
    /// keeping seven B-trees in order row by row, and records each one in `pending_index` in the
    /// same transaction: if the process dies before ``rebuildPendingIndexes()``, the next
    /// writable open rebuilds them.
    ///
    /// - Returns: the names of the indexes dropped (none when an earlier bulk load left them pending).
    public func dropFactIndexesForBulkLoad() throws(StoreError) -> [String] {
        do {
            try setCheckpointPages(Self.bulkLoadCheckpointPages)
            return try database.write { db in
                let indexes = try Row.fetchAll(db, sql: GraphStore.droppableFactIndexes).map { row in (name: row[0] as String, sql: row[1] as String) }
                let droppedAt = ISO8601DateFormatter().string(from: Date())
                for index in indexes {
                    try db.execute(
                        sql: "INSERT INTO pending_index (name, sql, dropped_at) VALUES (?, ?, ?)", arguments: [index.name, index.sql, droppedAt])
                    // An index name cannot be a bound argument; this one is read from sqlite_master just above.
                    try db.execute(sql: "DROP INDEX \(index.name.quotedDatabaseIdentifier)")
                }
                return indexes.map(\.name)
            }
        } catch {
            throw StoreError(translating: error, path: path)
        }
    }

    /// Creates every index a bulk load dropped, in one transaction that also clears its record,
    /// so a crash part way leaves them all pending for the next try. Does nothing when none is
    /// pending (another process may have rebuilt them).
    ///
    /// - Returns: the names of the indexes created.
    @discardableResult
    public func rebuildPendingIndexes() throws(StoreError) -> [String] {
        do {
            let created = try database.write { db in try GraphStore.rebuildPendingIndexes(db) }
            // The bulk load is over: the log is copied as often as for any other write again.
            try setCheckpointPages(Self.defaultCheckpointPages)
            return created
        } catch {
            throw StoreError(translating: error, path: path)
        }
    }

    /// Sets `wal_autocheckpoint` on the writing connection (a setting of the connection, not of
    /// the file: the next process starts with SQLite's default). A number, never user input.
    private func setCheckpointPages(_ pages: Int) throws {
        try database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_autocheckpoint = \(pages)") }
    }

    /// The writing connection's `wal_autocheckpoint`.
    func checkpointPages() throws(StoreError) -> Int {
        do {
            return try database.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") ?? 0 }
        } catch {
            throw StoreError(translating: error, path: path)
        }
    }

    /// The names of the indexes a bulk load dropped and nobody has rebuilt yet.
    public func pendingIndexes() throws(StoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT name FROM pending_index ORDER BY name") }
    }

    static func rebuildPendingIndexes(_ db: Database) throws -> [String] {
        let pending = try Row.fetchAll(db, sql: "SELECT name, sql FROM pending_index ORDER BY name").map { row in
            (name: row[0] as String, sql: row[1] as String)
        }
        var created: [String] = []
        for index in pending {
            let exists = try Bool.fetchOne(db, sql: "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", arguments: [index.name]) ?? false
            // The statement is the index's own definition, recorded from sqlite_master when it was
            // dropped; the table's CHECK admits only CREATE INDEX, and a prepared statement is one
            // statement, never several.
            if !exists {
                try db.makeStatement(sql: index.sql).execute()
                created.append(index.name)
            }
            try db.execute(sql: "DELETE FROM pending_index WHERE name = ?", arguments: [index.name])
        }
        return created
    }
}

/// A large import drops the fact indexes and rebuilds them once (see `EventImport`).
extension GraphStore: BulkLoading {}
