/// A statement as a dialect writes it: text with placeholders, and what to bind to each.
public struct SQLStatement: Sendable, Equatable {
    /// The SQL text.
    public var text: String
    /// One argument per placeholder, in order.
    public var arguments: [SQLArgument]

    /// A statement of text and arguments.
    public init(text: String, arguments: [SQLArgument]) {
        self.text = text
        self.arguments = arguments
    }

    /// The values the plan binds, without the id lists bound as the statement runs.
    public var values: [QueryValue] {
        arguments.compactMap { argument in
            if case .value(let value) = argument { return value }
            return nil
        }
    }
}

/// What a placeholder of a statement is bound to.
public enum SQLArgument: Sendable, Equatable {
    /// A value the plan fixed.
    case value(QueryValue)
    /// The ids of `SQLFunction.isInIDList`, given each time the statement runs
    /// (`SQLDialect.idList(_:)` turns them into one value).
    case idList
}
