import EntenteModel

extension Planner {
    /// Plans `MATCH (a "Name")-[r:types*min..max]->(b) RETURN …`: one recursive walk from the
    /// named end, like a path search, keeping every entity reached in `min...max` hops.
    /// `r` is bound to the path; a WHERE clause tests each hop as `r`, and the far end's
    /// labels and name filter where the walk may stop.
    mutating func planVariableLength(_ match: MatchQuery, explain: Bool) -> CompiledQuery? {
        guard match.patterns.count == 1, match.patterns[0].edges.count == 1,
            let edge = match.patterns[0].edges.first, let hops = edge.hops
        else {
            let range = match.patterns.flatMap(\.edges).first { $0.hops != nil }?.range ?? 0..<0
            error(
                .expected("one relation in the pattern", found: .symbol(.star)), at: range,
                notes: ["a variable-length relation must be the only relation of the only pattern; use PATHS for chains between two ends"])
            return nil
        }
        let pattern = match.patterns[0]
        var (start, end) = (pattern.nodes[0], pattern.nodes[1])
        var direction = edge.direction
        if start.reference == nil, end.reference != nil {
            // Walk from the named end, against the arrow.
            (start, end) = (end, start)
            direction = direction == .right ? .left : direction == .left ? .right : .either
        }
        guard let reference = start.reference else {
            error(
                .expected("a named entity at one end", found: .symbol(.rightParenthesis)), at: pattern.nodes[0].range,
                notes: [#"a variable-length walk starts from a named entity: (a "Russia")"#])
            return nil
        }
        let origin = resolve(reference)
        let endTarget = end.reference.flatMap { resolve($0) }
        for (node, alias) in [(start, "start"), (end, "end")] {
            if let variable = node.variable { bindings[variable.text] = .node(alias: alias) }
        }
        let edgeVariable = edge.variable?.text ?? "r"
        bindings[edgeVariable] = .edge(alias: "f", index: 1)
        if let filter = match.filter { noteNegation(in: filter) }
        let usesClass = edge.types.contains { RelationClass(parsing: $0.text) != nil }
        if usesClass { predicateJoins.insert("f") }

        // Without the path in the answer, reachability is enough: a set of (entity, depth) pairs
        // (UNION) instead of every acyclic path, which is far cheaper around well-connected entities.
        let returnsPath = match.returns.items.contains {
            if case .variable(let name) = $0.expression { return name.text == edgeVariable }
            return false
        }
        func hopConditions(_ planner: inout Planner, next: String) -> SQLFragment {
            var conditions: [SQLFragment] = [SQLFragment("w.depth < ?", [.integer(Int64(hops.upperBound))])]
            if returnsPath { conditions.append(SQLFragment("instr(w.visited, ',' || \(next) || ',') = 0")) }
            conditions += planner.hopFilters(relations: edge.types, scope: match.scope, filter: match.filter)
            return SQLFragment.joined(conditions, separator: " AND ")
        }
        let forward = direction == .left ? nil : hopConditions(&self, next: "f.object_id")
        let backward = direction == .right ? nil : hopConditions(&self, next: "f.subject_id")
        let endLabels = fragment { $0.labelCondition(end.labels, alias: "n") ?? "" }
        let predicateJoin = predicateJoins.contains("f")
        func step(_ column: String, _ next: String, _ conditions: SQLFragment) -> SQLFragment {
            var text = returnsPath
                ? """
                SELECT \(next), w.depth + 1, w.visited || \(next) || ',', w.facts || f.id || ','
                    FROM walk AS w JOIN fact AS f ON f.\(column) = w.node
                """
                : """
                SELECT \(next), w.depth + 1
                    FROM walk AS w JOIN fact AS f ON f.\(column) = w.node
                """
            if predicateJoin { text += " JOIN predicate AS p ON p.name = f.predicate" }
            return SQLFragment(text + "\n    WHERE ") + conditions
        }
        // Outputs: node variables give names, the relation variable gives the path.
        var outputs: [CompiledQuery.Output] = []
        var columns: [String] = []
        for item in match.returns.items {
            columns.append(item.alias?.text ?? source.slice(item.expression.range))
            switch item.expression {
            case .variable(let name) where name.text == edgeVariable: outputs.append(.path(1))
            case .variable(let name) where name.text == start.variable?.text: outputs.append(.walkStart)
            case .variable(let name) where name.text == end.variable?.text: outputs.append(.walkEnd(2))
            default:
                error(
                    .expected("a node or the relation variable", found: .identifier(source.slice(item.expression.range))),
                    at: item.expression.range, notes: ["a variable-length MATCH returns its nodes and its path"])
            }
        }
        if !match.order.isEmpty, let first = match.order.first {
            error(.expected("no ORDER BY", found: .keyword(.order)), at: first.expression.range,
                  notes: ["rows of a variable-length MATCH come shortest first"])
        }
        guard diagnostics.isEmpty, let origin else { return nil }
        if !returnsPath {
            return planReach(
                match, edge: edge, hops: hops, direction: direction, origin: origin, endTarget: endTarget, end: end,
                outputs: outputs, columns: columns, explain: explain)
        }

        let union = returnsPath ? "UNION ALL" : "UNION"
        var sql = returnsPath
            ? SQLFragment(
                """
                WITH RECURSIVE walk(node, depth, visited, facts) AS (
                    SELECT ?, 0, ',' || ? || ',', ''
                """, [.integer(origin.id), .integer(origin.id)])
            : SQLFragment(
                """
                WITH RECURSIVE walk(node, depth) AS (
                    SELECT ?, 0
                """, [.integer(origin.id)])
        if let forward { sql = sql + SQLFragment("\n    \(union)\n    ") + step("subject_id", "f.object_id", forward) }
        if let backward { sql = sql + SQLFragment("\n    \(union)\n    ") + step("object_id", "f.subject_id", backward) }
        sql = sql + SQLFragment("\n    LIMIT ?\n)\nSELECT -1, '', count(*) FROM walk\nUNION ALL\n", [.integer(Int64(options.maxExpansions))])
        if returnsPath {
            sql = sql + SQLFragment(
                "SELECT w.depth, w.facts, n.name FROM walk AS w JOIN entity AS n ON n.id = w.node\nWHERE w.depth >= ?",
                [.integer(Int64(hops.lowerBound))])
        } else {
            sql = sql + SQLFragment(
                "SELECT min(w.depth), '', n.name FROM walk AS w JOIN entity AS n ON n.id = w.node\nWHERE w.depth >= ? AND w.node <> ?",
                [.integer(Int64(hops.lowerBound)), .integer(origin.id)])
        }
        if !endLabels.text.isEmpty { sql = sql + SQLFragment(" AND ") + endLabels }
        if let endTarget { sql = sql + SQLFragment(" AND n.id = ?", [.integer(endTarget.id)]) }
        if !returnsPath { sql = sql + SQLFragment("\nGROUP BY w.node") }
        sql = sql + SQLFragment("\nORDER BY 1, \(returnsPath ? 2 : 3)")
        var compiled = CompiledQuery(
            sql: sql.text, arguments: sql.arguments, columns: columns, outputs: outputs, strategy: .variableLength,
            pathSelection: .all, withEvidence: match.returns.withEvidence, explain: explain,
            limit: match.limit ?? options.maxRows)
        compiled.distinct = match.returns.distinct
        compiled.startName = origin.name
        compiled.expansionBudget = options.maxExpansions
        return compiled
    }

    /// Reachability as a frontier search: one indexed query per level and direction, each entity
    /// entered once, then one query keeping the entities the far end allows.
    private mutating func planReach(
        _ match: MatchQuery, edge: EdgePattern, hops: ClosedRange<Int>, direction: EdgePattern.Direction,
        origin: ResolvedEntity, endTarget: ResolvedEntity?, end: NodePattern, outputs: [CompiledQuery.Output],
        columns: [String], explain: Bool
    ) -> CompiledQuery? {
        let filters = hopFilters(relations: edge.types, scope: match.scope, filter: match.filter)
        let first = frontierSQL(direction == .left ? "object_id" : "subject_id", filters: filters)
        let second = direction == .either ? frontierSQL("object_id", filters: filters) : nil
        let labels = fragment { $0.labelCondition(end.labels, alias: "n") ?? "" }
        var endSQL = SQLFragment("SELECT n.id, n.name FROM entity AS n WHERE n.id IN (SELECT value FROM json_each(?))")
        if !labels.text.isEmpty { endSQL = endSQL + SQLFragment(" AND ") + labels }
        if let endTarget { endSQL = endSQL + SQLFragment(" AND n.id = ?", [.integer(endTarget.id)]) }
        var compiled = CompiledQuery(
            sql: first.text, arguments: first.arguments, columns: columns, outputs: outputs, strategy: .reach,
            pathSelection: nil, withEvidence: false, explain: explain, limit: match.limit ?? options.maxRows)
        compiled.reverseSQL = second?.text
        compiled.reverseArguments = second?.arguments ?? []
        var search = CompiledQuery.Frontier(from: origin.id, to: -1, maxHops: hops.upperBound, maxExpansions: options.maxExpansions)
        search.minHops = hops.lowerBound
        search.firstIsForward = direction != .left
        search.endSQL = endSQL.text
        search.endArguments = endSQL.arguments
        search.traversal = traversalFilter(relations: edge.types, scope: match.scope, filter: match.filter)
        compiled.frontier = search
        compiled.startName = origin.name
        compiled.distinct = true
        return compiled
    }
}
