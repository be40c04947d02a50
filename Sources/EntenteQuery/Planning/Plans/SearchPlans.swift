/// SHORTEST or ALL SHORTEST: breadth-first search between two entities, one indexed read per
/// level and direction, stopping at the first level that reaches the end.
public struct ShortestPathPlan: Sendable, Equatable {
    /// The entities the paths join.
    public var from: Int64
    /// The entity the paths end at.
    public var to: Int64
    /// The most hops a path may have.
    public var maxHops: Int
    /// Facts the search may read before it is stopped.
    public var maxExpansions: Int
    /// Follow facts from subject to object only.
    public var directed: Bool
    /// ALL SHORTEST rather than SHORTEST (one path).
    public var allShortest: Bool
    /// What every hop satisfies.
    public var hops: HopFilter
    /// Each hop with its article and sentence.
    public var withEvidence: Bool
    /// Paths the answer may have.
    public var limit: Int
    /// True when `limit` is the row budget rather than the query's LIMIT (ALL SHORTEST only), so
    /// that finding more paths than it is an error rather than the end of the answer.
    public var limitIsBudget = false
    /// The output columns (`MATCH p = shortestPath(…) RETURN a, p, length(p)`); the path alone for SHORTEST.
    public var outputs: [WalkOutput] = [.path]
    /// The two ends' names, for `.start` and `.end` outputs.
    public var endNames: [String] = []
}

/// PATHS: every acyclic path of at most `maxHops` hops, shortest first, found depth first over
/// indexed reads, stopping at the LIMIT.
public struct PathSearchPlan: Sendable, Equatable {
    /// The entities the paths join.
    public var from: Int64
    /// The entity the paths end at.
    public var to: Int64
    /// The most hops a path may have.
    public var maxHops: Int
    /// Facts read and steps tried before the search is stopped.
    public var maxExpansions: Int
    /// Follow facts from subject to object only.
    public var directed: Bool
    /// What every hop satisfies.
    public var hops: HopFilter
    /// Each hop with its article and sentence.
    public var withEvidence: Bool
    /// Paths the answer may have: the query's LIMIT, or the row budget.
    public var limit: Int
    /// True when `limit` is the row budget rather than the query's LIMIT, so that finding more
    /// paths than it is an error rather than the end of the answer.
    public var limitIsBudget: Bool
    /// `IN TIME ORDER`: each hop dated on or after the one before; nil for any order.
    public var timeOrder: TimeOrder? = nil
    /// Keep only the paths of the shortest length found (ALL SHORTEST … IN TIME ORDER).
    public var shortestOnly: Bool = false
}

/// What a variable-length walk or reach returns per column.
public enum WalkOutput: Sendable, Equatable {
    /// The name of the entity the walk started from.
    case start
    /// The name of the entity it reached.
    case end
    /// The hops of the walk.
    case path
    /// How many hops the walk has (`length(p)`).
    case length
}

/// One ORDER BY term of a variable-length MATCH: a returned column, sorted in Swift once the
/// search has found every row (names by text, paths by length and then by text).
public struct WalkOrder: Sendable, Equatable {
    /// The output column, from 0.
    public var column: Int
    /// Largest first.
    public var descending: Bool
}

/// Which entities a walk or reach may end at: the far node's labels and name.
public struct WalkEnd: Sendable, Equatable {
    /// The labels, as a condition on the reached entity (alias `n`); empty for none.
    public var labels: SQLFragment
    /// The entity the far node names, if it names one.
    public var target: Int64?
}

/// A variable-length MATCH that returns entities, not paths: breadth-first search from the
/// named end, one indexed read per level and direction, each entity entered once.
public struct ReachPlan: Sendable, Equatable {
    /// The named end, and its name for the answer.
    public var origin: Int64
    /// The named end's name, for the answer.
    public var originName: String
    /// The hops an entity may be from the origin to count.
    public var hops: ClosedRange<Int>
    /// Which way hops follow facts.
    public var direction: HopDirection
    /// Facts the search may read before it is stopped.
    public var maxExpansions: Int
    /// What every hop satisfies.
    public var hopFilter: HopFilter
    /// Where the walk may end.
    public var end: WalkEnd
    /// The output columns.
    public var outputs: [WalkOutput]
    /// Rows the answer may have.
    public var limit: Int
    /// True when `limit` is the row budget rather than the query's LIMIT, so that reaching more
    /// entities than it is an error rather than the end of the answer.
    public var limitIsBudget: Bool
    /// ORDER BY; empty for the search's order (nearest first, then by name).
    public var order: [WalkOrder] = []
    /// SKIP: rows left out before the limit counts.
    public var skip: Int = 0
}

/// A variable-length MATCH that returns its path: every acyclic walk of `hops` from the named end.
public struct WalkPlan: Sendable, Equatable {
    /// The named end, and its name for the answer.
    public var origin: Int64
    /// The named end's name, for the answer.
    public var originName: String
    /// How many hops a walk has.
    public var hops: ClosedRange<Int>
    /// Which way hops follow facts.
    public var direction: HopDirection
    /// Steps the walk may take; reaching it stops the query.
    public var maxExpansions: Int
    /// What every hop satisfies.
    public var hopFilter: HopFilter
    /// Where the walk may end.
    public var end: WalkEnd
    /// The output columns.
    public var outputs: [WalkOutput]
    /// Each hop with its article and sentence.
    public var withEvidence: Bool
    /// Rows the answer may have (one per distinct path).
    public var limit: Int
    /// True when `limit` is the row budget rather than the query's LIMIT, so that finding more
    /// paths than it is an error rather than the end of the answer.
    public var limitIsBudget: Bool
    /// ORDER BY; empty for the walk's order (shortest first).
    public var order: [WalkOrder] = []
    /// SKIP: rows left out before the limit counts.
    public var skip: Int = 0
    /// `IN TIME ORDER`: each hop dated on or after the one before (see `TimeOrder`).
    public var timeOrder: TimeOrder? = nil
}
