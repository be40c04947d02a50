import EntenteModel

extension Planner {
    /// A pattern predicate in the WHERE of a MATCH, `NOT (a)-[:attacks]->()`, as
    /// `EXISTS (SELECT 1 FROM fact … WHERE …)`: its nodes are the MATCH's variables (the
    /// subquery is correlated through their ids) or anonymous, and its relations single hops with
    /// the filters of every relation (not negated, asserted or reported, the MATCH's scope).
    ///
    /// An anonymous node with nothing to test is no table at all: it is the end of the fact that
    /// reaches it, so `(a)-[:attacks]->()` reads only the facts out of `a` (`fact_by_subject`).
    mutating func existsCondition(_ pattern: QuerySyntax.Pattern, at range: Range<Int>) -> SQLFragment {
        guard allowsPatternPredicates else {
            error(.patternPredicateNotHere, at: range, notes: ["write it in the WHERE of a MATCH: MATCH (a)-[r]->(b) WHERE NOT (a)-[:attacks]->() RETURN a"])
            return "0"
        }
        patternPredicates += 1
        let base = patternPredicates * 1000
        var tables: [SQLFragment] = []
        var conditions: [SQLFragment] = []
        // What stands for each node's entity id, once known.
        var ends: [SQLFragment?] = []
        for (index, node) in pattern.nodes.enumerated() {
            var entity: TableAlias<EntityTable>?
            if let variable = node.variable {
                guard case .node(let bound)? = bindings[variable.text] else {
                    error(.patternPredicateNewVariable(variable.text), at: variable.range, notes: ["leave the node anonymous: ()"])
                    ends.append(nil)
                    continue
                }
                entity = bound
            } else if !node.labels.isEmpty || node.reference != nil || !node.properties.isEmpty {
                let declared = TableAlias<EntityTable>.node(base + index)
                tables.append("\(declaring: declared)")
                entity = declared
            }
            guard let entity else {
                ends.append(nil)
                continue
            }
            if let reference = node.reference { conditions.append("\(entity[.id]) = \(bind: .integer(resolve(reference)?.id ?? -1))") }
            if let labels = labelCondition(node.labels, on: entity) { conditions.append(labels) }
            conditions += propertyConditions(node.properties, on: entity, of: node.variable)
            ends.append("\(entity[.id])")
        }
        for (index, edge) in pattern.edges.enumerated() {
            if let variable = edge.variable {
                error(.patternPredicateNewVariable(variable.text), at: variable.range, notes: ["leave the relation anonymous: -[:attacks]->"])
            }
            if let hops = edge.hops, hops != 1...1 {
                error(
                    .expected("a single hop", found: .symbol(.star)), at: edge.range,
                    notes: ["a pattern predicate follows one fact per relation: write each hop, (a)-[:x]->()-[:y]->()"])
            }
            let fact = TableAlias<FactTable>.fact(base + index)
            var table: SQLFragment = "\(declaring: fact)"
            if let relation = relationCondition(edge.types, on: fact) { conditions.append(relation) }
            if edge.types.contains(where: { RelationClass(parsing: $0.text) != nil }) { predicateJoins.insert(fact) }
            // A property map, `()-[{negated: true}]->()`, planned as a WHERE on the fact would be.
            if let test = Self.propertyTest(edge.properties, on: Self.edgeName(edge)) {
                let name = Self.edgeName(edge).text
                bindings[name] = .edge(fact)
                noteNegation(in: test)
                conditions.append(condition(test))
                bindings[name] = nil
            }
            if predicateJoins.contains(fact) {
                table += " JOIN \(declaring: fact.predicateRow) ON \(fact.predicateRow[.name]) = \(fact[.predicate])"
            }
            if articleJoins.contains(fact) {
                table += " JOIN \(declaring: fact.articleRow) ON \(fact.articleRow[.id]) = \(fact[.articleID])"
            }
            if speakerJoins.contains(fact) {
                table += " LEFT JOIN \(declaring: fact.speakerRow) ON \(fact.speakerRow[.id]) = \(fact[.speakerID])"
            }
            tables.insert(table, at: index)
            conditions += defaultConditions(on: fact)
            conditions += scopeConditions(patternScope, on: fact)
            let subject: SQLFragment = "\(fact[.subjectID])"
            let object: SQLFragment = "\(fact[.objectID])"
            switch (edge.direction, ends[index], ends[index + 1]) {
            case (.either, let left?, let right?):
                conditions.append("((\(subject) = \(left) AND \(object) = \(right)) OR (\(subject) = \(right) AND \(object) = \(left)))")
            case (.either, let left?, nil):
                conditions.append("(\(subject) = \(left) OR \(object) = \(left))")
                ends[index + 1] = "CASE WHEN \(subject) = \(left) THEN \(object) ELSE \(subject) END"
            case (.either, nil, let right?):
                conditions.append("(\(subject) = \(right) OR \(object) = \(right))")
                ends[index] = "CASE WHEN \(subject) = \(right) THEN \(object) ELSE \(subject) END"
            case (.either, nil, nil):
                // Neither end is known: existence does not depend on which way the fact is read.
                ends[index] = subject
                ends[index + 1] = object
            case (let direction, let left, let right):
                let (near, far) = direction == .right ? (subject, object) : (object, subject)
                if let left { conditions.append("\(near) = \(left)") } else { ends[index] = near }
                if let right { conditions.append("\(far) = \(right)") } else { ends[index + 1] = far }
            }
        }
        if conditions.isEmpty { conditions.append("\(SQLFunction.alwaysTrue)") }
        return "EXISTS (SELECT 1 FROM \(tables.joined(separator: ", ")) WHERE \(conditions.joined(separator: " AND ")))"
    }
}
