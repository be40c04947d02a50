import EntenteModel

extension Planner {
    /// Plans `PATHS | SHORTEST | ALL SHORTEST FROM a TO b … MAX n` as searches in Swift over
    /// indexed reads: the facts out of an entity, and the facts into it, each with the hop
    /// filters (not negated, asserted or reported, `VIA`, the scope, and the WHERE clause with
    /// `r` as each hop). SHORTEST and ALL SHORTEST search breadth first; PATHS walks depth first,
    /// shortest paths first, and stops at its LIMIT.
    mutating func plan(_ query: PathQuery, explain: Bool) -> CompiledQuery? {
        prefetchCandidates(of: [query.from.reference, query.to.reference].compactMap { $0 })
        let from = query.from.reference.flatMap { resolve($0) }
        let to = query.to.reference.flatMap { resolve($0) }
        if query.from.reference == nil { error(.expected("a named entity", found: .symbol(.rightParenthesis)), at: query.from.range) }
        if query.to.reference == nil { error(.expected("a named entity", found: .symbol(.rightParenthesis)), at: query.to.range) }
        refuseProperties(of: query.from)
        refuseProperties(of: query.to)
        bindings["r"] = .edge(.hop)
        if let filter = query.filter { noteNegation(in: filter) }
        if query.via.contains(where: { RelationClass(parsing: $0.text) != nil }) { predicateJoins.insert(.hop) }
        let hops = hopFilter(relations: query.via, scope: query.scope, filter: query.filter)
        guard diagnostics.isEmpty, let from, let to else { return nil }
        let limit = options.rowLimit(query.limit)
        let plan: QueryPlan
        if let clause = query.timeOrder {
            // Shortest paths in time order are the first paths of the time-ordered walk, which
            // goes shortest first; a breadth-first search keeps one way into each entity and
            // would lose the later-dated ways a time order may need.
            let shortest = query.selector == .shortest
            plan = .pathSearch(
                PathSearchPlan(
                    from: from.id, to: to.id, maxHops: query.maxHops, maxExpansions: options.maxExpansions, directed: query.directed,
                    hops: hops, withEvidence: query.withEvidence, limit: shortest ? 1 : limit,
                    limitIsBudget: options.budgetEnds(query.limit) && !shortest, timeOrder: TimeOrder(maxGapDays: clause.maxGapDays),
                    shortestOnly: query.selector == .allShortest))
        } else if query.selector == .all {
            plan = .pathSearch(
                PathSearchPlan(
                    from: from.id, to: to.id, maxHops: query.maxHops, maxExpansions: options.maxExpansions, directed: query.directed,
                    hops: hops, withEvidence: query.withEvidence, limit: limit, limitIsBudget: options.budgetEnds(query.limit)))
        } else {
            plan = .shortestPaths(
                ShortestPathPlan(
                    from: from.id, to: to.id, maxHops: query.maxHops, maxExpansions: options.maxExpansions, directed: query.directed,
                    allShortest: query.selector == .allShortest, hops: hops, withEvidence: query.withEvidence, limit: limit,
                    limitIsBudget: query.selector == .allShortest && options.budgetEnds(query.limit)))
        }
        return CompiledQuery(plan: plan, columns: ["path"], explain: explain)
    }
}
