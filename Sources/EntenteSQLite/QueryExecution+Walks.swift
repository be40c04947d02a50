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
        return QueryResult(columns: columns, rows: try QueryRows.walkRows(walks, hops: hops, plan: plan))
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
        return QueryResult(columns: columns, rows: try QueryRows.reachRows(named, plan: plan))
    }
}

extension QueryExecution {
    static func sorted(_ rows: [[QueryValue]], by order: [WalkOrder]) -> [[QueryValue]] { QueryRows.sorted(rows, by: order) }
}

/// An adjacency index and a search's hop filter resolved against it.
struct IndexedTraversal {
    let index: AdjacencyIndex
    let filter: AdjacencyIndex.Filter
}
