import EntenteModel

extension Planner {
    /// Plans `MATCH p = shortestPath((a "A")-[:types*1..n]-(b "B")) RETURN …` (and
    /// `allShortestPaths`) as SHORTEST and ALL SHORTEST do: a breadth-first search between the two
    /// named ends, each hop passing the relation types, the scope and the WHERE (with the relation
    /// variable as each hop). It returns the ends, the path and `length(p)`.
    mutating func planShortestMatch(_ match: MatchQuery, explain: Bool) -> CompiledQuery? {
        guard match.patterns.count == 1, let pattern = match.patterns.first, let shortest = pattern.shortest,
            pattern.edges.count == 1, let edge = pattern.edges.first
        else {
            let range = match.patterns.compactMap(\.shortest).first?.range ?? 0..<0
            error(
                .expected("one pattern of one relation", found: .identifier("shortestPath")), at: range,
                notes: [#"shortestPath joins two named entities by one variable-length relation: shortestPath((a "Iran")-[*..4]-(b "Syria"))"#])
            return nil
        }
        let hops = edge.hops ?? 1...1
        if hops.lowerBound > 1 {
            error(
                .expected("a lower bound of 0 or 1", found: .integer(hops.lowerBound)), at: edge.range,
                notes: ["a shortest path is as short as it can be: write *..\(hops.upperBound) or *1..\(hops.upperBound)"])
        }
        var (start, end) = (pattern.nodes[0], pattern.nodes[1])
        if edge.direction == .left { (start, end) = (end, start) }
        for node in [start, end] where node.reference == nil || !node.labels.isEmpty || !node.properties.isEmpty {
            error(
                .expected("a named entity", found: .symbol(.leftParenthesis)), at: node.range,
                notes: [#"a shortest path joins two named entities: (a "Iran") or (a {name: "Iran"}), without labels"#])
        }
        if let optional = match.optionals.first { error(.expected("no OPTIONAL MATCH", found: .identifier("OPTIONAL")), at: optional.range) }
        let from = start.reference.flatMap { resolve($0) }
        let to = end.reference.flatMap { resolve($0) }
        let edgeVariable = edge.variable?.text ?? "r"
        bindings[edgeVariable] = .edge(.hop)
        if let filter = match.filter { noteNegation(in: filter) }
        if edge.types.contains(where: { RelationClass(parsing: $0.text) != nil }) { predicateJoins.insert(.hop) }
        let hopFilter = hopFilter(relations: edge.types, scope: match.scope, filter: match.filter)
        var outputs: [WalkOutput] = []
        var columns: [String] = []
        for item in match.returns.items {
            columns.append(item.alias?.text ?? source.slice(item.expression.range))
            guard
                let output = walkOutput(
                    item.expression, edge: edgeVariable, start: pattern.nodes[0].variable, end: pattern.nodes[1].variable,
                    path: pattern.pathVariable)
            else {
                error(
                    .expected("an end, the path or length(path)", found: .identifier(source.slice(item.expression.range))),
                    at: item.expression.range, notes: ["a shortest path returns its ends, its path and its length"])
                continue
            }
            // The nodes as written, whichever way the search goes.
            let asWritten: WalkOutput = switch output {
            case .start where edge.direction == .left: .end
            case .end where edge.direction == .left: .start
            default: output
            }
            outputs.append(asWritten)
        }
        if let first = match.order.first {
            error(.expected("no ORDER BY", found: .keyword(.order)), at: first.expression.range,
                  notes: ["shortest paths come as the search finds them; LIMIT keeps the first"])
        }
        guard diagnostics.isEmpty, let from, let to else { return nil }
        let limit = shortest.all ? options.rowLimit(match.limit) : 1
        var plan = ShortestPathPlan(
            from: from.id, to: to.id, maxHops: hops.upperBound, maxExpansions: options.maxExpansions, directed: edge.direction != .either,
            allShortest: shortest.all, hops: hopFilter, withEvidence: match.returns.withEvidence, limit: limit,
            limitIsBudget: shortest.all && options.budgetEnds(match.limit))
        plan.outputs = outputs
        plan.endNames = [from.name, to.name]
        return CompiledQuery(plan: .shortestPaths(plan), columns: columns, explain: explain)
    }
}
