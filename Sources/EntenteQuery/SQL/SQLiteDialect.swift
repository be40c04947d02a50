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
        case .startYears(let condition, _, _, _):
            writer.append(condition)
        case .textMatch(let op, let text, let part):
            // `part` is written twice where it is needed twice: a bound value is bound twice.
            switch op {
            case .startsWith:
                writer.append(keywords: "(substr(")
                writer.append(text)
                writer.append(keywords: ", 1, length(")
                writer.append(part)
                writer.append(keywords: ")) = ")
                writer.append(part)
                writer.append(keywords: ")")
            case .endsWith:
                writer.append(keywords: "(substr(")
                writer.append(text)
                writer.append(keywords: ", length(")
                writer.append(text)
                writer.append(keywords: ") - length(")
                writer.append(part)
                writer.append(keywords: ") + 1) = ")
                writer.append(part)
                writer.append(keywords: ")")
            default:
                writer.append(keywords: "(instr(")
                writer.append(text)
                writer.append(keywords: ", ")
                writer.append(part)
                writer.append(keywords: ") > 0)")
            }
        case .list(let items):
            writer.append(keywords: "json_array(")
            for (index, item) in items.enumerated() {
                if index > 0 { writer.append(keywords: ", ") }
                writer.append(item)
            }
            writer.append(keywords: ")")
        case .collect(let item, let distinct):
            writer.append(keywords: distinct ? "json_group_array(DISTINCT " : "json_group_array(")
            writer.append(item)
            writer.append(keywords: ") FILTER (WHERE ")
            writer.append(item)
            writer.append(keywords: " IS NOT NULL)")
        case .truth(let fragment), .truthValue(let fragment):
            // SQLite's conditions are numbers already.
            writer.append(fragment)
        case .ordered(let key, let descending):
            // SQLite puts NULL first ascending and last descending on its own.
            writer.append(key)
            if descending { writer.append(keywords: " DESC") }
        case .walks(let walks):
            writer.append(StatementParts.limitedWalkClause(walks))
        case .groupKey(let key, _):
            writer.append(key)
        }
    }

    /// A JSON array of the ids, as `json_each` reads it.
    public func idList(_ ids: [Int64]) -> QueryValue {
        .string("[" + ids.map(String.init).joined(separator: ",") + "]")
    }

    /// As every dialect's, its text for a path's few facts written once: writing it took a
    /// shortest path a twentieth of its time.
    public func hopsStatement(ids: [Int64]) -> SQLStatement {
        guard ids.count < Self.boundHopsTexts.count else { return boundHopsStatement(ids: ids) }
        return SQLStatement(text: Self.boundHopsTexts[ids.count], arguments: ids.map { .value(.integer($0)) })
    }

    /// The text of ``hopsStatement(ids:)`` for each number of ids below 17 (none for 0).
    private static let boundHopsTexts = [""] + (1...16).map { count in
        SQLiteDialect().boundHopsStatement(ids: Array(repeating: 0, count: count)).text
    }
}
