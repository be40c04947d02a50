package import EntenteQuery
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
/// - In time order (`IN TIME ORDER`), a step keeps every dated fact behind it, since parallel facts
///   of different dates are different chances to follow the hop before. The walk carries, for the
///   last hop, the facts that can end a time-ordered chain from the start (each may follow one of
///   those of the hop before it); a step none of whose facts can is not taken. A path found is then
///   given, from its last hop back, the earliest fact of each hop that fits the one after it.
///
/// - Complexity: O(facts around the entities within `n - 1` hops of the end) for the distances,
///   then at most `n` walks, each bounded by the budget.
package final class PathEnumeration {
    /// The facts out of (`outOfSubject`) or into an entity that pass the search's filters.
    package typealias Neighbours = (_ entity: Int64, _ outOfSubject: Bool) throws -> [Neighbour]
    /// Told the entities whose facts out of (`outOfSubject`) or into them `neighbours` is about to
    /// be asked for, one after the other: a store that pays a round trip per read (PostgreSQL)
    /// reads them all at once. The facts counted and the order stay those of `neighbours`.
    package typealias Prefetch = (_ entities: [Int64], _ outOfSubject: Bool) throws -> Void

    /// A fact out of or into an entity: its id, the entity at the other end, a number standing for
    /// the predicate, and the days it covers (day numbers, inclusive; nil when undated or when the
    /// search is not in time order).
    package struct Neighbour {
        let fact: Int64
        let there: Int64
        let predicate: Int
        let days: ClosedRange<Int>?

        package init(fact: Int64, there: Int64, predicate: Int, days: ClosedRange<Int>? = nil) {
            self.fact = fact
            self.there = there
            self.predicate = predicate
            self.days = days
        }
    }

    /// A dated fact of a step, for a time-ordered walk.
    struct DatedFact {
        let fact: Int64
        let days: ClosedRange<Int>
    }

    struct Step {
        let fact: Int64
        let there: Int64
        /// In time order, every dated fact of the step, earliest first; else empty.
        var dated: [DatedFact] = []
    }

    let from: Int64
    let to: Int64
    let maxHops: Int
    let directed: Bool
    let budget: Int
    let deadline: Date?
    let timeout: Double
    let timeOrder: TimeOrder?
    private let neighbours: Neighbours
    private let prefetch: Prefetch?
    private(set) var expansions = 0
    private var forwardSteps: [Int64: [Step]] = [:]
    private var backwardSteps: [Int64: [Step]] = [:]
    private var distance: [Int64: Int] = [:]
    private var visited: Set<Int64> = []
    private var path: [Int64] = []
    /// In time order, for each hop of `path`, its facts that can end a time-ordered chain.
    private var reachable: [[DatedFact]] = []
    private var found: [[Int64]] = []

    package init(
        from: Int64, to: Int64, maxHops: Int, directed: Bool, budget: Int, timeout: Double, timeOrder: TimeOrder? = nil,
        neighbours: @escaping Neighbours, prefetch: Prefetch? = nil
    ) {
        self.timeOrder = timeOrder
        self.from = from
        self.to = to
        self.maxHops = maxHops
        self.directed = directed
        self.budget = budget
        self.timeout = timeout
        self.deadline = timeout > 0 ? Date(timeIntervalSinceNow: timeout) : nil
        self.neighbours = neighbours
        self.prefetch = prefetch
    }

    /// The first `limit` paths, as fact ids from the start.
    ///
    /// - Throws: `QueryBudgetError` past the expansion budget or the deadline; a database error
    ///   from `neighbours` (SQLite interrupted by the query's timer) as it comes.
    /// With `shortestOnly`, the walk stops after the first length that has a path.
    package func paths(limit: Int, shortestOnly: Bool = false) throws -> [[Int64]] {
        guard from != to, limit > 0, maxHops > 0 else { return [] }
        try measureDistances()
        visited = [from]
        for length in 1...maxHops where found.count < limit {
            if shortestOnly, !found.isEmpty { break }
            try walk(from, length: length, limit: limit)
        }
        return found
    }

    /// Breadth first from the end, backwards along the facts, never through the start.
    private func measureDistances() throws {
        // The budget is counted as steps are read (`count()`), not by the search.
        var search = BreadthFirstSearch(
            source: StepNeighbours(
                { [unowned self] entity, _, visit in
                    for step in try self.steps(from: entity, forward: false) { try visit(step.fact, step.there) }
                },
                before: { [unowned self] entities, _ in try self.prefetchSteps(of: entities, forward: false) }), budget: .max)
        let from = self.from
        distance = try search.distances(from: to, maxLevels: maxHops - 1, along: [.object], expands: { $0 != from })
    }

    /// Extends the current path from `entity` to paths of exactly `length` steps that end at `to`.
    private func walk(_ entity: Int64, length: Int, limit: Int) throws {
        let depth = path.count
        let steps = try steps(from: entity, forward: true)
        // The entities the walk may go on from (those the loop below may walk from), read together.
        try prefetchSteps(
            of: steps.compactMap { step in
                guard step.there != to, !visited.contains(step.there), let remaining = distance[step.there], depth + 1 + remaining <= length
                else { return nil }
                return step.there
            }, forward: true)
        for step in steps {
            guard found.count < limit else { return }
            try count()
            guard !visited.contains(step.there), let remaining = distance[step.there], depth + 1 + remaining <= length else { continue }
            var next: [DatedFact] = []
            if let timeOrder {
                next = step.dated.filter { fact in
                    reachable.last.map { $0.contains { timeOrder.allows(fact.days, after: $0.days) } } ?? true
                }
                guard !next.isEmpty else { continue }
            }
            if step.there == to {
                guard depth + 1 == length else { continue }
                found.append(timeOrder == nil ? path + [step.fact] : witnesses(ending: next))
                continue
            }
            visited.insert(step.there)
            path.append(step.fact)
            if timeOrder != nil { reachable.append(next) }
            try walk(step.there, length: length, limit: limit)
            if timeOrder != nil { reachable.removeLast() }
            path.removeLast()
            visited.remove(step.there)
        }
    }

    /// The facts of a time-ordered path whose last hop may be any of `last`: from the last hop
    /// back, the earliest fact of each hop that the fact chosen after it may follow. Each exists,
    /// since every fact in `reachable` follows one of those of the hop before.
    private func witnesses(ending last: [DatedFact]) -> [Int64] {
        guard let timeOrder, var chosen = last.first else { return [] }
        var facts = [chosen.fact]
        for hop in reachable.reversed() {
            guard let before = hop.first(where: { timeOrder.allows(chosen.days, after: $0.days) }) else { break }
            chosen = before
            facts.append(chosen.fact)
        }
        return facts.reversed()
    }

    /// Tells `prefetch` of the entities among `entities` whose steps are not read yet.
    private func prefetchSteps(of entities: [Int64], forward: Bool) throws {
        guard let prefetch else { return }
        let useForward = forward || !directed
        let unread = entities.filter { (useForward ? forwardSteps[$0] : backwardSteps[$0]) == nil }
        guard unread.count > 1 else { return }
        for outOfSubject in directed ? [forward] : [true, false] { try prefetch(unread, outOfSubject) }
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
        var dated: [Key: [DatedFact]] = [:]
        let directions = directed ? [forward] : [true, false]
        for outOfSubject in directions {
            for fact in try neighbours(entity, outOfSubject) {
                try count()
                let key = Key(outOfSubject: outOfSubject, predicate: fact.predicate, there: fact.there)
                if timeOrder != nil {
                    // An undated fact cannot be placed in time, so it is no way through the step.
                    guard let days = fact.days else { continue }
                    dated[key, default: []].append(DatedFact(fact: fact.fact, days: days))
                }
                if let known = first[key], known <= fact.fact { continue }
                first[key] = fact.fact
            }
        }
        let steps = first.map { key, fact in
            Step(fact: fact, there: key.there, dated: (dated[key] ?? []).sorted(by: Self.earlier))
        }.sorted { $0.fact < $1.fact }
        if useForward { forwardSteps[entity] = steps } else { backwardSteps[entity] = steps }
        return steps
    }

    /// Earliest first day, then earliest last day, then smallest id: the order a path's facts are chosen in.
    private static func earlier(_ one: DatedFact, _ other: DatedFact) -> Bool {
        (one.days.lowerBound, one.days.upperBound, one.fact) < (other.days.lowerBound, other.days.upperBound, other.fact)
    }

    private func count() throws(QueryBudgetError) {
        expansions += 1
        if expansions > budget { throw .expansions(budget) }
        // The timer interrupts SQLite, but a walk over cached steps or an index runs no SQL.
        if expansions & 1023 == 0, let deadline, Date() > deadline { throw .time(seconds: timeout) }
    }
}
