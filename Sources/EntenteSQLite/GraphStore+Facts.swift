public import EntenteStore
import EntenteModel
import GRDB

// MARK: - Reads: facts

extension GraphStore {
    /// Facts a filter keeps (see ``FactFilter``).
    public func facts(_ filter: FactFilter) throws(StoreError) -> [FactRow] {
        let (name, since, until, newestFirst, limit, committedOnly, excludeDomestic) = (
            filter.about, filter.since, filter.until, filter.newestFirst, filter.limit, filter.committedOnly, filter.excludeDomestic
        )
        var sql = FactRow.selection + " WHERE 1"
        var arguments: StatementArguments = []
        if let name {
            let entity = try entity(named: name)
            sql += " AND (f.subject_id = ? OR f.object_id = ?)"
            arguments += [entity.id, entity.id]
        }
        if committedOnly {
            sql += " AND f.modality IN (\(Modality.committed.map { _ in "?" }.joined(separator: ", ")))"
            arguments += StatementArguments(Modality.committed.map(\.rawValue))
        }
        if excludeDomestic { sql += " AND f.subject_id <> f.object_id" }
        let overlap = DateOverlap(since: since?.start, until: until?.end)
        sql += overlap.andClauses
        arguments += overlap.arguments
        sql += newestFirst
            ? " ORDER BY f.date_start IS NULL, f.date_start DESC, f.id DESC"
            : " ORDER BY f.date_start IS NULL, f.date_start, f.id"
        if let limit {
            sql += " LIMIT ?"
            arguments += [limit]
        }
        let (finalSQL, finalArguments) = (sql, arguments)
        return try read { db in try Row.fetchAll(db, sql: finalSQL, arguments: finalArguments).map(FactRow.init(row:)) }
    }
}
