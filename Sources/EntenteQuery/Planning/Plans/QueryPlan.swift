/// What the planner decided a query does, before any SQL is written: one case per strategy,
/// each with the fields that strategy needs and no others. A `SQLDialect` writes its statements;
/// a store runs it.
public enum QueryPlan: Sendable, Equatable {
    /// One SELECT joining a fact per relation of the pattern.
    case join(JoinPlan)
    /// Several MATCHes as one compound SELECT (UNION, UNION ALL).
    case union(UnionPlan)
    /// SHORTEST and ALL SHORTEST: breadth-first search for the shortest paths.
    case shortestPaths(ShortestPathPlan)
    /// PATHS: every acyclic path, shortest first, stopping at the LIMIT.
    case pathSearch(PathSearchPlan)
    /// A variable-length MATCH that returns entities: the entities within reach.
    case reach(ReachPlan)
    /// A variable-length MATCH that returns its path: every acyclic walk.
    case walk(WalkPlan)
    /// TIMELINE: facts between two entities per period.
    case timeline(TimelinePlan)
    /// DIFF: relations of two periods compared.
    case diff(DiffPlan)

    /// The strategy, as EXPLAIN names it.
    public var strategy: Strategy {
        switch self {
        case .join(let plan): plan.walks.isEmpty ? .join : .joinWithWalks
        case .union: .union
        case .shortestPaths: .frontier
        case .pathSearch(let plan): plan.timeOrder == nil ? .pathSearch : .timeOrderedPathSearch
        case .reach: .reach
        case .walk: .variableLength
        case .timeline: .timeline
        case .diff: .diff
        }
    }

    /// How a query is answered, in the words EXPLAIN prints.
    public enum Strategy: String, Sendable, Equatable {
        /// One SELECT joining a fact per relation of the pattern.
        case join = "join: one fact row per relation of the pattern"
        /// The join, with a recursive CTE per variable-length relation.
        case joinWithWalks =
            "join: one fact row per single-hop relation, and per variable-length relation a recursive CTE of its acyclic walks (from its named end if any, depth-bounded, LIMIT at the expansion budget), one row per walk"
        /// The parts' SELECTs as one compound SELECT.
        case union = "union: one compound SELECT of each part's join, repeated rows removed unless UNION ALL"
        /// Every acyclic path by a depth-first search in Swift, shortest first, stopping at the LIMIT.
        case pathSearch =
            "path search: distances to the end by breadth-first search, then a depth-first walk from the start, shortest paths first, one indexed query per entity entered, stopping at the LIMIT"
        /// The path search with each hop dated on or after the one before (`IN TIME ORDER`).
        case timeOrderedPathSearch =
            "time-ordered path search: distances to the end by breadth-first search, then a depth-first walk from the start, shortest paths first, keeping the dated facts of each step that may follow the hop before (on or after it, within the gap), stopping at the LIMIT"
        /// Breadth-first search in Swift, one indexed query per level, for shortest paths.
        case frontier = "frontier search: breadth-first from the start entity, one indexed query per level, stops at the first level that reaches the end"
        /// The frontier search without an end, for a variable-length MATCH that returns entities, not paths.
        case reach = "frontier search: breadth-first from the named end, one indexed query per level, each entity visited once"
        /// The walk of a variable-length MATCH that returns its path.
        case variableLength = "recursive CTE: variable-length walk from the named end, depth-bounded and acyclic"
        /// Facts between two entities bucketed by period (see `entente timeline`).
        case timeline = "timeline: the dated facts between two entities, one indexed read, counted per period in Swift"
        /// Relations of two periods compared (see `entente diff`).
        case diff = "diff: the relations of each period, one grouped read each, compared in Swift"
    }
}
