/// PostgreSQL's SQL: `$1` placeholders, id lists as array text read by `= ANY`, booleans turned
/// to and from SQLite's 0 and 1, and NULL ordered where SQLite orders it, so both stores answer
/// a query with the same rows in the same order.
public struct PostgresDialect: SQLDialect {
    /// The dialect.
    public init() {}

    /// `$1`, `$2`, …: PostgreSQL numbers placeholders from 1.
    public func placeholder(at index: Int) -> String { "$" + String(index + 1) }

    /// See `SQLFunction`.
    public func write(_ function: SQLFunction, into writer: inout SQLWriter) {
        switch function {
        case .prefix(let text, let length):
            writer.append(keywords: "substr(")
            writer.append(text)
            writer.append(keywords: ", 1, ")
            writer.append(number: length)
            writer.append(keywords: ")")
        case .isInIDList(let column):
            // A semi-join on the array's elements, not `= ANY(…)`, which the planner may test
            // against every row of a parallel scan, the whole array each time (seconds to minutes
            // for a search level of thousands of ids).
            writer.append("\(column)")
            writer.append(keywords: " IN (SELECT unnest(")
            writer.append(argument: .idList)
            writer.append(keywords: "::bigint[]))")
        case .alwaysTrue:
            writer.append(keywords: "true")
        case .textMatch(let op, let text, let part):
            // As text, as SQLite compares a number with STARTS WITH; `part` is bound twice where it is written twice.
            switch op {
            case .startsWith:
                writer.append(keywords: "starts_with((")
                writer.append(text)
                writer.append(keywords: ")::text, (")
                writer.append(part)
                writer.append(keywords: ")::text)")
            case .endsWith:
                writer.append(keywords: "(right((")
                writer.append(text)
                writer.append(keywords: ")::text, length((")
                writer.append(part)
                writer.append(keywords: ")::text)) = (")
                writer.append(part)
                writer.append(keywords: ")::text)")
            default:
                writer.append(keywords: "(strpos((")
                writer.append(text)
                writer.append(keywords: ")::text, (")
                writer.append(part)
                writer.append(keywords: ")::text) > 0)")
            }
        case .collect(let item, let distinct):
            // SQLite's compact JSON array (`["a","b"]`, `[]` for none), not json_agg's spaced one.
            writer.append(keywords: distinct ? "coalesce('[' || string_agg(DISTINCT to_json(" : "coalesce('[' || string_agg(to_json(")
            writer.append(item)
            writer.append(keywords: ")::text, ',') FILTER (WHERE ")
            writer.append(item)
            writer.append(keywords: " IS NOT NULL) || ']', '[]')")
        case .list(let items):
            // SQLite's compact `json_array` text (`["a",1,null]`), not json_build_array's spaced one.
            writer.append(keywords: "('[' || concat_ws(','")
            for item in items {
                writer.append(keywords: ", coalesce(to_json(")
                writer.append(item)
                writer.append(keywords: ")::text, 'null')")
            }
            writer.append(keywords: ") || ']')")
        case .truth(let value):
            writer.append(keywords: "((")
            writer.append(value)
            writer.append(keywords: ") <> 0)")
        case .truthValue(let condition):
            writer.append(keywords: "((")
            writer.append(condition)
            writer.append(keywords: ")::integer)")
        case .ordered(let key, let descending):
            writer.append(key)
            writer.append(keywords: descending ? " DESC NULLS LAST" : " NULLS FIRST")
        case .walks(let walks):
            writer.append(Self.walkClause(walks))
        case .groupKey(_, let position):
            writer.append(number: position)
        case .startYears(let condition, let startYear, let first, let last):
            // Bound, and the statement planned with its values: the planner prunes by them.
            writer.append(keywords: "(")
            writer.append(condition)
            if let first { writer.append(" AND \(startYear) >= \(bind: .integer(Int64(first)))") }
            if let last { writer.append(" AND \(startYear) <= \(bind: .integer(Int64(last)))") }
            writer.append(keywords: ")")
        }
    }

    /// The ids as an array's text, `{1,2,3}`, cast to `bigint[]` where it is read.
    public func idList(_ ids: [Int64]) -> QueryValue {
        .string("{" + ids.map(String.init).joined(separator: ",") + "}")
    }

    /// As every dialect's, in the order SQLite's indexes on (entity, predicate, date) give facts:
    /// a search that keeps the first of equally short paths keeps the same one on both stores.
    public func stepStatement(_ hops: HopFilter, from end: FactEnd, withPredicate: Bool) -> SQLStatement {
        statement(StatementParts.step(hops, from: end, withPredicate: withPredicate) + Self.stepOrder(end))
    }

    /// As every dialect's, in SQLite's index order (see `stepStatement`).
    public func datedStepStatement(_ hops: HopFilter, from end: FactEnd) -> SQLStatement {
        statement(StatementParts.datedStep(hops, from: end) + Self.stepOrder(end))
    }

    private static func stepOrder(_ end: FactEnd) -> SQLFragment {
        let fact = TableAlias<FactTable>.hop
        return "\nORDER BY \(fact[end == .subject ? .subjectID : .objectID]), \(fact[.predicate]), \(fact[.dateStart]) NULLS FIRST, \(fact[.id])"
    }

    /// As every dialect's, but each part and the whole named: PostgreSQL before 16 wants an alias
    /// for every subquery in FROM.
    public func statement(for plan: UnionPlan) -> SQLStatement {
        let glue: SQLFragment = plan.all ? "\nUNION ALL\n" : "\nUNION\n"
        var parts: [SQLFragment] = []
        for (index, part) in plan.parts.enumerated() {
            parts.append("SELECT * FROM (\(StatementParts.select(part))) AS " + SQLFragment(stringLiteral: "part\(index + 1)"))
        }
        let sql: SQLFragment = "SELECT * FROM (\(parts.joined(separator: glue))) AS parts\nLIMIT \(bind: .integer(Int64(plan.statementLimit)))"
        return statement(sql)
    }
}
