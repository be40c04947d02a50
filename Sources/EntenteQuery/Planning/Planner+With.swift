import EntenteModel

extension Planner {
    /// The column `number` of a WITH stage, as the statement after it reads it.
    static func stageColumn(_ number: Int) -> SQLFragment { "w.\(resultColumn: number)" }

    /// Plans `MATCH … WITH items [ORDER BY …] [SKIP] [LIMIT] [WHERE …] [WITH …]… RETURN …` as
    /// nested SELECTs: the MATCH planned as it would be with the first WITH's items as its RETURN
    /// (grouped where there are aggregates), then for each later stage and for the RETURN a SELECT
    /// over the one before as a subquery, filtered by the WHERE of the stage before. Each SELECT
    /// may use only the names of the stage before (a variable, or `AS`). The walks of
    /// variable-length relations are CTEs of the outermost statement.
    mutating func plan(_ match: MatchQuery, through stages: [WithStage], explain: Bool) -> CompiledQuery? {
        var inner = match
        inner.stages = []
        inner.returns = stages[0].items
        inner.order = stages[0].order
        inner.skip = stages[0].skip.map { ($0, stages[0].range) }
        inner.limit = stages[0].limit
        prefersJoin = true
        guard let compiled = plan(inner, explain: false) else { return nil }
        guard case .join(var previous) = compiled.plan, previous.outputs.allSatisfy({ if case .value = $0 { true } else { false } }) else {
            error(
                .expected("values to carry", found: .keyword(.with)), at: stages[0].range,
                notes: ["WITH carries names and values: WITH a, count(r) AS n, length(p) AS hops; return a relation or a path after the last stage instead"])
            return nil
        }
        // A stage keeps all its rows unless it says otherwise; the row budget is the answer's.
        if stages[0].limit == nil { previous.statementLimit = .max }
        let walks = previous.walks
        previous.walks = []
        for (index, stage) in stages.enumerated().dropFirst() {
            guard bindColumns(of: stages[index - 1]),
                var next = select(
                    stage.items, over: previous, filter: stages[index - 1].filter, order: stage.order, skip: stage.skip, limit: stage.limit,
                    rowBudget: .max)
            else { return nil }
            if stage.limit == nil { next.statementLimit = .max }
            previous = next
        }
        let last = stages[stages.count - 1]
        guard bindColumns(of: last) else { return nil }
        if match.returns.withEvidence {
            error(.expected("RETURN without WITH EVIDENCE", found: .keyword(.evidence)), at: last.range,
                  notes: ["evidence belongs to relations; a RETURN after WITH reads the WITH's items"])
        }
        let statementLimit = options.statementLimit(match.limit)
        guard var plan = select(
            match.returns, over: previous, filter: last.filter, order: match.order, skip: match.skip?.count, limit: match.limit,
            rowBudget: options.rowLimit(match.limit))
        else { return nil }
        plan.statementLimit = statementLimit
        plan.walks = walks
        let columns = match.returns.items.map { $0.alias?.text ?? source.slice($0.expression.range) }
        return CompiledQuery(plan: .join(plan), columns: columns, explain: explain)
    }

    /// Makes a stage's items the only names the next SELECT sees: an item is named by its `AS`,
    /// its variable, or its property's name (`b.kind` is `kind`).
    private mutating func bindColumns(of stage: WithStage) -> Bool {
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
        return diagnostics.isEmpty
    }

    /// A SELECT of `items` over the rows of `previous` (as `w`), filtered, grouped where there are
    /// aggregates, ordered (by an item's alias or any expression of the names in scope) and cut.
    private mutating func select(
        _ items: ReturnClause, over previous: JoinPlan, filter: Expression?, order: [OrderItem], skip: Int?, limit: Int?, rowBudget: Int
    ) -> JoinPlan? {
        var conditions: [SQLFragment] = []
        if let filter { conditions.append(condition(filter)) }
        var selected: [SQLFragment] = []
        var grouping: [SQLFragment] = []
        var aggregates = false
        for item in items.items {
            let value = value(item.expression)
            if item.expression.containsAggregate { aggregates = true } else { grouping.append(value) }
            selected.append(value)
        }
        var ordering: [SQLFragment] = []
        for item in order {
            if case .variable(let name) = item.expression, let column = items.items.firstIndex(where: { $0.alias?.text == name.text }) {
                ordering.append("\(SQLFunction.ordered("\(resultColumn: column + 1)", descending: item.descending))")
            } else {
                ordering.append("\(SQLFunction.ordered(value(item.expression), descending: item.descending))")
            }
        }
        guard diagnostics.isEmpty else { return nil }
        let table = JoinedTable(kind: .first, table: "(\(StatementParts.select(previous))) AS w", condition: nil)
        return JoinPlan(
            distinct: items.distinct, selections: selected, tables: [table], conditions: conditions,
            grouping: aggregates ? grouping : [], ordering: ordering, statementLimit: limit ?? .max, rowBudget: rowBudget,
            outputs: selected.indices.map { .value($0) }, offset: skip ?? 0)
    }
}
