import EntenteStore
import EntenteQuery
import GRDB

extension QueryExecution {
    /// The walk of a variable-length MATCH: one row per path found, reduced to the returned columns.
    func run(_ plan: WalkPlan) throws -> QueryResult {
        let statement = dialect.statement(for: plan)
        var rows = try Row.fetchAll(db, sql: statement.text, arguments: statement.databaseArguments(idList: .null))
        // The first row counts the walk's steps (see `SQLDialect.statement(for: WalkPlan)`).
        let expansions: Int64 = rows.isEmpty ? 0 : rows.removeFirst()[2]
        if expansions >= plan.maxExpansions { throw QueryBudgetError.expansions(plan.maxExpansions) }
        let walks: [(facts: [Int64], end: String)] = rows.map { row in
            let text: String = row[1]
            return (text.split(separator: ",").compactMap { Int64($0) }, row[2])
        }
        let hops = try readHops(walks.flatMap(\.facts), evidence: plan.withEvidence)
        var seen: Set<[QueryValue]> = []
        var result: [[QueryValue]] = []
        let wanted = plan.skip + Self.rowsWanted(limit: plan.limit, isBudget: plan.limitIsBudget)
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
                return .string(Self.pathKey(steps))
            }
            guard seen.insert(key).inserted else { continue }
            result.append(row)
            // Ordered rows are cut after sorting, so all are kept until then; one past a budget
            // tells an answer too large for it.
            if plan.order.isEmpty, result.count >= wanted { break }
        }
        if plan.limitIsBudget, result.count - plan.skip > plan.limit { throw QueryBudgetError.rows(plan.limit) }
        return QueryResult(columns: columns, rows: Array(Self.sorted(result, by: plan.order).dropFirst(plan.skip).prefix(plan.limit)))
    }

    /// Every entity within `hops` of the origin, by breadth-first search (over the adjacency
    /// index when there is one, else over SQL), then one read of those the far end allows.
    func run(_ plan: ReachPlan) throws -> QueryResult {
        let reached: [Int64: Int]
        if let indexed {
            var search = BreadthFirstSearch(source: IndexNeighbours(index: indexed.index, filter: indexed.filter), budget: plan.maxExpansions)
            reached = try search.reach(from: plan.origin, hops: plan.hops, direction: plan.direction)
        } else {
            var search = BreadthFirstSearch(source: try SQLNeighbours(plan.hopFilter, dialect: dialect, db), budget: plan.maxExpansions)
            reached = try search.reach(from: plan.origin, hops: plan.hops, direction: plan.direction)
        }
        let end = dialect.endStatement(plan.end)
        let arguments = end.databaseArguments(idList: dialect.idList(Array(reached.keys)))
        // Each entity's distance looked up once, not at every comparison of the sort.
        let named = try Row.fetchAll(db.cachedStatement(sql: end.text), arguments: arguments).map { row -> (hops: Int, name: String) in
            (reached[row[0] as Int64] ?? 0, row[1])
        }
        let ordered = named.sorted { ($0.hops, $0.name) < ($1.hops, $1.name) }
        var rows: [[QueryValue]] = []
        let wanted = plan.skip + Self.rowsWanted(limit: plan.limit, isBudget: plan.limitIsBudget)
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
            return QueryResult(columns: columns, rows: Array(rows.dropFirst(plan.skip).prefix(min(plan.limit, 1))))
        }
        if plan.limitIsBudget, rows.count - plan.skip > plan.limit { throw QueryBudgetError.rows(plan.limit) }
        rows = Array(Self.sorted(rows, by: plan.order).dropFirst(plan.skip).prefix(plan.limit))
        return QueryResult(columns: columns, rows: rows)
    }
}

extension QueryExecution {
    /// The rows to find before stopping: the limit, and one more when the limit is the row
    /// budget, which tells an answer too large for it from one that fits.
    static func rowsWanted(limit: Int, isBudget: Bool) -> Int {
        isBudget && limit < .max ? limit + 1 : limit
    }

    static func sorted(_ rows: [[QueryValue]], by order: [WalkOrder]) -> [[QueryValue]] { QueryRows.sorted(rows, by: order) }
}

/// An adjacency index and a search's hop filter resolved against it.
struct IndexedTraversal {
    let index: AdjacencyIndex
    let filter: AdjacencyIndex.Filter
}
