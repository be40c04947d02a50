import EntenteModel

extension Planner {
    /// Plans `MATCH … RETURN …` as one SELECT with a join per node and per relation.
    mutating func plan(_ match: MatchQuery, explain: Bool) -> CompiledQuery? {
        if match.patterns.contains(where: { $0.edges.contains { $0.hops != nil && $0.hops != 1...1 } }) {
            return planVariableLength(match, explain: explain)
        }
        // Bind variables: each node occurrence gets an entity alias, each relation a fact alias.
        var nodeAliases: [[String]] = []
        var edgeAliases: [[String]] = []
        var nodeCount = 0
        var edgeCount = 0
        for pattern in match.patterns {
            var nodes: [String] = []
            for node in pattern.nodes {
                if let variable = node.variable, let existing = bindings[variable.text] {
                    guard case .node(let alias) = existing else {
                        error(.variableReused(variable.text), at: variable.range)
                        nodes.append("n0")
                        continue
                    }
                    nodes.append(alias)
                    continue
                }
                nodeCount += 1
                let alias = "n\(nodeCount)"
                if let variable = node.variable { bindings[variable.text] = .node(alias: alias) }
                nodes.append(alias)
            }
            nodeAliases.append(nodes)
            var edges: [String] = []
            for edge in pattern.edges {
                edgeCount += 1
                let alias = "f\(edgeCount)"
                if let variable = edge.variable {
                    if bindings[variable.text] != nil { error(.variableReused(variable.text), at: variable.range) }
                    bindings[variable.text] = .edge(alias: alias, index: edgeCount)
                }
                edges.append(alias)
            }
            edgeAliases.append(edges)
        }
        if let filter = match.filter { noteNegation(in: filter) }

        // WHERE first: it decides which joins the other clauses may use.
        let filter = match.filter.map { expression in fragment { $0.condition(expression) } }
        var conditions: [SQLFragment] = []
        var seenNodes: Set<String> = []
        for (patternIndex, pattern) in match.patterns.enumerated() {
            for (index, node) in pattern.nodes.enumerated() {
                let alias = nodeAliases[patternIndex][index]
                if let reference = node.reference {
                    let id = resolve(reference)
                    conditions.append(fragment { "\(alias).id = \($0.bind(.integer(id?.id ?? -1)))" })
                }
                if let labels = labelConditionFragment(node.labels, alias: alias) { conditions.append(labels) }
                seenNodes.insert(alias)
            }
            for (index, edge) in pattern.edges.enumerated() {
                let fact = edgeAliases[patternIndex][index]
                let predicate = "p\(fact.dropFirst())"
                let relation = fragment { $0.relationCondition(edge.types, fact: fact, predicate: predicate) ?? "" }
                if !relation.text.isEmpty { conditions.append(relation) }
                if edge.types.contains(where: { RelationClass(parsing: $0.text) != nil }) { predicateJoins.insert(fact) }
                conditions += defaultConditions(fact: fact)
                conditions += scopeFragments(match.scope, fact: fact)
            }
        }
        if let filter { conditions.append(filter) }

        // RETURN: output columns, and the SQL columns behind them.
        var selected: [SQLFragment] = []
        var outputs: [CompiledQuery.Output] = []
        var columns: [String] = []
        var groupBy: [SQLFragment] = []
        var hasAggregate = false
        for item in match.returns.items {
            columns.append(item.alias?.text ?? source.slice(item.expression.range))
            if case .variable(let name) = item.expression, case .edge(let alias, _)? = bindings[name.text] {
                let start = selected.count
                let hop = [
                    "(SELECT name FROM entity WHERE id = \(alias).subject_id)", "\(alias).predicate",
                    "(SELECT name FROM entity WHERE id = \(alias).object_id)", Self.dateDisplay(alias), "\(alias).negated",
                    "\(alias).modality",
                ].map { SQLFragment($0) }
                selected += hop
                groupBy += hop
                outputs.append(
                    .hop(subject: start, predicate: start + 1, object: start + 2, date: start + 3, negated: start + 4, modality: start + 5))
                continue
            }
            let value = fragment { $0.value(item.expression) }
            if item.expression.containsAggregate { hasAggregate = true } else { groupBy.append(value) }
            outputs.append(.value(selected.count))
            selected.append(value)
        }
        if match.returns.withEvidence {
            for (index, edges) in edgeAliases.enumerated() {
                for (position, fact) in edges.enumerated() {
                    articleJoins.insert(fact)
                    let start = selected.count
                    let evidence = ["a\(fact.dropFirst()).title", "a\(fact.dropFirst()).source", "\(fact).evidence"].map { SQLFragment($0) }
                    selected += evidence
                    groupBy += evidence
                    outputs.append(.evidence(article: start, source: start + 1, sentence: start + 2))
                    let name = match.patterns[index].edges[position].variable?.text ?? fact
                    columns.append("evidence(\(name))")
                }
            }
        }
        // ORDER BY may name a column by its alias.
        var order: [SQLFragment] = []
        for item in match.order {
            let direction = item.descending ? " DESC" : ""
            if case .variable(let name) = item.expression,
                let column = match.returns.items.firstIndex(where: { $0.alias?.text == name.text }),
                case .value(let sqlColumn) = outputs[column]
            {
                order.append(SQLFragment("c\(sqlColumn + 1)\(direction)"))
            } else {
                var expression = fragment { $0.value(item.expression) }
                expression.text += direction
                order.append(expression)
            }
        }
        guard diagnostics.isEmpty else { return nil }

        // Assemble in statement order so the arguments line up with their placeholders.
        var sql = SQLFragment(match.returns.distinct ? "SELECT DISTINCT " : "SELECT ")
        sql = sql + SQLFragment.joined(
            selected.enumerated().map { SQLFragment($1.text + " AS c\($0 + 1)", $1.arguments) }, separator: ", ")
        sql = sql + SQLFragment("\nFROM ") + fromClause(match: match, nodeAliases: nodeAliases, edgeAliases: edgeAliases)
        if !conditions.isEmpty {
            sql = sql + SQLFragment("\nWHERE ") + SQLFragment.joined(conditions, separator: "\n  AND ")
        }
        if hasAggregate, !groupBy.isEmpty {
            sql = sql + SQLFragment("\nGROUP BY ") + SQLFragment.joined(groupBy, separator: ", ")
        }
        if !order.isEmpty { sql = sql + SQLFragment("\nORDER BY ") + SQLFragment.joined(order, separator: ", ") }
        // One row past the budget tells a query that returns too many from one that fits (a budget
        // of Int.max has no row past it).
        let limit = match.limit.map { min($0, options.maxRows) } ?? (options.maxRows == .max ? .max : options.maxRows + 1)
        sql = sql + SQLFragment("\nLIMIT ?", [.integer(Int64(limit))])
        return CompiledQuery(
            sql: sql.text, arguments: sql.arguments, columns: columns, outputs: outputs, strategy: .join,
            pathSelection: nil, withEvidence: match.returns.withEvidence, explain: explain,
            limit: match.limit ?? options.maxRows)
    }

    private mutating func labelConditionFragment(_ labels: [Name], alias: String) -> SQLFragment? {
        let labels = fragment { $0.labelCondition(labels, alias: alias) ?? "" }
        return labels.text.isEmpty ? nil : labels
    }

    /// `entity AS n1 JOIN fact AS f1 ON … JOIN entity AS n2 ON …`, with the extra joins clauses need.
    private func fromClause(match: MatchQuery, nodeAliases: [[String]], edgeAliases: [[String]]) -> SQLFragment {
        // Node aliases whose entity the query names: their id is a bound constant.
        var namedNodes: Set<String> = []
        for (patternIndex, pattern) in match.patterns.enumerated() {
            for (index, node) in pattern.nodes.enumerated() where node.reference != nil { namedNodes.insert(nodeAliases[patternIndex][index]) }
        }
        var parts: [String] = []
        var joined: Set<String> = []
        for (patternIndex, pattern) in match.patterns.enumerated() {
            let nodes = nodeAliases[patternIndex]
            if !joined.contains(nodes[0]) {
                parts.append(parts.isEmpty ? "entity AS \(nodes[0])" : "CROSS JOIN entity AS \(nodes[0])")
                joined.insert(nodes[0])
            }
            for (index, edge) in pattern.edges.enumerated() {
                let fact = edgeAliases[patternIndex][index]
                let left = nodes[index]
                let right = nodes[index + 1]
                let number = fact.dropFirst()
                switch edge.direction {
                case .right:
                    parts.append("JOIN fact AS \(fact) ON \(fact).subject_id = \(left).id")
                case .left:
                    parts.append("JOIN fact AS \(fact) ON \(fact).object_id = \(left).id")
                case .either where namedNodes.contains(right) && !joined.contains(right):
                    // Both ends named: join the far end first, so the pair index finds the facts between them.
                    parts.append("JOIN entity AS \(right) ON 1")
                    joined.insert(right)
                    parts.append(
                        "JOIN fact AS \(fact) ON ((\(fact).subject_id = \(left).id AND \(fact).object_id = \(right).id) "
                            + "OR (\(fact).subject_id = \(right).id AND \(fact).object_id = \(left).id))")
                case .either:
                    parts.append("JOIN fact AS \(fact) ON (\(fact).subject_id = \(left).id OR \(fact).object_id = \(left).id)")
                }
                let other: String
                switch edge.direction {
                case .right: other = "\(fact).object_id"
                case .left: other = "\(fact).subject_id"
                case .either:
                    other = "CASE WHEN \(fact).subject_id = \(left).id THEN \(fact).object_id ELSE \(fact).subject_id END"
                }
                if joined.contains(right) {
                    if !(edge.direction == .either && namedNodes.contains(right) && parts.last?.contains("\(right).id AND") == true) {
                        parts[parts.count - 1] += " AND \(right).id = \(other)"
                    }
                } else {
                    parts.append("JOIN entity AS \(right) ON \(right).id = \(other)")
                    joined.insert(right)
                }
                if predicateJoins.contains(fact) { parts.append("JOIN predicate AS p\(number) ON p\(number).name = \(fact).predicate") }
                if articleJoins.contains(fact) { parts.append("JOIN article AS a\(number) ON a\(number).id = \(fact).article_id") }
                if speakerJoins.contains(fact) { parts.append("LEFT JOIN entity AS s\(number) ON s\(number).id = \(fact).speaker_id") }
            }
        }
        return SQLFragment(parts.joined(separator: "\n"))
    }
}
