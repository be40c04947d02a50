import EntenteQuery
import Foundation

/// The search behind `PATHS FROM a TO b MAX n`: every acyclic path of at most `n` hops, shortest
/// first, found depth first so that it stops as soon as it has the paths it was asked for.
///
/// - Parallel facts are one step. From an entity, the facts of one (subject, predicate, object)
///   are a single step backed by the smallest fact id, so a pair linked by fifty `attacks` facts is
///   one branch of the search, not fifty (two paths through the same relations are one path anyway).
/// - Distances bound the walk. A breadth-first search backwards from the end first gives each
///   entity within `n - 1` hops its distance to the end (without passing through the start); the
///   walk never takes a step to an entity farther from the end than the hops it has left, so it
///   only explores entities that can still lead to the end.
/// - Shortest first, in a fixed order. Each length is walked in turn (iterative deepening), and
///   within a length the steps out of an entity are taken in order of their fact ids. Paths come
///   ordered by length, then by the fact ids of their steps, so the answer to `LIMIT k` is the
///   first `k` paths of the answer without it.
/// - Budgets. Every fact read and every step tried counts against the expansion budget, and the
///   clock is checked as the walk goes, so a search that cannot finish stops within its budget and
///   says which bound to raise.
///
/// - Complexity: O(facts around the entities within `n - 1` hops of the end) for the distances,
///   then at most `n` walks, each bounded by the budget.
package final class PathEnumeration {
    /// The facts out of (`outOfSubject`) or into an entity that pass the search's filters: fact id,
    /// the entity at the other end, and a number standing for the predicate.
    package typealias Neighbours = (_ entity: Int64, _ outOfSubject: Bool) throws -> [(fact: Int64, there: Int64, predicate: Int)]

    struct Step {
        let fact: Int64
        let there: Int64
    }

    let from: Int64
    let to: Int64
    let maxHops: Int
    let directed: Bool
    let budget: Int
    let deadline: Date?
    let timeout: Double
    private let neighbours: Neighbours
    private(set) var expansions = 0
    private var forwardSteps: [Int64: [Step]] = [:]
    private var backwardSteps: [Int64: [Step]] = [:]
    private var distance: [Int64: Int] = [:]
    private var visited: Set<Int64> = []
    private var path: [Int64] = []
    private var found: [[Int64]] = []

    package init(
        from: Int64, to: Int64, maxHops: Int, directed: Bool, budget: Int, timeout: Double,
        neighbours: @escaping Neighbours
    ) {
        self.from = from
        self.to = to
        self.maxHops = maxHops
        self.directed = directed
        self.budget = budget
        self.timeout = timeout
        self.deadline = timeout > 0 ? Date(timeIntervalSinceNow: timeout) : nil
        self.neighbours = neighbours
    }

    /// The first `limit` paths, as fact ids from the start.
    ///
    /// - Throws: `QueryBudgetError` past the expansion budget or the deadline; a database error
    ///   from `neighbours` (SQLite interrupted by the query's timer) as it comes.
    package func paths(limit: Int) throws -> [[Int64]] {
        guard from != to, limit > 0, maxHops > 0 else { return [] }
        try measureDistances()
        visited = [from]
        for length in 1...maxHops where found.count < limit {
            try walk(from, length: length, limit: limit)
        }
        return found
    }

    /// Breadth first from the end, backwards along the facts, never through the start.
    private func measureDistances() throws {
        // The budget is counted as steps are read (`count()`), not by the search.
        var search = BreadthFirstSearch(
            source: StepNeighbours { [unowned self] entity, _, visit in
                for step in try self.steps(from: entity, forward: false) { try visit(step.fact, step.there) }
            }, budget: .max)
        let from = self.from
        distance = try search.distances(from: to, maxLevels: maxHops - 1, along: [.object], expands: { $0 != from })
    }

    /// Extends the current path from `entity` to paths of exactly `length` steps that end at `to`.
    private func walk(_ entity: Int64, length: Int, limit: Int) throws {
        let depth = path.count
        for step in try steps(from: entity, forward: true) {
            guard found.count < limit else { return }
            try count()
            guard !visited.contains(step.there), let remaining = distance[step.there], depth + 1 + remaining <= length else { continue }
            if step.there == to {
                if depth + 1 == length { found.append(path + [step.fact]) }
                continue
            }
            visited.insert(step.there)
            path.append(step.fact)
            try walk(step.there, length: length, limit: limit)
            path.removeLast()
            visited.remove(step.there)
        }
    }

    /// The steps out of an entity (forward) or into it (backward, to measure distances), parallel
    /// facts taken as one, in order of fact id; read once per entity and direction.
    private func steps(from entity: Int64, forward: Bool) throws -> [Step] {
        // Undirected, both directions give the same steps.
        let useForward = forward || !directed
        if let known = useForward ? forwardSteps[entity] : backwardSteps[entity] { return known }
        struct Key: Hashable {
            let outOfSubject: Bool
            let predicate: Int
            let there: Int64
        }
        var first: [Key: Int64] = [:]
        let directions = directed ? [forward] : [true, false]
        for outOfSubject in directions {
            for fact in try neighbours(entity, outOfSubject) {
                try count()
                let key = Key(outOfSubject: outOfSubject, predicate: fact.predicate, there: fact.there)
                if let known = first[key], known <= fact.fact { continue }
                first[key] = fact.fact
            }
        }
        let steps = first.map { Step(fact: $0.value, there: $0.key.there) }.sorted { $0.fact < $1.fact }
        if useForward { forwardSteps[entity] = steps } else { backwardSteps[entity] = steps }
        return steps
    }

    private func count() throws(QueryBudgetError) {
        expansions += 1
        if expansions > budget { throw .expansions(budget) }
        // The timer interrupts SQLite, but a walk over cached steps or an index runs no SQL.
        if expansions & 1023 == 0, let deadline, Date() > deadline { throw .time(seconds: timeout) }
    }
}
