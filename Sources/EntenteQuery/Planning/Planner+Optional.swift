import EntenteModel

/// One OPTIONAL MATCH as the planner joins it: its fact, the bound entity it starts from, the
/// entity at the other end (new or bound), and every condition of the clause, which go in the ON
/// of one LEFT JOIN so that the clause matches whole or leaves NULLs.
/// An OPTIONAL MATCH as planned: one relation, or a chain of several.
enum OptionalClause {
    case single(OptionalJoin)
    case chain(OptionalChain)
}

struct OptionalJoin {
    var fact: TableAlias<FactTable>
    var near: TableAlias<EntityTable>
    var far: TableAlias<EntityTable>
    var farIsNew: Bool
    var direction: EdgePattern.Direction
    var conditions: [SQLFragment]
    /// The conditions on a new far end (labels, name, properties), on `far`.
    var farConditions: [SQLFragment]
    /// The clause's WHERE, which may name the new far end.
    var filter: SQLFragment?
}

extension Planner {
    /// Binds and plans the OPTIONAL MATCH clauses of a MATCH, after its own patterns: each is one
    /// relation from a variable the MATCH binds (either end) to a new or bound node.
    mutating func planOptionals(_ match: MatchQuery, nodeCount: inout Int, edgeCount: inout Int) -> [OptionalClause] {
        var joins: [OptionalClause] = []
        for clause in match.optionals {
            let pattern = clause.pattern
            if let walk = pattern.edges.first(where: Self.isVariableLength) {
                error(
                    .expected("relations of one hop", found: .symbol(.star)), at: walk.range,
                    notes: ["an OPTIONAL MATCH follows single hops: write them out, (a)-[:x]->(b)-[:y]->(c)"])
                continue
            }
            if let path = pattern.pathVariable {
                error(
                    .expected("no path variable", found: .identifier(path.text)), at: path.range,
                    notes: ["an OPTIONAL MATCH binds its nodes and relations: return those"])
                continue
            }
            guard pattern.edges.count == 1 else {
                if let chain = planOptionalChain(clause, scope: match.scope, nodeCount: &nodeCount, edgeCount: &edgeCount) {
                    joins.append(.chain(chain))
                }
                continue
            }
            var (nearNode, farNode) = (pattern.nodes[0], pattern.nodes[1])
            var direction = pattern.edges[0].direction
            func bound(_ node: NodePattern) -> TableAlias<EntityTable>? {
                guard let variable = node.variable, case .node(let entity)? = bindings[variable.text] else { return nil }
                return entity
            }
            if bound(nearNode) == nil, bound(farNode) != nil {
                // Start from the bound end, against the arrow.
                (nearNode, farNode) = (farNode, nearNode)
                direction = direction == .right ? .left : direction == .left ? .right : .either
            }
            guard let near = bound(nearNode) else {
                error(
                    .expected("a variable of the MATCH at one end", found: .symbol(.leftParenthesis)), at: pattern.nodes[0].range,
                    notes: ["an OPTIONAL MATCH extends the rows of the MATCH: start it from one of its variables, (a)-[r]->(x)"])
                continue
            }
            let far: TableAlias<EntityTable>
            let farIsNew: Bool
            if let existing = bound(farNode) {
                (far, farIsNew) = (existing, false)
            } else {
                if let variable = farNode.variable, bindings[variable.text] != nil {
                    error(.variableReused(variable.text), at: variable.range)
                    continue
                }
                nodeCount += 1
                far = .node(nodeCount)
                farIsNew = true
                if let variable = farNode.variable { bindings[variable.text] = .node(far) }
            }
            edgeCount += 1
            let fact = TableAlias<FactTable>.fact(edgeCount)
            let edge = pattern.edges[0]
            if let variable = edge.variable {
                if bindings[variable.text] != nil { error(.variableReused(variable.text), at: variable.range) }
                bindings[variable.text] = .edge(fact)
            } else if !edge.properties.isEmpty {
                bindings[Self.edgeName(edge).text] = .edge(fact)
            }
            if let filter = clause.filter { noteNegation(in: filter) }
            let propertyTest = Self.propertyTest(edge.properties, on: Self.edgeName(edge))
            if let propertyTest { noteNegation(in: propertyTest) }
            var conditions: [SQLFragment] = []
            var farConditions: [SQLFragment] = []
            for (node, entity, isFar) in [(nearNode, near, false), (farNode, far, farIsNew)] {
                var nodeConditions: [SQLFragment] = []
                if let reference = node.reference { nodeConditions.append("\(entity[.id]) = \(bind: .integer(resolve(reference)?.id ?? -1))") }
                if let labels = labelCondition(node.labels, on: entity) { nodeConditions.append(labels) }
                nodeConditions += propertyConditions(node.properties, on: entity, of: node.variable)
                if isFar { farConditions += nodeConditions } else { conditions += nodeConditions }
            }
            if let relation = relationCondition(edge.types, on: fact) { conditions.append(relation) }
            if edge.types.contains(where: { RelationClass(parsing: $0.text) != nil }) { predicateJoins.insert(fact) }
            if let propertyTest { conditions.append(condition(propertyTest)) }
            conditions += defaultConditions(on: fact)
            conditions += scopeConditions(match.scope, on: fact)
            var filter: SQLFragment?
            if let clause = clause.filter {
                allowsPatternPredicates = true
                filter = condition(clause)
                allowsPatternPredicates = false
            }
            joins.append(.single(
                OptionalJoin(
                    fact: fact, near: near, far: far, farIsNew: farIsNew, direction: direction, conditions: conditions,
                    farConditions: farConditions, filter: filter)))
        }
        return joins
    }

    /// An OPTIONAL MATCH as LEFT JOINs that match whole or leave NULLs. The usual form is two:
    /// `LEFT JOIN fact AS f2 ON <from the bound end> AND <every condition>` found by the fact's
    /// subject or object index, then `LEFT JOIN entity AS n3 ON n3.id = <its other end>`, with the
    /// new end's own conditions tested in the first ON through `EXISTS`. When the fact needs rows
    /// beside it (its predicate's class, its article, its speaker), the fact and those rows are one
    /// parenthesised group, whose inner ON names only its own tables.
    func optionalTables(_ clause: OptionalClause) -> [JoinedTable] {
        switch clause {
        case .single(let join): optionalTables(join)
        case .chain(let chain): optionalTables(chain)
        }
    }

    private func optionalTables(_ join: OptionalJoin) -> [JoinedTable] {
        let fact = join.fact
        let subject: SQLFragment = "\(fact[.subjectID])"
        let object: SQLFragment = "\(fact[.objectID])"
        let near: SQLFragment = "\(join.near[.id])"
        let far: SQLFragment = "\(join.far[.id])"
        let farEnd: SQLFragment = switch join.direction {
        case .right: object
        case .left: subject
        case .either: "CASE WHEN \(subject) = \(near) THEN \(object) ELSE \(subject) END"
        }
        var tie: SQLFragment
        switch (join.direction, join.farIsNew) {
        case (.right, true): tie = "\(subject) = \(near)"
        case (.left, true): tie = "\(object) = \(near)"
        case (.either, true): tie = "(\(subject) = \(near) OR \(object) = \(near))"
        case (.right, false): tie = "\(subject) = \(near) AND \(object) = \(far)"
        case (.left, false): tie = "\(object) = \(near) AND \(subject) = \(far)"
        case (.either, false): tie = "((\(subject) = \(near) AND \(object) = \(far)) OR (\(object) = \(near) AND \(subject) = \(far)))"
        }
        for condition in join.conditions { tie += " AND \(condition)" }
        // What names the new end (its own conditions, and the WHERE, which may) is tested inside
        // EXISTS, where its alias, declared again, stands for the entity the fact reaches: the ON
        // of the fact cannot name a table joined after it.
        let named = join.farIsNew ? join.farConditions + (join.filter.map { [$0] } ?? []) : []
        if !join.farIsNew, let filter = join.filter { tie += " AND \(filter)" }
        if !named.isEmpty {
            tie += " AND EXISTS (SELECT 1 FROM \(declaring: join.far) WHERE \(far) = \(farEnd) AND \(named.joined(separator: " AND ")))"
        }
        var group: SQLFragment = "\(declaring: fact)"
        let grouped = predicateJoins.contains(fact) || articleJoins.contains(fact) || speakerJoins.contains(fact)
        if predicateJoins.contains(fact) {
            group += " JOIN \(declaring: fact.predicateRow) ON \(fact.predicateRow[.name]) = \(fact[.predicate])"
        }
        if articleJoins.contains(fact) {
            group += " JOIN \(declaring: fact.articleRow) ON \(fact.articleRow[.id]) = \(fact[.articleID])"
        }
        if speakerJoins.contains(fact) {
            group += " LEFT JOIN \(declaring: fact.speakerRow) ON \(fact.speakerRow[.id]) = \(fact[.speakerID])"
        }
        var tables = [JoinedTable(kind: .leftOuter, table: grouped ? "(\(group))" : group, condition: tie)]
        if join.farIsNew {
            tables.append(JoinedTable(kind: .leftOuter, table: "\(declaring: join.far)", condition: "\(far) = \(farEnd)"))
        }
        return tables
    }
}
