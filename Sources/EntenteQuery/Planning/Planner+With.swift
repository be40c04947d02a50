import EntenteModel

extension Planner {
    /// The column `number` of a WITH stage, as the statement after it reads it.
    static func stageColumn(_ number: Int) -> SQLFragment { "w.\(resultColumn: number)" }

    /// Plans `MATCH … WITH items [ORDER BY …] [SKIP] [LIMIT] [WHERE …] RETURN …` as one SELECT over
    /// a subquery: the MATCH planned as it would be with the WITH items as its RETURN (grouped
    /// where there are aggregates), then a SELECT of the RETURN over its columns, filtered by the
    /// WHERE after WITH. The names the RETURN may use are the items' (a variable, or `AS`).
    mutating func plan(_ match: MatchQuery, through stage: WithStage, explain: Bool) -> CompiledQuery? {
        var inner = match
        inner.stage = nil
        inner.returns = stage.items
        inner.order = stage.order
        inner.skip = stage.skip.map { ($0, stage.range) }
        inner.limit = stage.limit
        guard let compiled = plan(inner, explain: false) else { return nil }
        guard case .join(var first) = compiled.plan, first.outputs.allSatisfy({ if case .value = $0 { true } else { false } }) else {
            error(
                .expected("a MATCH of single-hop relations returning values", found: .keyword(.with)), at: stage.range,
                notes: ["WITH carries names and values from a MATCH of single hops: WITH a, count(r) AS n"])
            return nil
        }
        // The stage keeps all its rows unless it says otherwise; the row budget is the answer's.
        if stage.limit == nil { first.statementLimit = .max }
        // The RETURN sees the stage's items only.
        bindings = [:]
        for (index, item) in stage.items.items.enumerated() {
            if let alias = item.alias {
                bindings[alias.text] = .column(index + 1)
            } else if case .variable(let name) = item.expression {
                bindings[name.text] = .column(index + 1)
            } else if case .property(_, let property) = item.expression {
                bindings[property.text] = .column(index + 1)
            } else {
                error(
                    .expected("AS and a name", found: .identifier(source.slice(item.expression.range))), at: item.expression.range,
                    notes: ["name what WITH carries: WITH count(r) AS n"])
            }
        }
        var conditions: [SQLFragment] = []
        if let filter = stage.filter { conditions.append(condition(filter)) }
        var selected: [SQLFragment] = []
        var columns: [String] = []
        var grouping: [SQLFragment] = []
        var aggregates = false
        for item in match.returns.items {
            columns.append(item.alias?.text ?? source.slice(item.expression.range))
            let value = value(item.expression)
            if item.expression.containsAggregate { aggregates = true } else { grouping.append(value) }
            selected.append(value)
        }
        if match.returns.withEvidence {
            error(.expected("RETURN without WITH EVIDENCE", found: .keyword(.evidence)), at: stage.range,
                  notes: ["evidence belongs to relations; a RETURN after WITH reads the WITH's items"])
        }
        var order: [SQLFragment] = []
        for item in match.order {
            if case .variable(let name) = item.expression, let column = match.returns.items.firstIndex(where: { $0.alias?.text == name.text }) {
                order.append("\(SQLFunction.ordered("\(resultColumn: column + 1)", descending: item.descending))")
            } else {
                order.append("\(SQLFunction.ordered(value(item.expression), descending: item.descending))")
            }
        }
        guard diagnostics.isEmpty else { return nil }
        let statementLimit = match.limit.map { min($0, options.maxRows) } ?? (options.maxRows == .max ? .max : options.maxRows + 1)
        let table = JoinedTable(kind: .first, table: "(\(StatementParts.select(first))) AS w", condition: nil)
        let plan = JoinPlan(
            distinct: match.returns.distinct, selections: selected, tables: [table], conditions: conditions,
            grouping: aggregates ? grouping : [], ordering: order, statementLimit: statementLimit, rowBudget: match.limit ?? options.maxRows,
            outputs: selected.indices.map { .value($0) }, offset: match.skip?.count ?? 0)
        return CompiledQuery(plan: .join(plan), columns: columns, explain: explain)
    }
}
