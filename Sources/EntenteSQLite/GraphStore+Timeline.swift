public import EntenteStore
public import EntenteModel
import GRDB

extension GraphStore {
    /// Which facts between two entities a timeline counts.
    public typealias Direction = TimelineDirection

    /// The dated, not negated facts between two entities, for a timeline: asserted and reported
    /// ones, and with `includeModal` hypothetical, future, advocated and hedged ones too;
    /// `excludeDomestic` leaves out facts whose two parties are one entity.
    public func timelineEntries(
        between first: Int64, and second: Int64, direction: Direction = .both, since: FactDate? = nil,
        until: FactDate? = nil, includeModal: Bool = false, excludeDomestic: Bool = false
    ) throws(StoreError) -> [Timeline.Entry] {
        var sql = """
            SELECT f.date_start, p.class, coalesce(f.goldstein, p.goldstein), coalesce(a.source, a.content_hash), f.modality
            FROM fact AS f
            JOIN predicate AS p ON p.name = f.predicate
            JOIN article AS a ON a.id = f.article_id
            WHERE f.negated = 0 AND f.date_start IS NOT NULL AND 
            """
        var arguments: StatementArguments = []
        if !includeModal {
            sql += "f.modality IN (\(Modality.committed.map { _ in "?" }.joined(separator: ", "))) AND "
            arguments += StatementArguments(Modality.committed.map(\.rawValue))
        }
        if excludeDomestic { sql += "f.subject_id <> f.object_id AND " }
        switch direction {
        case .out:
            sql += "f.subject_id = ? AND f.object_id = ?"
            arguments += [first, second]
        case .in:
            sql += "f.subject_id = ? AND f.object_id = ?"
            arguments += [second, first]
        case .both:
            sql += "((f.subject_id = ? AND f.object_id = ?) OR (f.subject_id = ? AND f.object_id = ?))"
            arguments += [first, second, second, first]
        }
        let overlap = DateOverlap(since: since?.start, until: until?.end)
        sql += overlap.andClauses
        arguments += overlap.arguments
        let (finalSQL, finalArguments) = (sql, arguments)
        return try read { db in
            try Row.fetchAll(db, sql: finalSQL, arguments: finalArguments).compactMap { row in
                guard let day = CalendarDay(iso: row[0] as String), let relationClass = RelationClass(rawValue: row[1]) else {
                    return nil
                }
                return Timeline.Entry(
                    day: day, relationClass: relationClass, goldstein: row[2], source: row[3],
                    modality: Modality(rawValue: row[4]) ?? .asserted)
            }
        }
    }
}
