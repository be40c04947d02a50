public import EntenteQuery
import EntenteModel

/// The rows of a walk and of a reachable set, from what any store's statements and searches read:
/// distinct, ordered, skipped and cut the same way on every store, and never cut by the row budget
/// without its error.
extension QueryRows {
    /// The rows to find before stopping: the limit, and one more when the limit is the row
    /// budget, which tells an answer too large for it from one that fits.
    package static func rowsWanted(limit: Int, isBudget: Bool) -> Int {
        isBudget && limit < .max ? limit + 1 : limit
    }

    /// A variable-length MATCH's rows: one per distinct path (by its steps), in the walk's order
    /// unless the query orders them.
    package static func walkRows(
        _ walks: [(facts: [Int64], end: String)], hops: [Int64: QueryValue.Hop], plan: WalkPlan
    ) throws -> [[QueryValue]] {
        var seen: Set<[QueryValue]> = []
        var result: [[QueryValue]] = []
        let wanted = plan.skip + rowsWanted(limit: plan.limit, isBudget: plan.limitIsBudget)
        for walk in walks {
            let path = walk.facts.compactMap { hops[$0] }
            let row: [QueryValue] = plan.outputs.map { output in
                switch output {
                case .start: .string(plan.originName)
                case .end: .string(walk.end)
                case .path: .path(path)
                case .length: .integer(Int64(path.count))
                }
            }
            let key = row.map { value -> QueryValue in
                guard case .path(let steps) = value else { return value }
                return .string(pathKey(steps))
            }
            guard seen.insert(key).inserted else { continue }
            result.append(row)
            // Ordered rows are cut after sorting, so all are kept until then; one past a budget
            // tells an answer too large for it.
            if plan.order.isEmpty, result.count >= wanted { break }
        }
        if plan.limitIsBudget, result.count - plan.skip > plan.limit { throw QueryBudgetError.rows(plan.limit) }
        return Array(sorted(result, by: plan.order).dropFirst(plan.skip).prefix(plan.limit))
    }

    /// A reachable set's rows from the entities reached, nearest first and then by name.
    package static func reachRows(_ named: [(hops: Int, name: String)], plan: ReachPlan) throws -> [[QueryValue]] {
        let ordered = named.sorted { ($0.hops, $0.name) < ($1.hops, $1.name) }
        var rows: [[QueryValue]] = []
        let wanted = plan.skip + rowsWanted(limit: plan.limit, isBudget: plan.limitIsBudget)
        for (_, name) in ordered {
            rows.append(plan.outputs.map { output in
                switch output {
                case .start: .string(plan.originName)
                case .end: .string(name)
                case .path, .length: .null
                }
            })
            if plan.order.isEmpty, rows.count >= wanted { break }
        }
        // Returning the origin alone, every row is the same one row.
        if plan.outputs.allSatisfy({ $0 == .start }) {
            return Array(rows.dropFirst(plan.skip).prefix(min(plan.limit, 1)))
        }
        if plan.limitIsBudget, rows.count - plan.skip > plan.limit { throw QueryBudgetError.rows(plan.limit) }
        return Array(sorted(rows, by: plan.order).dropFirst(plan.skip).prefix(plan.limit))
    }
}

extension QueryRows {
    /// The candidate paths (fact ids) as hops, each path by its steps once, at most `limit` of them.
    package static func distinctPaths(_ candidates: [[Int64]], hops: [Int64: QueryValue.Hop], limit: Int) -> [[QueryValue.Hop]] {
        var seen: Set<String> = []
        var paths: [[QueryValue.Hop]] = []
        for facts in candidates {
            let path = facts.compactMap { hops[$0] }
            guard seen.insert(pathKey(path)).inserted else { continue }
            paths.append(path)
            if paths.count >= limit { break }
        }
        return paths
    }

    /// SHORTEST and ALL SHORTEST over any store's search; `readHops` reads facts as hops.
    package static func shortestRows<Source: NeighbourSource>(
        _ plan: ShortestPathPlan, _ search: inout BreadthFirstSearch<Source>, readHops: ([Int64]) throws -> [Int64: QueryValue.Hop]
    ) throws -> [[QueryValue]] {
        if plan.allShortest {
            let wanted = rowsWanted(limit: plan.limit, isBudget: plan.limitIsBudget)
            let cap = wanted.multipliedReportingOverflow(by: 4)
            let candidates = try search.allShortestPaths(
                from: plan.from, to: plan.to, maxHops: plan.maxHops, directed: plan.directed, cap: cap.overflow ? .max : cap.partialValue)
            let distinct = distinctPaths(candidates, hops: try readHops(candidates.flatMap { $0 }), limit: wanted)
            if plan.limitIsBudget, distinct.count > plan.limit { throw QueryBudgetError.rows(plan.limit) }
            return distinct.map { row($0, plan) }
        }
        guard let facts = try search.shortestPath(from: plan.from, to: plan.to, maxHops: plan.maxHops, directed: plan.directed) else {
            return []
        }
        let hops = try readHops(facts)
        return [row(facts.compactMap { hops[$0] }, plan)]
    }
}

extension QueryRows {
    /// PATHS: every acyclic path up to MAX hops, shortest first, over any store's neighbours;
    /// `readHops` reads facts as hops.
    package static func pathSearchRows(
        _ plan: PathSearchPlan, timeout: Double, neighbours: @escaping PathEnumeration.Neighbours,
        prefetch: PathEnumeration.Prefetch? = nil, readHops: ([Int64]) throws -> [Int64: QueryValue.Hop]
    ) throws -> [[QueryValue]] {
        let enumeration = PathEnumeration(
            from: plan.from, to: plan.to, maxHops: plan.maxHops, directed: plan.directed, budget: plan.maxExpansions, timeout: timeout,
            timeOrder: plan.timeOrder, neighbours: neighbours, prefetch: prefetch)
        let found = try enumeration.paths(limit: rowsWanted(limit: plan.limit, isBudget: plan.limitIsBudget), shortestOnly: plan.shortestOnly)
        if plan.limitIsBudget, found.count > plan.limit { throw QueryBudgetError.rows(plan.limit) }
        let hops = try readHops(found.flatMap { $0 })
        return found.map { [.path($0.compactMap { hops[$0] })] }
    }
}
