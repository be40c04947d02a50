import EntenteModel

/// An OPTIONAL MATCH of several relations, `(a)-[r:supports]->(b)-[s:arms]->(c)`, as the planner
/// joins it: from a bound end, a fact and an entity per step, each LEFT JOINed only where the
/// whole rest of the chain can follow (an `EXISTS` in its ON), so a row either gets a complete
/// match of the clause or NULL for all its new variables, as Cypher's OPTIONAL MATCH does.
struct OptionalChain {
    /// One step: a fact from the entity before to the next.
    struct Step {
        var fact: TableAlias<FactTable>
        var direction: EdgePattern.Direction
        /// The entity the step reaches.
        var entity: TableAlias<EntityTable>
        /// True when the clause binds it; false for a variable the MATCH (or an earlier step) bound.
        var isNew: Bool
    }

    /// The bound entity the chain starts from.
    var start: TableAlias<EntityTable>
    var steps: [Step]
    /// Every condition of the clause: nodes, relations, the defaults, the scope, its WHERE.
    var conditions: [SQLFragment]
}

extension Planner {
    /// Binds and plans an OPTIONAL MATCH of several single-hop relations, from whichever end the
    /// MATCH binds (the pattern is read backwards when only its last node is bound).
    mutating func planOptionalChain(_ clause: OptionalMatch, scope: DateScope?, nodeCount: inout Int, edgeCount: inout Int) -> OptionalChain? {
        var nodes = clause.pattern.nodes
        var edges = clause.pattern.edges
        func bound(_ node: NodePattern) -> TableAlias<EntityTable>? {
            guard let variable = node.variable, case .node(let entity)? = bindings[variable.text] else { return nil }
            return entity
        }
        if bound(nodes[0]) == nil, bound(nodes[nodes.count - 1]) != nil {
            nodes.reverse()
            edges = edges.reversed().map { edge in
                var flipped = edge
                flipped.direction = edge.direction == .right ? .left : edge.direction == .left ? .right : .either
                return flipped
            }
        }
        guard let start = bound(nodes[0]) else {
            error(
                .expected("a variable of the MATCH at one end", found: .symbol(.leftParenthesis)), at: clause.pattern.nodes[0].range,
                notes: ["an OPTIONAL MATCH extends the rows of the MATCH: start it from one of its variables, (a)-[r]->(x)-[s]->(y)"])
            return nil
        }
        var steps: [OptionalChain.Step] = []
        var conditions: [SQLFragment] = []
        var entities = [start]
        for (index, edge) in edges.enumerated() {
            let node = nodes[index + 1]
            let entity: TableAlias<EntityTable>
            var isNew = false
            if let existing = bound(node) {
                entity = existing
            } else {
                if let variable = node.variable, bindings[variable.text] != nil {
                    error(.variableReused(variable.text), at: variable.range)
                    return nil
                }
                nodeCount += 1
                entity = .node(nodeCount)
                isNew = true
                if let variable = node.variable { bindings[variable.text] = .node(entity) }
            }
            entities.append(entity)
            edgeCount += 1
            let fact = TableAlias<FactTable>.fact(edgeCount)
            if let variable = edge.variable {
                if bindings[variable.text] != nil { error(.variableReused(variable.text), at: variable.range) }
                bindings[variable.text] = .edge(fact)
            } else if !edge.properties.isEmpty {
                bindings[Self.edgeName(edge).text] = .edge(fact)
            }
            steps.append(OptionalChain.Step(fact: fact, direction: edge.direction, entity: entity, isNew: isNew))
        }
        var tests = clause.filter.map { [$0] } ?? []
        for edge in edges { if let test = Self.propertyTest(edge.properties, on: Self.edgeName(edge)) { tests.append(test) } }
        for test in tests { noteNegation(in: test) }
        for (node, entity) in zip(nodes, entities) {
            if let reference = node.reference { conditions.append("\(entity[.id]) = \(bind: .integer(resolve(reference)?.id ?? -1))") }
            if let labels = labelCondition(node.labels, on: entity) { conditions.append(labels) }
            conditions += propertyConditions(node.properties, on: entity, of: node.variable)
        }
        for (edge, step) in zip(edges, steps) {
            if let relation = relationCondition(edge.types, on: step.fact) { conditions.append(relation) }
            if edge.types.contains(where: { RelationClass(parsing: $0.text) != nil }) { predicateJoins.insert(step.fact) }
            conditions += defaultConditions(on: step.fact)
            conditions += scopeConditions(scope, on: step.fact)
        }
        allowsPatternPredicates = true
        for test in tests { conditions.append(condition(test)) }
        allowsPatternPredicates = false
        return OptionalChain(start: start, steps: steps, conditions: conditions)
    }

    /// The LEFT JOINs of a chain: per step, the fact where its link to the entity before holds
    /// and `EXISTS` the rest of the chain with every condition of the clause (its later tables
    /// declared again inside, where their aliases stand for the rows that would follow), then the
    /// entity it reaches.
    func optionalTables(_ chain: OptionalChain) -> [JoinedTable] {
        var tables: [JoinedTable] = []
        var near = chain.start
        for (index, step) in chain.steps.enumerated() {
            var on = Self.link(step, from: near)
            if !step.isNew { on += " AND \(step.entity[.id]) = \(Self.farEnd(step, from: near))" }
            // The rest of the chain, from this step's entity on, declared again inside EXISTS.
            var rest: [SQLFragment] = []
            var restConditions: [SQLFragment] = []
            if step.isNew {
                rest.append("\(declaring: step.entity)")
                restConditions.append("\(step.entity[.id]) = \(Self.farEnd(step, from: near))")
            }
            var before = step.entity
            for later in chain.steps[(index + 1)...] {
                rest.append("\(declaring: later.fact)\(rowsBeside(later.fact))")
                restConditions.append(Self.link(later, from: before))
                if later.isNew {
                    rest.append("\(declaring: later.entity)")
                    restConditions.append("\(later.entity[.id]) = \(Self.farEnd(later, from: before))")
                } else {
                    restConditions.append("\(later.entity[.id]) = \(Self.farEnd(later, from: before))")
                }
                before = later.entity
            }
            let all = restConditions + chain.conditions
            if rest.isEmpty {
                on += " AND \(all.joined(separator: " AND "))"
            } else {
                on += " AND EXISTS (SELECT 1 FROM \(rest.joined(separator: " CROSS JOIN ")) WHERE \(all.joined(separator: " AND ")))"
            }
            let beside = rowsBeside(step.fact)
            tables.append(JoinedTable(kind: .leftOuter, table: beside.isEmpty ? "\(declaring: step.fact)" : "(\(declaring: step.fact)\(beside))", condition: on))
            if step.isNew {
                tables.append(JoinedTable(kind: .leftOuter, table: "\(declaring: step.entity)", condition: "\(step.entity[.id]) = \(Self.farEnd(step, from: near))"))
            }
            near = step.entity
        }
        return tables
    }

    /// The rows beside a fact its clauses read, as joins after it.
    private func rowsBeside(_ fact: TableAlias<FactTable>) -> SQLFragment {
        var sql = SQLFragment()
        if predicateJoins.contains(fact) { sql += " JOIN \(declaring: fact.predicateRow) ON \(fact.predicateRow[.name]) = \(fact[.predicate])" }
        if articleJoins.contains(fact) { sql += " JOIN \(declaring: fact.articleRow) ON \(fact.articleRow[.id]) = \(fact[.articleID])" }
        if speakerJoins.contains(fact) { sql += " LEFT JOIN \(declaring: fact.speakerRow) ON \(fact.speakerRow[.id]) = \(fact[.speakerID])" }
        return sql
    }

    /// A step's fact touches the entity before it.
    private static func link(_ step: OptionalChain.Step, from near: TableAlias<EntityTable>) -> SQLFragment {
        let fact = step.fact
        switch step.direction {
        case .right: return "\(fact[.subjectID]) = \(near[.id])"
        case .left: return "\(fact[.objectID]) = \(near[.id])"
        case .either: return "(\(fact[.subjectID]) = \(near[.id]) OR \(fact[.objectID]) = \(near[.id]))"
        }
    }

    /// The end of a step's fact away from the entity before it.
    private static func farEnd(_ step: OptionalChain.Step, from near: TableAlias<EntityTable>) -> SQLFragment {
        let fact = step.fact
        switch step.direction {
        case .right: return "\(fact[.objectID])"
        case .left: return "\(fact[.subjectID])"
        case .either: return "CASE WHEN \(fact[.subjectID]) = \(near[.id]) THEN \(fact[.objectID]) ELSE \(fact[.subjectID]) END"
        }
    }
}
