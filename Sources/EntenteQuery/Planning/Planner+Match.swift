import EntenteModel

extension Planner {
    /// Plans `MATCH … RETURN …` as one SELECT with a join per node and per relation.
    mutating func plan(_ match: MatchQuery, explain: Bool) -> CompiledQuery? {
        if !match.stages.isEmpty { return plan(match, through: match.stages, explain: explain) }
        let hasWalks = match.patterns.contains { $0.edges.contains(where: Self.isVariableLength) }
        if let clause = match.timeOrder, !hasWalks {
            error(
                .expected("a variable-length relation to order", found: .keyword(.in)), at: clause.range,
                notes: [#"IN TIME ORDER orders the hops of a walk or a path: MATCH ("Iran")-[r*1..3]->(b) IN TIME ORDER RETURN b, r"#])
            return nil
        }
        if match.patterns.contains(where: { $0.shortest != nil }) {
            return planShortestMatch(match, explain: explain)
        }
        if hasWalks, let clause = match.timeOrder, prefersJoin || !fitsWalkSearch(match) {
            error(
                .expected("one variable-length relation from a named end to order", found: .keyword(.in)), at: clause.range,
                notes: [#"IN TIME ORDER orders the walk of a MATCH of that one relation, returning its ends and its path: MATCH ("Turkey")-[r*1..3]->(b) IN TIME ORDER RETURN b, r"#])
            return nil
        }
        if hasWalks, match.timeOrder != nil || (!prefersJoin && fitsWalkSearch(match)) {
            return planVariableLength(match, explain: explain)
        }
        // Bind variables: each node occurrence gets an entity alias, each relation a fact alias.
        var nodeAliases: [[TableAlias<EntityTable>]] = []
        var edgeAliases: [[TableAlias<FactTable>]] = []
        var nodeCount = 0
        var edgeCount = 0
        for pattern in match.patterns {
            var nodes: [TableAlias<EntityTable>] = []
            for node in pattern.nodes {
                if let variable = node.variable, let existing = bindings[variable.text] {
                    guard case .node(let entity) = existing else {
                        error(.variableReused(variable.text), at: variable.range)
                        nodes.append(.node(0))
                        continue
                    }
                    nodes.append(entity)
                    continue
                }
                nodeCount += 1
                let entity = TableAlias<EntityTable>.node(nodeCount)
                if let variable = node.variable { bindings[variable.text] = .node(entity) }
                nodes.append(entity)
            }
            nodeAliases.append(nodes)
            var edges: [TableAlias<FactTable>] = []
            var stretches: [PathBinding.Stretch] = []
            for (index, edge) in pattern.edges.enumerated() {
                edgeCount += 1
                let fact = TableAlias<FactTable>.fact(edgeCount)
                var binding = Binding.edge(fact)
                if Self.isVariableLength(edge) {
                    // A walk runs from the named end: against the pattern when only the right end is named.
                    let reversed = pattern.nodes[index].reference == nil && pattern.nodes[index + 1].reference != nil
                    let walk = TableAlias<WalkTable>.walk(edgeCount)
                    walkOfFact[fact] = (walk, reversed)
                    walkStarts[walk] = nodes[index]
                    binding = .walk(walk, reversed: reversed)
                    stretches.append(.walk(walk, reversed: reversed))
                } else {
                    stretches.append(.fact(fact))
                }
                if let variable = edge.variable {
                    if bindings[variable.text] != nil { error(.variableReused(variable.text), at: variable.range) }
                    bindings[variable.text] = binding
                } else if !edge.properties.isEmpty {
                    // An anonymous relation's property map is planned through a name no query can write.
                    bindings[Self.edgeName(edge).text] = binding
                }
                edges.append(fact)
            }
            edgeAliases.append(edges)
            if let path = pattern.pathVariable {
                if bindings[path.text] != nil { error(.variableReused(path.text), at: path.range) }
                bindings[path.text] = .path(PathBinding(start: nodes[0], stretches: stretches))
            }
        }
        let optionals = planOptionals(match, nodeCount: &nodeCount, edgeCount: &edgeCount)
        // The WHERE's conditions about a walk alone test its hops, inside its CTE.
        let walkNames = Set(match.patterns.flatMap(\.edges).filter(Self.isVariableLength).compactMap(\.variable?.text))
        let (joinFilter, walkConditions) = splitWalkConditions(match.filter, walkNames: walkNames)
        if let filter = joinFilter { noteNegation(in: filter) }
        for pattern in match.patterns {
            for edge in pattern.edges where !Self.isVariableLength(edge) {
                if let test = Self.propertyTest(edge.properties, on: Self.edgeName(edge)) {
                    noteNegation(in: test)
                }
            }
        }

        // WHERE first: it decides which joins the other clauses may use.
        allowsPatternPredicates = true
        patternScope = match.scope
        let filter = joinFilter.map { condition($0) }
        allowsPatternPredicates = false
        var conditions: [SQLFragment] = []
        var walks: [JoinedWalk] = []
        for (patternIndex, pattern) in match.patterns.enumerated() {
            for (index, node) in pattern.nodes.enumerated() {
                let entity = nodeAliases[patternIndex][index]
                if let reference = node.reference {
                    let id = resolve(reference)
                    conditions.append("\(entity[.id]) = \(bind: .integer(id?.id ?? -1))")
                }
                if let labels = labelCondition(node.labels, on: entity) { conditions.append(labels) }
                conditions += propertyConditions(node.properties, on: entity, of: node.variable)
            }
            for (index, edge) in pattern.edges.enumerated() {
                let fact = edgeAliases[patternIndex][index]
                if let (walk, reversed) = walkOfFact[fact] {
                    let origin = (reversed ? pattern.nodes[index + 1] : pattern.nodes[index]).reference.flatMap { resolve($0) }
                    var direction: HopDirection = edge.direction == .right ? .forward : edge.direction == .left ? .backward : .both
                    if reversed, direction != .both { direction = direction == .forward ? .backward : .forward }
                    walks.append(
                        JoinedWalk(
                            table: walk, hops: edge.hops ?? 1...1, direction: direction, origin: origin?.id,
                            hopFilter: joinedWalkFilter(edge, conditions: edge.variable.flatMap { walkConditions[$0.text] } ?? [], scope: match.scope),
                            maxExpansions: options.maxExpansions))
                    continue
                }
                if let test = Self.propertyTest(edge.properties, on: Self.edgeName(edge)) { conditions.append(condition(test)) }
                if let relation = relationCondition(edge.types, on: fact) { conditions.append(relation) }
                if edge.types.contains(where: { RelationClass(parsing: $0.text) != nil }) { predicateJoins.insert(fact) }
                conditions += defaultConditions(on: fact)
                conditions += scopeConditions(match.scope, on: fact)
            }
        }
        if let filter { conditions.append(filter) }

        // RETURN: output columns, and the SQL columns behind them.
        var selected: [SQLFragment] = []
        var outputs: [JoinPlan.Output] = []
        var columns: [String] = []
        var groupBy: [SQLFragment] = []
        var hasAggregate = false
        for item in match.returns.items {
            columns.append(item.alias?.text ?? source.slice(item.expression.range))
            if let path = returnedPath(item.expression) {
                outputs.append(path.nodes ? .nodes(start: selected.count, []) : .path([]))
                let start = selected.count
                if path.nodes {
                    selected.append("\(path.binding.start[.name])")
                    groupBy.append("\(path.binding.start[.name])")
                }
                let parts = pathParts(path.binding, selected: &selected, groupBy: &groupBy)
                outputs[outputs.count - 1] = path.nodes ? .nodes(start: start, parts) : .path(parts)
                continue
            }
            if case .variable(let name) = item.expression, case .edge(let fact)? = bindings[name.text] {
                let start = selected.count
                let hop: [SQLFragment] = [
                    "(SELECT name FROM entity WHERE id = \(fact[.subjectID]))", "\(fact[.predicate])",
                    "(SELECT name FROM entity WHERE id = \(fact[.objectID]))", DateRules.display(fact), "\(fact[.negated])",
                    "\(fact[.modality])",
                ]
                selected += hop
                groupBy += hop
                outputs.append(
                    .hop(subject: start, predicate: start + 1, object: start + 2, date: start + 3, negated: start + 4, modality: start + 5))
                continue
            }
            let value = value(item.expression)
            if item.expression.containsAggregate { hasAggregate = true } else { groupBy.append(value) }
            outputs.append(.value(selected.count))
            selected.append(value)
        }
        if match.returns.withEvidence {
            for (index, edges) in edgeAliases.enumerated() {
                for (position, fact) in edges.enumerated() {
                    if walkOfFact[fact] != nil {
                        let edge = match.patterns[index].edges[position]
                        error(
                            .expected("single-hop relations for WITH EVIDENCE", found: .symbol(.star)), at: edge.range,
                            notes: [#"a walk's evidence is each hop's: ask for it on a walk alone, MATCH ("Iran")-[r*1..2]->(b) RETURN b, r WITH EVIDENCE"#])
                        continue
                    }
                    articleJoins.insert(fact)
                    let start = selected.count
                    let evidence: [SQLFragment] = ["\(fact.articleRow[.title])", "\(fact.articleRow[.source])", "\(fact[.evidence])"]
                    selected += evidence
                    groupBy += evidence
                    outputs.append(.evidence(article: start, source: start + 1, sentence: start + 2))
                    let name = match.patterns[index].edges[position].variable?.text ?? fact.name.description
                    columns.append("evidence(\(name))")
                }
            }
        }
        // ORDER BY may name a column by its alias.
        var order: [SQLFragment] = []
        for item in match.order {
            if case .variable(let name) = item.expression,
                let column = match.returns.items.firstIndex(where: { $0.alias?.text == name.text }),
                case .value(let sqlColumn) = outputs[column]
            {
                order.append("\(SQLFunction.ordered("\(resultColumn: sqlColumn + 1)", descending: item.descending))")
            } else {
                order.append("\(SQLFunction.ordered(value(item.expression), descending: item.descending))")
            }
        }
        guard diagnostics.isEmpty else { return nil }

        // One row past the budget tells a query that returns too many from one that fits (a budget
        // of Int.max has no row past it).
        let statementLimit = options.statementLimit(match.limit)
        let plan = JoinPlan(
            distinct: match.returns.distinct, selections: selected,
            tables: fromClause(match: match, nodeAliases: nodeAliases, edgeAliases: edgeAliases) + optionals.flatMap(optionalTables),
            conditions: conditions,
            grouping: hasAggregate ? groupBy : [], ordering: order, statementLimit: statementLimit,
            rowBudget: options.rowLimit(match.limit), outputs: outputs, offset: match.skip?.count ?? 0, walks: walks)
        return CompiledQuery(plan: .join(plan), columns: columns, explain: explain)
    }

    /// `entity AS n1 JOIN fact AS f1 ON … JOIN entity AS n2 ON …`, with the extra joins clauses need.
    private func fromClause(
        match: MatchQuery, nodeAliases: [[TableAlias<EntityTable>]], edgeAliases: [[TableAlias<FactTable>]]
    ) -> [JoinedTable] {
        // Nodes whose entity the query names: their id is a bound constant.
        var namedNodes: Set<TableAlias<EntityTable>> = []
        for (patternIndex, pattern) in match.patterns.enumerated() {
            for (index, node) in pattern.nodes.enumerated() where node.reference != nil { namedNodes.insert(nodeAliases[patternIndex][index]) }
        }
        var tables: [JoinedTable] = []
        var joined: Set<TableAlias<EntityTable>> = []
        for (patternIndex, pattern) in match.patterns.enumerated() {
            let nodes = nodeAliases[patternIndex]
            if !joined.contains(nodes[0]) {
                tables.append(JoinedTable(kind: tables.isEmpty ? .first : .cross, table: "\(declaring: nodes[0])", condition: nil))
                joined.insert(nodes[0])
            }
            for (index, edge) in pattern.edges.enumerated() {
                let fact = edgeAliases[patternIndex][index]
                let left = nodes[index]
                let right = nodes[index + 1]
                if let (walk, reversed) = walkOfFact[fact] {
                    // The walk joins by the end it started from and the end it reached.
                    let (near, far): (SQLFragment, SQLFragment) = reversed ? ("\(walk[.node])", "\(walk[.origin])") : ("\(walk[.origin])", "\(walk[.node])")
                    var on: SQLFragment = "\(near) = \(left[.id]) AND \(walk[.depth]) >= \(bind: .integer(Int64(edge.hops?.lowerBound ?? 1)))"
                    if joined.contains(right) {
                        on += " AND \(far) = \(right[.id])"
                        tables.append(JoinedTable(kind: .inner, table: "\(walk)", condition: on))
                    } else {
                        tables.append(JoinedTable(kind: .inner, table: "\(walk)", condition: on))
                        tables.append(JoinedTable(kind: .inner, table: "\(declaring: right)", condition: "\(right[.id]) = \(far)"))
                        joined.insert(right)
                    }
                    continue
                }
                var factCondition: SQLFragment
                // Both ends named: the far end joins first, so the pair index finds the facts between them.
                var joinsBothEnds = false
                switch edge.direction {
                case .right:
                    factCondition = "\(fact[.subjectID]) = \(left[.id])"
                case .left:
                    factCondition = "\(fact[.objectID]) = \(left[.id])"
                case .either where namedNodes.contains(right) && !joined.contains(right):
                    tables.append(JoinedTable(kind: .inner, table: "\(declaring: right)", condition: "\(SQLFunction.alwaysTrue)"))
                    joined.insert(right)
                    joinsBothEnds = true
                    factCondition = """
                        ((\(fact[.subjectID]) = \(left[.id]) AND \(fact[.objectID]) = \(right[.id])) \
                        OR (\(fact[.subjectID]) = \(right[.id]) AND \(fact[.objectID]) = \(left[.id])))
                        """
                case .either:
                    factCondition = "(\(fact[.subjectID]) = \(left[.id]) OR \(fact[.objectID]) = \(left[.id]))"
                }
                let other: SQLFragment
                switch edge.direction {
                case .right: other = "\(fact[.objectID])"
                case .left: other = "\(fact[.subjectID])"
                case .either:
                    other = "CASE WHEN \(fact[.subjectID]) = \(left[.id]) THEN \(fact[.objectID]) ELSE \(fact[.subjectID]) END"
                }
                if joined.contains(right) {
                    if !joinsBothEnds { factCondition += " AND \(right[.id]) = \(other)" }
                    tables.append(JoinedTable(kind: .inner, table: "\(declaring: fact)", condition: factCondition))
                } else {
                    tables.append(JoinedTable(kind: .inner, table: "\(declaring: fact)", condition: factCondition))
                    tables.append(JoinedTable(kind: .inner, table: "\(declaring: right)", condition: "\(right[.id]) = \(other)"))
                    joined.insert(right)
                }
                if predicateJoins.contains(fact) {
                    let predicate = fact.predicateRow
                    tables.append(JoinedTable(kind: .inner, table: "\(declaring: predicate)", condition: "\(predicate[.name]) = \(fact[.predicate])"))
                }
                if articleJoins.contains(fact) {
                    let article = fact.articleRow
                    tables.append(JoinedTable(kind: .inner, table: "\(declaring: article)", condition: "\(article[.id]) = \(fact[.articleID])"))
                }
                if speakerJoins.contains(fact) {
                    let speaker = fact.speakerRow
                    tables.append(JoinedTable(kind: .leftOuter, table: "\(declaring: speaker)", condition: "\(speaker[.id]) = \(fact[.speakerID])"))
                }
            }
        }
        return tables
    }
}
