public import EntenteStore
import EntenteSchema
import Foundation
import GRDB

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The SQLite graph: entities, aliases, articles, predicates and facts.
///
/// Every write is one transaction that leaves the graph whole; every read
/// sees a consistent snapshot. Open it with ``open(path:mode:)`` or, for
/// tests and scratch work, ``inMemory()``.
///
/// It is the SQLite implementation of `GraphStoring`; what every store answers alike (names,
/// neighbourhoods, TIMELINE, DIFF) comes from that protocol's extensions.
///
/// ## Topics
/// - ``ingest(_:vocabulary:)``
/// - ``entities(kind:search:limit:)``
/// - ``facts(_:)``
/// - ``run(_:timeout:)``
/// - ``compileAndRun(_:parameters:options:timeout:)``
/// - ``statistics()``
public struct GraphStore: Sendable {
    public enum Mode: Sendable {
        /// Creates the file if needed and applies pending migrations.
        case readWrite
        /// Never writes; the file must exist and be up to date.
        case readOnly
    }

    let database: any DatabaseWriter
    /// The path shown in messages.
    let path: String
    /// When set, searches step through an adjacency index instead of SQL.
    var adjacency: AdjacencyCache? = nil
    /// Queries compiled by ``compileAndRun(_:parameters:options:timeout:)`` for the data as it is.
    let plans = PlanCache()

    /// Opens (and when writable, creates and migrates) the database at `path`.
    ///
    /// - Parameter busyTimeout: how long a write waits for another process's write to finish
    ///   before it gives up with ``StoreError`` (readers never wait: the database is in WAL mode).
    public static func open(path: String, mode: Mode = .readWrite, busyTimeout: Double = 10) throws(StoreError) -> GraphStore {
        let exists = FileManager.default.fileExists(atPath: path)
        if mode == .readOnly, !exists { throw .missingDatabase(path) }
        // SQLite would write its journal beside a device (in /dev) and block on a FIFO.
        if exists, !isRegularFile(path) { throw .notAFile(path) }
        if exists, !hasSQLiteHeader(path) { throw .notADatabase(path) }
        do {
            let configuration = Self.configuration(readOnly: mode == .readOnly, busyTimeout: busyTimeout)
            let database: any DatabaseWriter =
                mode == .readOnly
                ? try DatabaseQueue(path: path, configuration: configuration)
                : try DatabasePool(path: path, configuration: configuration)
            let store = GraphStore(database: database, path: path)
            try store.prepareSchema(writable: mode == .readWrite)
            return store
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(translating: error, path: path)
        }
    }

    /// A private database in memory, gone when the last copy of the store is.
    public static func inMemory() throws(StoreError) -> GraphStore {
        do {
            let store = GraphStore(database: try DatabaseQueue(configuration: configuration(readOnly: false)), path: ":memory:")
            try store.prepareSchema(writable: true)
            return store
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(translating: error, path: ":memory:")
        }
    }

    static let largePageCache = "PRAGMA cache_size = -65536"
    /// What storing one article needs: its text passes through the cache once, so a long article
    /// would otherwise keep up to 64 MiB of its own pages in memory beside the text itself.
    static let articlePageCache = "PRAGMA cache_size = -16384"
    /// What writing the article's own row needs: its text goes straight to overflow pages, which a
    /// larger cache would only hold on to.
    static let articleTextPageCache = "PRAGMA cache_size = -1024"

    /// Foreign keys on; a writer waits up to `busyTimeout` seconds for another to finish before giving up.
    static func configuration(readOnly: Bool, busyTimeout: Double = 10) -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.readonly = readOnly
        // 64 MiB of page cache per connection: index pages of a large graph stay in memory while
        // a long import inserts facts at random places in the subject, object and pair indexes.
        configuration.prepareDatabase { db in try db.execute(sql: largePageCache) }
        return configuration
    }

    /// The migrator for `schema/migrations`, one GRDB migration per file.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in Schema.migrations {
            migrator.registerMigration(migration.identifier) { db in
                try db.execute(sql: migration.sql)
            }
        }
        return migrator
    }

    private func prepareSchema(writable: Bool) throws {
        let migrator = Self.migrator
        let known = Set(Schema.migrations.map(\.identifier))
        let applied = try database.read { db in try migrator.appliedIdentifiers(db) }
        let unknown = applied.subtracting(known)
        if !unknown.isEmpty { throw StoreError.newerSchema(path, unknown: unknown.sorted()) }
        if writable {
            try migrator.migrate(database)
            // A bulk import killed before it rebuilt the fact indexes it dropped left them pending.
            if try database.read({ db in try Bool.fetchOne(db, sql: "SELECT 1 FROM pending_index LIMIT 1") ?? false }) {
                _ = try database.write { db in try GraphStore.rebuildPendingIndexes(db) }
            }
        } else if applied != known {
            throw StoreError.outdatedSchema(path)
        }
    }

    /// Whether the path, links followed, is a regular file (not a folder, device, FIFO or socket).
    private static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    /// SQLite files start with a fixed 16-byte header; an empty file is a new database.
    private static func hasSQLiteHeader(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return true }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        return header.isEmpty || header == Data("SQLite format 3\0".utf8)
    }
}

extension StoreError {
    /// Names the file and the cause of an SQLite error in the user's terms.
    init(translating error: any Error, path: String) {
        guard let error = error as? DatabaseError else {
            self = .init(.sqlite, "\(path): \(error)")
            return
        }
        switch error.resultCode {
        case .SQLITE_NOTADB:
            self = .notADatabase(path)
        case .SQLITE_CORRUPT:
            self = .damaged(path)
        case .SQLITE_READONLY, .SQLITE_PERM:
            self = .readOnly(path)
        case .SQLITE_CANTOPEN where FileManager.default.fileExists(atPath: path):
            self = .readOnly(path)
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            self = .busy(path)
        case .SQLITE_FULL:
            self = .init(.sqlite, "\(path): the disk is full; the write in progress was rolled back, nothing of it was stored")
        case .SQLITE_IOERR:
            self = .init(
                .sqlite,
                "\(path): a disk write failed (disk full, or a file size limit reached); the write in progress was rolled back, nothing of it was stored")
        default:
            self = .init(.sqlite, "\(path): \(error.message ?? "SQLite error \(error.resultCode.rawValue)")")
        }
    }
}
