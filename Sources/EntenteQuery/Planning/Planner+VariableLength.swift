import EntenteModel

extension Planner {
    /// Plans `MATCH (a "Name")-[r:types*min..max]->(b) RETURN …` as a search from the named end,
    /// keeping every entity reached in `min...max` hops: a breadth-first reach when the answer has
    /// entities only, an acyclic walk when it returns `r`, the path. A WHERE clause tests each hop
    /// as `r`, and the far end's labels and name filter where the walk may stop.
    /// What a returned or ordered expression of a variable-length MATCH is: an end (as a variable
    /// or its `name`) or the path; nil for anything else.
    func walkOutput(_ expression: Expression, edge: String, start: Name?, end: Name?, path: Name? = nil) -> WalkOutput? {
        switch expression {
        case .variable(let name) where name.text == path?.text: .path
        case .call(let function, _, let arguments, _) where function.text.lowercased() == "length" && arguments.count == 1:
            walkOutput(arguments[0], edge: edge, start: start, end: end, path: path) == .path ? .length : nil
        case .variable(let name) where name.text == edge: .path
        case .variable(let name) where name.text == start?.text: .start
        case .variable(let name) where name.text == end?.text: .end
        case .property(let variable, let property) where property.text.lowercased() == "name" && variable.text == start?.text: .start
        case .property(let variable, let property) where property.text.lowercased() == "name" && variable.text == end?.text: .end
        default: nil
        }
    }

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
        if let optional = match.optionals.first {
            error(
                .expected("no OPTIONAL MATCH", found: .identifier("OPTIONAL")), at: optional.range,
                notes: ["a variable-length MATCH is a search from its named end; OPTIONAL MATCH extends a MATCH of single hops"])
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
        if let variable = start.variable { bindings[variable.text] = .node(.walkStart) }
        if let variable = end.variable { bindings[variable.text] = .node(.walkEnd) }
        let edgeVariable = edge.variable?.text ?? "r"
        bindings[edgeVariable] = .edge(.hop)
        if let filter = match.filter { noteNegation(in: filter) }
        if edge.types.contains(where: { RelationClass(parsing: $0.text) != nil }) { predicateJoins.insert(.hop) }
        let hopFilter = hopFilter(relations: edge.types, scope: match.scope, filter: match.filter)
        refuseProperties(of: start)
        let endConditions = [labelCondition(end.labels, on: .reached)].compactMap { $0 }
            + propertyConditions(end.properties, on: .reached, of: end.variable)
        let endLabels = endConditions.isEmpty ? SQLFragment() : endConditions.joined(separator: " AND ")

        // Outputs: node variables give names, the relation variable gives the path.
        var outputs: [WalkOutput] = []
        var columns: [String] = []
        for item in match.returns.items {
            columns.append(item.alias?.text ?? source.slice(item.expression.range))
            if let output = walkOutput(item.expression, edge: edgeVariable, start: start.variable, end: end.variable, path: pattern.pathVariable) {
                outputs.append(output)
            } else {
                error(
                    .expected("a node, its name or the relation variable", found: .identifier(source.slice(item.expression.range))),
                    at: item.expression.range, notes: ["a variable-length MATCH returns its nodes (or their names), its path and length(path)"])
            }
        }
        // ORDER BY names returned columns: by alias, or as they are returned (`b`, `b.name`, `r`).
        var order: [WalkOrder] = []
        for item in match.order {
            let column: Int?
            if case .variable(let name) = item.expression, let aliased = match.returns.items.firstIndex(where: { $0.alias?.text == name.text }) {
                column = aliased
            } else if let output = walkOutput(item.expression, edge: edgeVariable, start: start.variable, end: end.variable, path: pattern.pathVariable) {
                column = outputs.firstIndex(of: output)
            } else {
                column = nil
            }
            guard let column else {
                error(
                    .expected("a returned column", found: .identifier(source.slice(item.expression.range))), at: item.expression.range,
                    notes: ["a variable-length MATCH orders by what it returns; return it first"])
                continue
            }
            order.append(WalkOrder(column: column, descending: item.descending))
        }
        guard diagnostics.isEmpty, let origin else { return nil }
        let walkDirection: HopDirection = direction == .right ? .forward : direction == .left ? .backward : .both
        let walkEnd = WalkEnd(labels: endLabels, target: endTarget?.id)
        let limit = options.rowLimit(match.limit)
        let limitIsBudget = options.budgetEnds(match.limit)
        // Without the path in the answer, reachability is enough: each entity entered once rather
        // than every acyclic path, which is far cheaper around well-connected entities. In time
        // order an entity may be reached too early on one path and in time on another, so every
        // path is walked.
        guard outputs.contains(.path) || outputs.contains(.length) || match.timeOrder != nil else {
            let plan = ReachPlan(
                origin: origin.id, originName: origin.name, hops: hops, direction: walkDirection, maxExpansions: options.maxExpansions,
                hopFilter: hopFilter, end: walkEnd, outputs: outputs, limit: limit, limitIsBudget: limitIsBudget, order: order,
                skip: match.skip?.count ?? 0)
            return CompiledQuery(plan: .reach(plan), columns: columns, explain: explain)
        }
        var plan = WalkPlan(
            origin: origin.id, originName: origin.name, hops: hops, direction: walkDirection, maxExpansions: options.maxExpansions,
            hopFilter: hopFilter, end: walkEnd, outputs: outputs, withEvidence: match.returns.withEvidence, limit: limit,
            limitIsBudget: limitIsBudget, order: order,
            skip: match.skip?.count ?? 0)
        plan.timeOrder = match.timeOrder.map { TimeOrder(maxGapDays: $0.maxGapDays) }
        return CompiledQuery(plan: .walk(plan), columns: columns, explain: explain)
    }
}
