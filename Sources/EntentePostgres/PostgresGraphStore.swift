public import EntenteStore
import EntenteQuery
import EntenteSchema
import Foundation

/// The graph on a PostgreSQL server (13 or later): the same tables, views and rules as SQLite's
/// `GraphStore` (`schema/postgres/`), the same `GraphStoring` reads and writes, and the plans of
/// the query language written by `PostgresDialect`.
///
/// For example:
///
///     let store = try PostgresGraphStore.open(url: "postgres://entente@localhost:5432/news")
///     let graph = KnowledgeGraph(store: store)
///
/// Every write is one transaction; several processes may write at once (entities are created
/// under the server's unique constraints, events are stored once by their dataset id).
public struct PostgresGraphStore: Sendable {
    public enum Mode: Sendable {
        /// Creates the schema if needed and applies pending migrations.
        case readWrite
        /// Never writes; the schema must be up to date.
        case readOnly
    }

    let session: PostgresSession
    /// The partitions of the fact table known to exist, so each year is made once per process.
    let partitions: PartitionCache

    /// The oldest server version this store runs on, as `server_version_num` gives it.
    static let oldestServer = 130_000

    /// Opens the graph a `postgres://` URL names.
    public static func open(
        url: String, mode: Mode = .readWrite, rebuilding: ((_ pending: [String]) -> Void)? = nil
    ) throws(PostgresStoreError) -> PostgresGraphStore {
        try open(PostgresLocation.parse(url).get(), mode: mode, rebuilding: rebuilding)
    }

    /// Connects, checks the server and the database, and when writable applies pending migrations
    /// and makes again the fact indexes and keys a stopped bulk import left pending (told to
    /// `rebuilding` first, since it takes a while on a large graph).
    public static func open(
        _ location: PostgresLocation, mode: Mode = .readWrite, rebuilding: ((_ pending: [String]) -> Void)? = nil
    ) throws(PostgresStoreError) -> PostgresGraphStore {
        let session = try PostgresSession.connect(location)
        let store = PostgresGraphStore(session: session, partitions: PartitionCache())
        do {
            try store.checkServer()
            try store.prepareSchema(writable: mode == .readWrite)
            if mode == .readWrite, try store.hasAbandonedRebuild() {
                rebuilding?(try store.pendingIndexes())
                _ = try store.rebuildIfNoImportIsLoading()
            }
        } catch let error as PostgresStoreError {
            throw error
        } catch {
            throw .server("\(location): \(PostgresGraphStore.message(of: error))")
        }
        return store
    }

    /// Whether a server of this `server_version_num` (150004 for 15.4) is too old to run on.
    static func refuses(serverVersion: Int) -> Bool { serverVersion < oldestServer }

    private func checkServer() throws {
        let version = try session.rows("SELECT current_setting('server_version_num')::integer, current_setting('server_version')")
        guard let first = version.first, case .integer(let number) = first[0] else { return }
        if Self.refuses(serverVersion: Int(number)) {
            throw PostgresStoreError.serverTooOld(session.location.description, version: version[0][1].description)
        }
    }

    /// The migrations table, then every migration not applied yet, in one transaction under an
    /// advisory lock, so two processes opening a new database at once migrate it once.
    private func prepareSchema(writable: Bool) throws {
        let location = session.location.description
        let tables = Set(try session.rows(
            "SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema()"
        ).map { $0[0].description })
        if !tables.isEmpty, !tables.contains("entente_migrations") {
            throw PostgresStoreError.foreignDatabase(location, tables: tables.sorted())
        }
        let known = Schema.postgresMigrations.map(\.identifier)
        func applied() throws -> Set<String> {
            guard try session.rows("SELECT to_regclass('entente_migrations') IS NOT NULL")[0][0] == .integer(1) else { return [] }
            return Set(try session.rows("SELECT identifier FROM entente_migrations").map { $0[0].description })
        }
        let unknown = try applied().subtracting(known)
        if !unknown.isEmpty { throw PostgresStoreError.newerSchema(location, unknown: unknown.sorted()) }
        guard writable else {
            if try applied() != Set(known) { throw PostgresStoreError.server("\(location): the database needs an upgrade (entente migrate)") }
            return
        }
        try session.transaction {
            try session.execute("SELECT pg_advisory_xact_lock(hashtext('entente_migrations'))")
            try session.execute("""
                CREATE TABLE IF NOT EXISTS entente_migrations (
                    identifier text COLLATE "C" PRIMARY KEY,
                    applied_at timestamptz NOT NULL DEFAULT now()
                )
                """)
            let done = try applied()
            for migration in Schema.postgresMigrations where !done.contains(migration.identifier) {
                // A migration's text is SQL of our own, several statements: the simple protocol runs them all.
                try session.executeScript(migration.sql)
                try session.execute("INSERT INTO entente_migrations (identifier) VALUES ($1)", [PostgresArgument(migration.identifier)])
            }
        }
    }

    /// The server's own words for an error, in one line.
    static func message(of error: any Error) -> String {
        PostgresFailure(error).message
    }
}

/// The fact table's partitions made so far, shared by the copies of one store.
final class PartitionCache: @unchecked Sendable {
    private let lock = NSLock()
    private var years: Set<Int> = []

    /// The years among `wanted` not known to have a partition.
    func missing(_ wanted: Set<Int>) -> Set<Int> {
        lock.withLock { wanted.subtracting(years) }
    }

    func add(_ made: Set<Int>) {
        lock.withLock { years.formUnion(made) }
    }
}

extension PostgresGraphStore {
    /// Makes the partitions for facts starting in `years` (0, the undated, has one from the start).
    /// Outside any transaction of the caller's: the partition is there for every process at once.
    func ensurePartitions(_ years: Set<Int>) throws {
        let missing = partitions.missing(years.subtracting([0]))
        guard !missing.isEmpty else { return }
        try session.setStatementTimeout("0")
        for year in missing.sorted() {
            try session.execute("SELECT entente_fact_partition($1::integer)", [PostgresArgument(Int64(year))])
        }
        partitions.add(missing)
    }
}
