public import EntenteStore

// MARK: - Bulk loads: the fact table's indexes and keys dropped for a large import, made once

/// A large import into an empty or small graph drops the fact table's secondary indexes and
/// foreign keys before its first batch and makes them again once after its last (migration
/// 0006), as SQLite's store drops its fact indexes. Each batch stays its own transaction.
///
/// Whether an import is still loading is told by a session advisory lock of this graph's schema,
/// which every bulk importer holds shared from the drop to the rebuild and which the server
/// releases when an importer's connection ends (a kill -9 included): a writable open that can take
/// it exclusively knows that what is pending was left by a stopped import, and makes it again.
extension PostgresGraphStore: BulkLoading {
    /// The highest fact id drawn, read from the sequence instead of counting the table. Ids drawn
    /// for facts that were never stored (a batch rolled back) make it an overestimate.
    public func approximateFactCount() throws(StoreError) -> Int {
        do {
            return Int(try session.rows("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM fact_id_seq")[0].int(0))
        } catch {
            throw StoreError.postgres(error, at: session.location)
        }
    }

    /// Drops the fact table's secondary indexes and foreign keys, recording them as pending in
    /// the same transaction, and holds this graph's bulk-import lock (shared: another importer may
    /// load at once) until ``rebuildPendingIndexes()``.
    ///
    /// - Returns: every name pending (those another importer dropped, too), or none when the
    ///   tables could not be had for five seconds: the import then loads batch by batch.
    public func dropFactIndexesForBulkLoad() throws(StoreError) -> [String] {
        do {
            try session.execute("SELECT pg_advisory_lock_shared(\(Self.bulkImportLock))")
            let names = try session.transaction {
                try session.rows("SELECT name FROM unnest(entente_fact_bulk_unindex()) AS name").map { $0.string(0) }
            }
            if names.isEmpty { try session.execute("SELECT pg_advisory_unlock_shared(\(Self.bulkImportLock))") }
            return names
        } catch {
            throw StoreError.postgres(error, at: session.location)
        }
    }

    /// Lets go of this import's share of the bulk-import lock and, unless another import is still
    /// loading (it makes them at its end), makes every pending index and key again in one
    /// transaction that also strikes them off: a failure leaves them all pending.
    ///
    /// - Returns: the names made here.
    @discardableResult
    public func rebuildPendingIndexes() throws(StoreError) -> [String] {
        do {
            // Not held (a writable open's repair): the server says so in a warning, nothing more.
            try session.execute("SELECT pg_advisory_unlock_shared(\(Self.bulkImportLock))")
            return try rebuildIfNoImportIsLoading()
        } catch {
            throw StoreError.postgres(error, at: session.location)
        }
    }

    /// The names of what a bulk import dropped and nobody has made again yet.
    public func pendingIndexes() throws(StoreError) -> [String] {
        do {
            return try session.rows("SELECT name FROM entente_pending_rebuild ORDER BY position").map { $0.string(0) }
        } catch {
            throw StoreError.postgres(error, at: session.location)
        }
    }

    /// Makes the pending indexes and keys again if no bulk import holds the lock; none made otherwise.
    func rebuildIfNoImportIsLoading() throws -> [String] {
        guard try session.rows("SELECT pg_try_advisory_lock(\(Self.bulkImportLock))::integer")[0].int(0) == 1 else { return [] }
        defer { _ = try? session.execute("SELECT pg_advisory_unlock(\(Self.bulkImportLock))") }
        // The time a rebuild takes on a large table is no query's budget.
        try session.setStatementTimeout("0")
        return try session.transaction {
            try session.rows("SELECT name FROM unnest(entente_fact_bulk_reindex()) AS name").map { $0.string(0) }
        }
    }

    /// Whether a stopped import left indexes and keys to make again, and no import is loading now.
    func hasAbandonedRebuild() throws -> Bool {
        guard try session.rows("SELECT EXISTS (SELECT FROM entente_pending_rebuild)::integer")[0].int(0) == 1 else { return false }
        // Taken and let go at once: held, an importer is alive and will make them itself.
        guard try session.rows("SELECT pg_try_advisory_lock(\(Self.bulkImportLock))::integer")[0].int(0) == 1 else { return false }
        try session.execute("SELECT pg_advisory_unlock(\(Self.bulkImportLock))")
        return true
    }

    /// The bulk-import lock's two keys: one for the lock, one for this graph's schema (graphs in
    /// other schemas of the database import independently). Our own words, no user text: the
    /// schema is read by the server.
    static let bulkImportLock = "hashtext('entente_bulk_import'), hashtext(current_schema())"
}
