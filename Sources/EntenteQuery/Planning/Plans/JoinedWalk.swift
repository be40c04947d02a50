/// A variable-length relation of a join, `(b)-[:attacks*1..2]->(c)`: a recursive CTE of the
/// acyclic walks of `hops` from its origin (the named end when one end is named, else every
/// entity a first hop leaves), joined like a fact, one row per walk (per sequence of facts),
/// as Cypher binds a variable-length relation once per path.
public struct JoinedWalk: Sendable, Equatable {
    /// The CTE's name: `walk1`.
    public var table: TableAlias<WalkTable>
    /// How many hops a walk has.
    public var hops: ClosedRange<Int>
    /// Which way its hops follow facts, from the origin.
    public var direction: HopDirection
    /// The entity every walk starts from, when the pattern names one end; nil for every entity.
    public var origin: Int64?
    /// What every hop satisfies.
    public var hopFilter: HopFilter
    /// Rows the CTE may hold; reaching it stops the query.
    public var maxExpansions: Int
}

/// The columns of a walk CTE: the entity it started from, the entity it reached, its hops, the
/// entities it visited (`,3,7,`, the cycle guard) and its facts (`12,40,`, in walking order).
public enum WalkTable: SQLTable {
    /// Never written: a walk is named by its alias.
    public static let name = "walk"

    /// The columns of a walk.
    public enum Column: String, Sendable, Hashable {
        case origin, node, depth, visited, facts
    }
}

/// One stretch of a path as a join returns it: a fact of a single hop, or a walk's facts.
public enum PathPart: Sendable, Equatable {
    /// The result column (from 0) of a single hop's fact id.
    case fact(Int)
    /// The result column of a walk's fact ids; reversed when the walk ran against the pattern's order.
    case walk(Int, reversed: Bool)
}

extension TableAlias where Table == WalkTable {
    /// The walk of the `number`th variable-length relation of a MATCH: `walk1`.
    static func walk(_ number: Int) -> Self { Self(.walk, number) }

    /// The walks before the expansion budget cuts them, where a database reads the budget's
    /// LIMIT apart from the recursion (PostgreSQL): `unbounded_walk1` for `walk1`.
    var unbounded: Self { Self(.unboundedWalk, name.number) }
}
