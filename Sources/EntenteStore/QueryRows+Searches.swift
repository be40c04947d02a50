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
