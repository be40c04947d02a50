public import EntenteQuery

/// A store's way of running each strategy of a compiled query. The switch over the plans is
/// written once here, so a new strategy cannot be answered by one store and forgotten by another.
package protocol PlanExecution {
    func run(_ plan: JoinPlan) throws -> QueryResult
    func run(_ plan: UnionPlan) throws -> QueryResult
    func run(_ plan: PathSearchPlan) throws -> QueryResult
    func run(_ plan: WalkPlan) throws -> QueryResult
    func run(_ plan: ShortestPathPlan) throws -> QueryResult
    func run(_ plan: ReachPlan) throws -> QueryResult
}

extension PlanExecution {
    /// Runs a query that is not temporal: TIMELINE and DIFF have runs of their own.
    package func run(_ plan: QueryPlan) throws -> QueryResult {
        switch plan {
        case .join(let plan): return try run(plan)
        case .union(let plan): return try run(plan)
        case .pathSearch(let plan): return try run(plan)
        case .walk(let plan): return try run(plan)
        case .shortestPaths(let plan): return try run(plan)
        case .reach(let plan): return try run(plan)
        case .timeline, .diff: preconditionFailure("a temporal query runs through run(_: TimelinePlan) or run(_: DiffPlan)")
        }
    }
}
