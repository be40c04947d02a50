import ArgumentParser
import Entente
import Foundation

/// The database every command works on.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The SQLite database file, or a PostgreSQL server as postgres://user@host:port/database (default: $ENTENTE_DB, else entente.sqlite in this directory).",
            valueName: "path-or-url"))
    var db: String?

    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp("Seconds a write waits for another process's write before giving up (default 10).", valueName: "seconds"))
    var busyTimeout: Double = 10

    func validate() throws {
        try ArgumentCheck.notEmpty(db, "--db", "a file name")
        if db == "-" { throw ValidationError("Please give --db a file name: a database cannot be standard input or output ('-').") }
        try ArgumentCheck.within(busyTimeout, 0...3600, "--busy-timeout")
    }

    var path: String {
        if let db { return db }
        if let fromEnvironment = ProcessInfo.processInfo.environment["ENTENTE_DB"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return "entente.sqlite"
    }

    /// True when `--db` (or $ENTENTE_DB) names a PostgreSQL server rather than an SQLite file.
    var isPostgres: Bool { PostgresLocation.isURL(path) }

    /// The graph's name for messages: the path as given, or a server's URL less its password.
    var shownName: String {
        guard isPostgres else { return path }
        return (try? PostgresLocation.parse(path).get())?.description ?? "the PostgreSQL graph"
    }

    /// The graph `--db` names: an SQLite file, or a graph on a PostgreSQL server for a
    /// `postgres://` URL.
    func open(_ mode: GraphStore.Mode) throws -> any GraphStoring {
        if isPostgres {
            // A writable open makes again what a stopped bulk import left pending, which takes a while on a large graph.
            let store = try PostgresGraphStore.open(url: path, mode: mode == .readWrite ? .readWrite : .readOnly) { pending in
                Output.writeError("Rebuilding \(pending.count) fact indexes and keys that a stopped bulk import left to rebuild…\n")
            }
            // A reader cannot, and says why it may be slow (an import still loading, or a stopped one).
            if mode == .readOnly, case let pending = try store.pendingIndexes(), !pending.isEmpty {
                Output.writeError(
                    "Warning: \(shownName): a bulk import has dropped \(pending.count) fact indexes and keys and not rebuilt them yet; "
                        + "answers are right but slower until it finishes, or, if it was stopped, until a writing command (entente migrate) rebuilds them.\n")
            }
            return store
        }
        return try openSQLite(mode)
    }

    /// The SQLite file `--db` names, for what only SQLite has (the adjacency index file).
    func openSQLite(_ mode: GraphStore.Mode) throws -> GraphStore {
        if isPostgres {
            throw ValidationError("This command works on an SQLite database; \(path) is a PostgreSQL server, which answers searches with SQL.")
        }
        // A writable open rebuilds what a stopped bulk import left pending, which takes a while on a large graph.
        if mode == .readWrite, FileManager.default.fileExists(atPath: path),
            let pending = try? GraphStore.open(path: path, mode: .readOnly, busyTimeout: busyTimeout).pendingIndexes(), !pending.isEmpty
        {
            Output.writeError("Rebuilding \(pending.count) fact indexes that a stopped bulk import left to rebuild…\n")
        }
        // Searches map the adjacency index file beside the database instead of reading every fact.
        let store = try GraphStore.open(path: path, mode: mode, busyTimeout: busyTimeout).withPersistedAdjacencyIndex()
        // A writable open has rebuilt them already; a reader cannot, and says why it may be slow.
        if mode == .readOnly, case let pending = try store.pendingIndexes(), !pending.isEmpty {
            Output.writeError(
                "Warning: \(path): a bulk import was stopped before it rebuilt \(pending.count) fact indexes; answers are right but "
                    + "slower until a writing command (entente migrate) rebuilds them.\n")
        }
        return store
    }

    /// After a command stored facts: keeps the statistics `entente stats` reads and brings the
    /// adjacency index file up to date, so the next query maps it. A failure is only a warning:
    /// both are counted or built again when missing.
    func refreshAfterWriting(_ opened: any GraphStoring) {
        if let postgres = opened as? PostgresGraphStore {
            do {
                try postgres.keepStatistics()
            } catch {
                Output.writeError("Warning: \(error.description) The statistics are counted again by each 'entente stats'.\n")
            }
            return
        }
        guard let store = opened as? GraphStore else { return }
        do {
            try store.keepStatistics()
        } catch {
            Output.writeError("Warning: \(error.description) The statistics are counted again by each 'entente stats'.\n")
        }
        do {
            try store.buildAdjacencyIndex()
        } catch {
            Output.writeError("Warning: \(error.description) Queries still work; 'entente index build' tries again.\n")
        }
    }
}
