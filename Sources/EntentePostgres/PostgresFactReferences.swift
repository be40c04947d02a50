import EntenteStore

/// What the fact table's foreign keys check, checked by a batch itself while a bulk import has
/// them dropped (migration 0006): that every entity and article its rows refer to is stored.
///
/// The ids a writer resolved in an earlier batch are kept, and a merge between two batches
/// deletes the merged entity: with the keys in place the next batch fails on it, and without
/// them it would store facts that refer to nothing, which the keys, made again at the import's
/// end, would refuse. Checked in the batch's transaction after its lock, which a merge takes too
/// (`PostgresGraphWriter.lockTables`), so nothing is deleted between the check and the commit.
/// One statement, set-based, after one that asks whether the keys are dropped.
enum PostgresFactReferences {
    /// - Parameters: `entities` and `articles` are read only while the keys are dropped: a batch
    ///   into a table that has its keys (a file imported again among them) pays one small query.
    static func check(entities: () -> [Int64], articles: () -> [Int64], in session: PostgresSession) throws {
        guard try session.rows("SELECT EXISTS (SELECT FROM entente_pending_rebuild)::integer")[0].int(0) == 1 else { return }
        let missing = try session.rows(
            """
            SELECT (SELECT count(*) FROM unnest($1::bigint[]) AS w(id) WHERE NOT EXISTS (SELECT FROM entity AS e WHERE e.id = w.id)),
                   (SELECT count(*) FROM unnest($2::bigint[]) AS w(id) WHERE NOT EXISTS (SELECT FROM article AS a WHERE a.id = w.id))
            """,
            [.init(integers: Array(Set(entities()))), .init(integers: Array(Set(articles())))])[0]
        guard missing.int(0) + missing.int(1) > 0 else { return }
        throw StoreError(
            .server,
            "\(session.location): \(missing.int(0)) entities and \(missing.int(1)) articles this batch refers to are no longer stored "
                + "(merged by another process meanwhile?); start the import again")
    }
}
