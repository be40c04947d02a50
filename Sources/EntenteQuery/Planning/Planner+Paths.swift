import EntenteModel

extension Planner {
    /// Plans `PATHS | SHORTEST | ALL SHORTEST FROM a TO b … MAX n` as searches in Swift over
    /// indexed lookups: one query gives the facts out of an entity, one the facts into it, each
    /// with the hop filters (not negated, asserted or reported, `VIA`, the scope, and the WHERE
    /// clause with `r` as each hop). SHORTEST and ALL SHORTEST search breadth first; PATHS walks
    /// depth first, shortest paths first, and stops at its LIMIT.
    mutating func plan(_ query: PathQuery, explain: Bool) -> CompiledQuery? {
        let from = query.from.reference.flatMap { resolve($0) }
        let to = query.to.reference.flatMap { resolve($0) }
        if query.from.reference == nil { error(.expected("a named entity", found: .symbol(.rightParenthesis)), at: query.from.range) }
        if query.to.reference == nil { error(.expected("a named entity", found: .symbol(.rightParenthesis)), at: query.to.range) }
        bindings["r"] = .edge(alias: "f", index: 1)
        if let filter = query.filter { noteNegation(in: filter) }
        let usesClass = query.via.contains { RelationClass(parsing: $0.text) != nil }
        if usesClass { predicateJoins.insert("f") }
        let filters = hopFilters(relations: query.via, scope: query.scope, filter: query.filter)
        guard diagnostics.isEmpty, let from, let to else { return nil }
        // Facts out of an entity; and into it: the second direction of an undirected search, and
        // how a search from the end walks back along directed facts. A path search also reads the
        // predicate, to take parallel facts of one relation as one step.
        let enumerates = query.selector == .all
        let out = frontierSQL("subject_id", filters: filters, withPredicate: enumerates)
        let into = frontierSQL("object_id", filters: filters, withPredicate: enumerates)
        var compiled = CompiledQuery(
            sql: out.text, arguments: out.arguments, columns: ["path"], outputs: [.path(1)],
            strategy: enumerates ? .pathSearch : .frontier, pathSelection: query.selector, withEvidence: query.withEvidence,
            explain: explain, limit: query.limit.map { min($0, options.maxRows) } ?? options.maxRows)
        compiled.limitIsBudget = query.limit == nil
        compiled.reverseSQL = into.text
        compiled.reverseArguments = into.arguments
        compiled.frontier = .init(from: from.id, to: to.id, maxHops: query.maxHops, maxExpansions: options.maxExpansions)
        compiled.frontier?.directed = query.directed
        compiled.frontier?.traversal = traversalFilter(relations: query.via, scope: query.scope, filter: query.filter)
        if enumerates { compiled.expansionBudget = options.maxExpansions }
        return compiled
    }
}
