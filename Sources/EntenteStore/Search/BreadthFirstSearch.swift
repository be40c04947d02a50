public import EntenteQuery

/// The one breadth-first search of the stores: level after level outward from a start, each level
/// one read per direction from a `NeighbourSource`, every fact read counted against a budget.
///
/// Its searches: `reach` (a variable-length MATCH that returns entities), `allShortestPaths` and
/// `shortestPath` (ALL SHORTEST and SHORTEST), and `distances` (PATHS' distances to its end, and a
/// neighbourhood's levels).
package struct BreadthFirstSearch<Source: NeighbourSource> {
    /// Where the levels come from.
    package var source: Source
    /// Facts the search may read.
    package let budget: Int
    /// Facts read so far.
    package private(set) var expansions = 0

    /// A search over `source` that may read `budget` facts.
    @inlinable package init(source: Source, budget: Int) {
        self.source = source
        self.budget = budget
    }

    /// Expands one level: `visit(fact, here, there)` for each fact from `entities`, along each of `ends` in turn.
    ///
    /// - Throws: `QueryBudgetError.expansions` past the budget.
    @inlinable package mutating func expand(
        _ entities: [Int64], from ends: [FactEnd], inOrder: Bool = true,
        _ visit: (_ fact: Int64, _ here: Int64, _ there: Int64) throws -> Void
    ) throws {
        for end in ends {
            do {
                expansions += try source.facts(around: entities, from: end, inOrder: inOrder, allowance: budget - expansions, visit)
            } catch is NeighbourAllowanceExceeded {
                throw QueryBudgetError.expansions(budget)
            }
            if expansions > budget { throw QueryBudgetError.expansions(budget) }
        }
    }

    /// The level each entity is first reached at from `start` (0 for the start), up to
    /// `maxLevels` levels; an entity for which `expands` is false is reached but not expanded.
    @inlinable package mutating func distances(
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
    @inlinable package var ends: [FactEnd] {
        switch self {
        case .forward: [.subject]
        case .backward: [.object]
        case .both: [.subject, .object]
        }
    }
}
