import EntenteStore
import EntenteModel
import GRDB

/// The facts whose days overlap `since...until` (either end open), as conditions on the fact
/// `f` and their arguments: a fact dated `2017-03` overlaps `since: 2017-03-15`; an undated fact
/// overlaps no bounded period.
struct DateOverlap {
    var conditions: [String] = []
    var arguments: StatementArguments = []

    init(since: CalendarDay?, until: CalendarDay?) {
        if let since {
            conditions.append("f.date_end >= ?")
            arguments += [since.description]
        }
        if let until {
            conditions.append("f.date_start <= ?")
            arguments += [until.description]
        }
    }

    /// The conditions each preceded by ` AND `, to append to a WHERE clause.
    var andClauses: String { conditions.map { " AND \($0)" }.joined() }
}
