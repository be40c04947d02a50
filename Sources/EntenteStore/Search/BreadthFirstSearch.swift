public import EntenteQuery

/// The one breadth-first search of the stores: level after level outward from a start, each level
/// one read per direction from a `NeighbourSource`, every fact read counted against a budget.
///
/// Its searches: `reach` (a variable-length MATCH that returns entities), `allShortestPaths` and
/// `shortestPath` (ALL SHORTEST and SHORTEST), and `distances` (PATHS' distances to its end, and a
/// neighbourhood's levels).
///
/// Public and `@inlinable` so a store's module specializes it for its own sources: through
/// protocol witnesses, each fact read cost a reach over the adjacency index a third more time.
public struct BreadthFirstSearch<Source: NeighbourSource> {
    /// Where the levels come from.
    public var source: Source
    /// Facts the search may read.
    public let budget: Int
    /// Facts read so far.
    public var expansions: Int { read }
    @usableFromInline var read = 0

    /// A search over `source` that may read `budget` facts.
    @inlinable public init(source: Source, budget: Int) {
        self.source = source
        self.budget = budget
    }

    /// Expands one level: `visit(fact, here, there)` for each fact from `entities`, along each of `ends` in turn.
    ///
    /// - Throws: `QueryBudgetError.expansions` past the budget.
    @inlinable public mutating func expand(
        _ entities: [Int64], from ends: [FactEnd], inOrder: Bool = true,
        _ visit: (_ fact: Source.FactHandle, _ here: Int64, _ there: Int64) throws -> Void
    ) throws {
        for end in ends {
            do {
                read += try source.facts(around: entities, from: end, inOrder: inOrder, allowance: budget - read, visit)
            } catch is NeighbourAllowanceExceeded {
                throw QueryBudgetError.expansions(budget)
            }
            if read > budget { throw QueryBudgetError.expansions(budget) }
        }
    }

    /// The level each entity is first reached at from `start` (0 for the start), up to
    /// `maxLevels` levels; an entity for which `expands` is false is reached but not expanded.
    @inlinable public mutating func distances(
        from start: Int64, maxLevels: Int, along ends: [FactEnd], expands: (Int64) -> Bool = { _ in true }
    ) throws -> [Int64: Int] {
        var distance: [Int64: Int] = [start: 0]
        var frontier = [start]
        var level = 0
        while level < maxLevels, !frontier.isEmpty {
            level += 1
            var next: [Int64] = []
            try expand(frontier, from: ends) { _, _, there in
                guard distance[there] == nil else { return }
                distance[there] = level
                if expands(there) { next.append(there) }
            }
            frontier = next
        }
        return distance
    }
}

extension HopDirection {
    /// The fact ends a search steps from, first the one the direction follows.
    @inlinable public var ends: [FactEnd] {
        switch self {
        case .forward: [.subject]
        case .backward: [.object]
        case .both: [.subject, .object]
        }
    }
}
