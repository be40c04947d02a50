/// SQLite's SQL: `?` placeholders, `substr`, id lists as JSON arrays read by `json_each`.
public struct SQLiteDialect: SQLDialect {
    /// The dialect.
    public init() {}

    /// `?`: SQLite numbers placeholders by position itself.
    public func placeholder(at index: Int) -> String { "?" }

    /// `substr`, `json_each`, and `1` for a condition that always holds.
    public func write(_ function: SQLFunction, into writer: inout SQLWriter) {
        switch function {
        case .prefix(let text, let length):
            writer.append(keywords: "substr(")
            writer.append(text)
            writer.append(keywords: ", 1, ")
            writer.append(number: length)
            writer.append(keywords: ")")
        case .isInIDList(let column):
            writer.append("\(column)")
            writer.append(keywords: " IN (SELECT value FROM json_each(")
            writer.append(argument: .idList)
            writer.append(keywords: "))")
        case .alwaysTrue:
            writer.append(keywords: "1")
        }
    }

    /// A JSON array of the ids, as `json_each` reads it.
    public func idList(_ ids: [Int64]) -> QueryValue {
        .string("[" + ids.map(String.init).joined(separator: ",") + "]")
    }
}
