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
        for walk in walks {
            let path = walk.facts.compactMap { hops[$0] }
            let row: [QueryValue] = plan.outputs.map { output in
                switch output {
                case .start: .string(plan.originName)
                case .end: .string(walk.end)
                case .path: .path(path)
                }
            }
            let key = row.map { value -> QueryValue in
                guard case .path(let steps) = value else { return value }
                return .string(Self.pathKey(steps))
            }
            guard seen.insert(key).inserted else { continue }
            result.append(row)
            if result.count >= plan.limit { break }
        }
        return QueryResult(columns: columns, rows: result)
    }

    /// Every entity within `hops` of the origin, by breadth-first search, each entered once.
    func run(_ plan: ReachPlan) throws -> QueryResult {
        // With a minimum of one hop, an entity needs entering only once; with more, an entity
        // reached early may also be reached again at the minimum depth, so levels dedupe alone.
        var reached: [Int64: Int]
        if let indexed {
            reached = try indexed.index.reach(
                from: plan.origin, hops: plan.hops, firstIsForward: plan.direction != .backward, bothWays: plan.direction == .both,
                indexed.filter, budget: plan.maxExpansions)
        } else {
            reached = try reachBySQL(plan)
        }
        let end = dialect.endStatement(plan.end)
        let arguments = end.databaseArguments(idList: dialect.idList(Array(reached.keys)))
        let named = try Row.fetchAll(db, sql: end.text, arguments: arguments).map { row -> (Int64, String) in (row[0], row[1]) }
        let ordered = named.sorted { (reached[$0.0] ?? 0, $0.1) < (reached[$1.0] ?? 0, $1.1) }
        var rows: [[QueryValue]] = []
        for (_, name) in ordered {
            rows.append(plan.outputs.map { output in
                switch output {
                case .start: .string(plan.originName)
                case .end: .string(name)
                case .path: .null
                }
            })
            if rows.count >= plan.limit { break }
        }
        if plan.outputs.allSatisfy({ $0 == .start }) {
            return QueryResult(columns: columns, rows: Array(rows.prefix(1)))
        }
        return QueryResult(columns: columns, rows: rows)
    }

    /// The entities a search reaches and the level each is first counted at, one SQL query per level and direction.
    private func reachBySQL(_ plan: ReachPlan) throws -> [Int64: Int] {
        let perLevel = plan.hops.lowerBound > 1
        var distance: [Int64: Int] = [plan.origin: 0]
        var reached: [Int64: Int] = [:]
        var frontier: [Int64] = [plan.origin]
        var expansion = FrontierExpansion(budget: plan.maxExpansions)
        let first = try PreparedStep(
            dialect.stepStatement(plan.hopFilter, from: plan.direction == .backward ? .object : .subject, withPredicate: false), db)
        let second = plan.direction == .both
            ? try PreparedStep(dialect.stepStatement(plan.hopFilter, from: .object, withPredicate: false), db) : nil
        for level in 1...plan.hops.upperBound where !frontier.isEmpty {
            var next: [Int64] = []
            var seenThisLevel: Set<Int64> = []
            func visit(_ fact: Int64, _ here: Int64, _ there: Int64) {
                let isNew = perLevel ? seenThisLevel.insert(there).inserted : distance[there] == nil
                guard isNew else { return }
                distance[there] = min(distance[there] ?? level, level)
                next.append(there)
                if level >= plan.hops.lowerBound, there != plan.origin, reached[there] == nil { reached[there] = level }
            }
            try expansion.facts(around: frontier, first, dialect, outOfSubject: plan.direction != .backward, visit)
            if let second { try expansion.facts(around: frontier, second, dialect, outOfSubject: false, visit) }
            frontier = next
        }
        return reached
    }
}

/// An adjacency index and a search's hop filter resolved against it.
struct IndexedTraversal {
    let index: AdjacencyIndex
    let filter: AdjacencyIndex.Filter
}

/// Expands frontier searches one level at a time, counting every fact read against the budget.
struct FrontierExpansion {
    let budget: Int
    private(set) var expansions = 0
    /// When set, neighbours come from the index and the statements are not run.
    let indexed: IndexedTraversal?

    init(budget: Int, indexed: IndexedTraversal? = nil) {
        self.budget = budget
        self.indexed = indexed
    }

    /// Calls `visit(fact, here, there)` for each fact out of (`outOfSubject`) or into the entities.
    mutating func facts(
        around entities: [Int64], _ step: PreparedStep, _ dialect: some SQLDialect, outOfSubject: Bool,
        _ visit: (_ fact: Int64, _ here: Int64, _ there: Int64) throws -> Void
    ) throws {
        if let indexed {
            expansions += try indexed.index.facts(around: entities, outOfSubject: outOfSubject, indexed.filter) { fact, here, there in
                try visit(fact, here, there)
            }
            if expansions > budget { throw QueryBudgetError.expansions(budget) }
            return
        }
        let rows = try Row.fetchCursor(step.statement, arguments: step.arguments(dialect.idList(entities)))
        while let row = try rows.next() {
            expansions += 1
            if expansions > budget { throw QueryBudgetError.expansions(budget) }
            let (subject, object): (Int64, Int64) = (row[1], row[2])
            try visit(row[0], outOfSubject ? subject : object, outOfSubject ? object : subject)
        }
    }
}
