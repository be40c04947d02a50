import EntenteModel
import EntenteQuery
import GRDB

/// The facts whose days overlap `since...until` (either end open), as conditions on the fact
/// `f` and their arguments: the rule of `DateRules.overlap`, written by the store's dialect.
struct DateOverlap {
    var conditions: [String] = []
    var arguments: StatementArguments = []

    init(since: CalendarDay?, until: CalendarDay?) {
        for condition in DateRules.overlap(.hop, first: since, last: until) {
            let statement = GraphStore.dialect.statement(condition)
            conditions.append(statement.text)
            arguments += statement.databaseArguments(idList: .null)
        }
    }

    /// The conditions each preceded by ` AND `, to append to a WHERE clause.
    var andClauses: String { conditions.map { " AND \($0)" }.joined() }
}
