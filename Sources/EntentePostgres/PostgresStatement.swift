import EntenteQuery

/// A statement built in pieces: the store's own words, bound values (`bind` gives the next
/// `$n`), and the planner's fragments (date rules) numbered on from the values before them.
struct PostgresStatement {
    private(set) var text = ""
    private(set) var arguments: [PostgresArgument] = []

    init(_ text: String = "") { self.text = text }

    /// The placeholder of a new argument.
    mutating func bind(_ argument: PostgresArgument) -> String {
        arguments.append(argument)
        return "$" + String(arguments.count)
    }

    mutating func append(_ words: String) { text += words }

    /// A fragment of the planner's, written by PostgreSQL's dialect with placeholders after ours.
    mutating func append(_ fragment: SQLFragment) {
        let written = ContinuedDialect(offset: arguments.count).statement(fragment)
        text += written.text
        arguments += written.values.map(PostgresArgument.init)
    }
}

/// PostgreSQL's dialect with its placeholders numbered after `offset` others.
private struct ContinuedDialect: SQLDialect {
    let offset: Int
    let base = PostgresDialect()

    func placeholder(at index: Int) -> String { base.placeholder(at: offset + index) }
    func write(_ function: SQLFunction, into writer: inout SQLWriter) { base.write(function, into: &writer) }
    func idList(_ ids: [Int64]) -> QueryValue { base.idList(ids) }
    func statement(for plan: WalkPlan) -> SQLStatement { base.statement(for: plan) }
}
