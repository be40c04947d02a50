/// SQL text with the arguments of its placeholders, in order; fragments
/// concatenate in the order they will stand in the statement.
struct SQLFragment {
    var text: String
    var arguments: [QueryValue]

    init(_ text: String = "", _ arguments: [QueryValue] = []) {
        self.text = text
        self.arguments = arguments
    }

    static func + (lhs: Self, rhs: Self) -> Self { .init(lhs.text + rhs.text, lhs.arguments + rhs.arguments) }

    static func joined(_ fragments: [SQLFragment], separator: String) -> SQLFragment {
        SQLFragment(fragments.map(\.text).joined(separator: separator), fragments.flatMap(\.arguments))
    }
}

extension Planner {
    /// Runs `body` with a fresh argument list and returns what it wrote as one fragment.
    mutating func fragment(_ body: (inout Planner) -> String) -> SQLFragment {
        let saved = arguments
        arguments = []
        let text = body(&self)
        let fragment = SQLFragment(text, arguments)
        arguments = saved
        return fragment
    }
}
