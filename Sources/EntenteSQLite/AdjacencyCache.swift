import Foundation
import GRDB

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The adjacency index a store keeps: checked against the database's fingerprint before each
/// search, extended with facts appended since, rebuilt when a stored fact changed (a merge, in this
/// process or another). With a `file`, a new process starts from the index file beside the database
/// and writes it back when it had to build or extend it, so the next process need not.
final class AdjacencyCache: @unchecked Sendable {
    // @unchecked: `index` and `fingerprint` are only touched with `lock` held.
    private let lock = NSLock()
    private var index: AdjacencyIndex?
    /// The database's fingerprint the index in memory matches (its `maxFactID` is the index's).
    private var fingerprint: AdjacencyFingerprint?
    /// Where the index persists, if it does.
    let file: AdjacencyIndexFile?
    /// Where the index in memory was last read from (a search that reuses it does not change
    /// this), for tests to see which road was taken.
    private(set) var lastOrigin: Origin?

    enum Origin: Equatable {
        /// The index already in memory, extended with facts appended since if there were any.
        case memory
        /// The file, as it was.
        case mapped
        /// The file, plus facts appended after it was built.
        case extended
        /// Every fact, read from SQLite.
        case built
    }

    init(file: AdjacencyIndexFile? = nil) {
        self.file = file
    }

    /// The index for the data `db` reads, or nil when a persisted index is missing or stale and
    /// its folder cannot take a new one (the search then runs in SQL, as a one-off is better off).
    func current(_ db: Database) throws -> AdjacencyIndex? {
        lock.lock()
        defer { lock.unlock() }
        let now = try AdjacencyFingerprint.read(db)
        if let reused = try reusable(db, now) { return reused }
        guard let file else { return remember(try AdjacencyIndex.build(db), now, .built) }
        // Building costs a read of every fact; worth it only when the next process can map the result.
        guard Self.canWrite(beside: file.path) else {
            lastOrigin = nil
            return nil
        }
        return remember(try AdjacencyIndex.build(db), now, .built)
    }

    /// The index for the data `db` reads when it costs no full read of the facts: the one in
    /// memory or the file's, each extended with facts appended since; nil otherwise. For a reader
    /// (a timeline) that SQL answers about as fast as a build would take.
    func existing(_ db: Database) throws -> AdjacencyIndex? {
        lock.lock()
        defer { lock.unlock() }
        return try reusable(db, try AdjacencyFingerprint.read(db))
    }

    /// The index in memory or the file's, extended with the facts appended since, when either was
    /// built from a prefix of the data `now` describes. The caller holds the lock.
    private func reusable(_ db: Database, _ now: AdjacencyFingerprint) throws -> AdjacencyIndex? {
        if let index, let fingerprint, fingerprint.isPrefix(of: now) {
            return remember(try index.updated(db, latest: now.maxFactID), now, .memory)
        }
        if let file, let (stored, built) = try? file.read(), built.isPrefix(of: now) {
            let extended = built.maxFactID != now.maxFactID
            return remember(try stored.updated(db, latest: now.maxFactID), now, extended ? .extended : .mapped)
        }
        return nil
    }

    private func remember(_ fresh: AdjacencyIndex, _ now: AdjacencyFingerprint, _ origin: Origin) -> AdjacencyIndex {
        // What the file lacks is written back, so the next process maps it as it is.
        let persist = origin == .built || origin == .extended
        if origin != .memory { lastOrigin = origin }
        index = fresh
        fingerprint = now
        // Best effort: the index in memory answers this process either way.
        if persist, let file { _ = try? file.write(fresh, fingerprint: now) }
        return fresh
    }

    /// Drops the index in memory, for a write in this process that changed facts already in it (a
    /// merge); the fingerprint would tell the next search as much, this says it before.
    func invalidate() {
        lock.lock()
        defer { lock.unlock() }
        index = nil
        fingerprint = nil
    }

    /// Whether a file can be created in the folder of `path`.
    static func canWrite(beside path: String) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        return access(folder.isEmpty ? "." : folder, W_OK) == 0
    }
}
