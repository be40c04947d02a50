/// How a query runs, as `EXPLAIN` shows it: its strategy, its first statement with the values
/// bound to it, and the database's plan for that statement.
public struct QueryExplanation: Sendable, Equatable {
    /// How the query is answered.
    public var strategy: QueryPlan.Strategy
    /// The statement of a join, a walk, a search's first level; empty for TIMELINE and DIFF.
    public var statement: SQLStatement
    /// The database's plan for the statement, one line per step.
    public var databasePlan: [String]

    /// The explanation as the command line prints it.
    public var text: String {
        var lines = [
            "strategy: \(strategy.rawValue)", "sql:", statement.text,
            "arguments: \(statement.values.map(Self.literal).joined(separator: ", "))", "sqlite plan:",
        ]
        lines += databasePlan.map { "  \($0)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A bound value as EXPLAIN shows it: text quoted.
    static func literal(_ value: QueryValue) -> String {
        if case .string(let text) = value { return "'\(text)'" }
        return value.description
    }
}
