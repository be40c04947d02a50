public import EntenteStore
import Foundation
import GRDB

// MARK: - The adjacency index file beside the database

extension GraphStore {
    /// The same store, answering searches (shortest paths, reachability) from an in-memory
    /// adjacency index built on first use and extended with later writes. Worth it for a
    /// long-lived process that runs many searches; a one-off command is better with
    /// ``withPersistedAdjacencyIndex()``.
    public func withAdjacencyIndex() -> GraphStore {
        var copy = self
        copy.adjacency = AdjacencyCache()
        return copy
    }

    /// The same store, answering searches from the adjacency index file beside the database
    /// (``adjacencyIndexPath``) when it was built from the data stored now (or from all of it but
    /// facts appended since, which are read from SQLite); when the file is missing, stale or
    /// damaged and its folder is writable, the first search builds it again and writes it. A new
    /// process then maps the file instead of reading every fact. A store in memory has no file and
    /// keeps its index in memory.
    public func withPersistedAdjacencyIndex() -> GraphStore {
        var copy = self
        copy.adjacency = AdjacencyCache(file: indexFile)
        return copy
    }

    /// Where the adjacency index file of this database is: its path plus `.adjacency`; nil in memory.
    public var adjacencyIndexPath: String? { indexFile?.path }

    var indexFile: AdjacencyIndexFile? {
        path == ":memory:" ? nil : AdjacencyIndexFile(besideDatabase: path)
    }

    /// What the index file holds against the data stored now.
    public func adjacencyIndexStatus() throws(StoreError) -> AdjacencyIndexStatus {
        guard let file = indexFile else { return AdjacencyIndexStatus(path: ":memory:", state: .absent, facts: nil, entities: nil, bytes: nil) }
        let now = try read { db in try AdjacencyFingerprint.read(db) }
        let bytes = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? nil
        let (index, built): (AdjacencyIndex, AdjacencyFingerprint)
        do {
            (index, built) = try file.read()
        } catch {
            let state: AdjacencyIndexStatus.State = error == .absent ? .absent : .damaged(error.description)
            return AdjacencyIndexStatus(path: file.path, state: state, facts: nil, entities: nil, bytes: bytes)
        }
        let state: AdjacencyIndexStatus.State =
            !built.isPrefix(of: now) ? .stale : built.maxFactID == now.maxFactID ? .current : .behind(newerFactIDs: now.maxFactID - built.maxFactID)
        return AdjacencyIndexStatus(path: file.path, state: state, facts: index.factCount, entities: index.entityCount, bytes: bytes)
    }

    /// Builds the index file from the data stored now, or brings the file up to date when only
    /// facts were appended since it was built; writes it atomically (a temporary file renamed
    /// over the old one) and returns its status.
    ///
    /// - Throws: ``StoreError`` when the database cannot be read or the file cannot be written.
    @discardableResult
    public func buildAdjacencyIndex() throws(StoreError) -> AdjacencyIndexStatus {
        guard let file = indexFile else { return try adjacencyIndexStatus() }
        do {
            try database.read { db in
                let now = try AdjacencyFingerprint.read(db)
                if let (stored, built) = try? file.read(), built.isPrefix(of: now) {
                    if built.maxFactID != now.maxFactID { try file.write(try stored.updated(db), fingerprint: now) }
                } else {
                    try file.write(try AdjacencyIndex.build(db), fingerprint: now)
                }
            }
        } catch let error as AdjacencyIndexFile.Refusal {
            throw StoreError(.sqlite, "\(file.path): the adjacency index \(error)")
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(translating: error, path: path)
        }
        return try adjacencyIndexStatus()
    }

    /// Removes the index file (and any temporary file a stopped build left); searches then run in
    /// SQL, or build it again, until it is rebuilt. Returns whether there was anything to remove.
    @discardableResult
    public func dropAdjacencyIndex() -> Bool {
        indexFile?.remove() ?? false
    }
}
