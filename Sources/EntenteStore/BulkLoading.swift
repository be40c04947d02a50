/// A store whose fact indexes a large import may drop before its first batch and make again once
/// after its last, instead of keeping them up to date row by row (see `EventImport`). What is
/// dropped is recorded in the database in the same transaction, so an import killed in between
/// leaves a graph that says so, and the next writable open makes them again.
///
/// SQLite's `GraphStore` drops its fact indexes; `PostgresGraphStore` its secondary indexes and
/// foreign keys. Each batch stays its own transaction either way.
public protocol BulkLoading: GraphStoring {
    /// How many facts the store holds, about (cheaply: not a count of the rows).
    func approximateFactCount() throws(StoreError) -> Int

    /// Drops what a bulk load does without and records it as pending.
    ///
    /// - Returns: the names dropped (none when the store would not drop them now).
    func dropFactIndexesForBulkLoad() throws(StoreError) -> [String]

    /// Makes again every index (and key) recorded as pending, and strikes it off.
    ///
    /// - Returns: the names made here.
    @discardableResult
    func rebuildPendingIndexes() throws(StoreError) -> [String]

    /// The names of what a bulk load dropped and nobody has made again yet.
    func pendingIndexes() throws(StoreError) -> [String]
}
