import EntenteModel
import EntenteQuery
import Foundation
import GRDB
import GRDBSQLite

/// Queries compiled for one state of the data, so a query asked again is not parsed, planned
/// or resolved again while nothing has changed.
///
/// A compiled query holds the ids its names resolved to and the predicates the store knew, so
/// it is valid only for the data it was compiled on. The cache knows that data by SQLite's own
/// data version of the connection that read it (`SQLITE_FCNTL_DATA_VERSION`, which changes
/// with every commit, by this connection or any other, in this process or another, and which
/// SQLite uses to know its page cache is still good), read inside the query's read
/// transaction: a lookup from another connection, or after any write, finds nothing and
/// starts the cache anew.
final class PlanCache: @unchecked Sendable {
    // @unchecked: `connection`, `version` and `plans` are only touched with `lock` held.
    private let lock = NSLock()
    /// The connection whose data version `version` is (a weak reference: a connection closed
    /// and another opened at its address is not the same).
    private weak var connection: Database?
    private var version: UInt32 = 0
    private var plans: [Key: CompiledQuery] = [:]
    /// The predicates the planner knows on that data (the store's and the vocabulary's), read
    /// once for every query compiled on it.
    private var predicates: Set<String>?
    /// Queries compiled because the cache had none for the data, for tests to see which road was taken.
    private(set) var compilations = 0

    /// Compiled queries kept at most; past it the cache starts anew.
    static let capacity = 256

    /// What a compiled query depends on besides the data: its text, parameters and options.
    struct Key: Hashable {
        var text: String
        var parameters: [String: QueryValue]
        var maxRows: Int
        var maxExpansions: Int
        var includeModal: Bool
        var excludeDomestic: Bool

        init(_ text: String, parameters: [String: QueryValue], options: Planner.Options) {
            self.text = text
            self.parameters = parameters
            maxRows = options.maxRows
            maxExpansions = options.maxExpansions
            includeModal = options.includeModal
            excludeDomestic = options.excludeDomestic
        }
    }

    /// The query compiled for `key` on the data `db` reads, from the cache or from `compile`
    /// given the predicates the planner knows (whose failures are not kept). `db` must be inside
    /// a read transaction that has read the database, so its data version is current.
    func compiled(_ key: Key, _ db: Database, compile: (_ predicates: Set<String>) throws -> CompiledQuery) throws -> CompiledQuery {
        let now = try Self.dataVersion(db)
        lock.lock()
        let current = connection === db && version == now
        if current, let known = plans[key] {
            lock.unlock()
            return known
        }
        let known = current ? predicates : nil
        lock.unlock()
        let names = try known ?? GraphStore.predicateNames(db).union(PredicateVocabulary.standard.definitions.keys)
        let fresh = try compile(names)
        lock.lock()
        defer { lock.unlock() }
        compilations += 1
        // Every plan kept was compiled on the data the stamp names.
        if connection !== db || version != now {
            plans = [:]
            connection = db
            version = now
        }
        if plans.count >= Self.capacity { plans = [:] }
        plans[key] = fresh
        predicates = names
        return fresh
    }

    /// The data version of `db`'s main database, as of its current read transaction.
    static func dataVersion(_ db: Database) throws -> UInt32 {
        var version: UInt32 = 0
        let code = sqlite3_file_control(db.sqliteConnection, "main", SQLITE_FCNTL_DATA_VERSION, &version)
        guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "cannot read the data version") }
        return version
    }
}
