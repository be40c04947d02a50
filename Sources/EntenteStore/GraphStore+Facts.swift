public import EntenteModel
import GRDB

// MARK: - Reads: facts

extension GraphStore {
    /// Facts, oldest first (undated last), optionally about one entity and
    /// overlapping a period.
    ///
    /// A fact dated `2017-03` overlaps `since: 2017-03-15`; an undated fact
    /// overlaps no period, so a date bound leaves undated facts out.
    ///
    /// - Parameters:
    ///   - about: a name, alias or code; the entity may be subject or object.
    ///   - since: the first day of the period is `since.start`.
    ///   - until: the last day of the period is `until.end`.
    ///   - committedOnly: only asserted and reported facts, as views show them by default.
    ///   - excludeDomestic: leave out facts whose subject and object are one entity.
    public func facts(
        about name: String? = nil, since: FactDate? = nil, until: FactDate? = nil, newestFirst: Bool = false,
        limit: Int? = nil, committedOnly: Bool = false, excludeDomestic: Bool = false
    ) throws(StoreError) -> [FactRow] {
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
