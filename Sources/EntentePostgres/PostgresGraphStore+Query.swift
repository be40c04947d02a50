public import EntenteQuery
public import EntenteStore
import EntenteModel

// MARK: - Reads: queries

extension PostgresGraphStore {
    /// The SQL this store speaks.
    static let dialect = PostgresDialect()

    /// Runs a compiled query in one read-only snapshot, each statement stopped by the server at
    /// `timeout` seconds (a search's walk checks the clock itself as well).
    ///
    /// - Throws: `QueryBudgetError` naming the bound to raise, or `StoreError`.
    public func run(_ compiled: CompiledQuery, timeout: Double = 10) throws -> QueryResult {
        switch compiled.plan {
        case .timeline(let plan): return try run(plan)
        case .diff(let plan): return try run(plan)
        default: break
        }
        let milliseconds = timeout > 0 ? String(Int((timeout * 1000).rounded(.up))) : "0"
        do {
            // One statement reads a consistent snapshot on its own: no transaction, and the
            // timeout stays set on the connection until a query asks for another. A join with
            // walks may count a walk's rows in a second statement: in the snapshot of the first.
            switch compiled.plan {
            case .join(let plan) where plan.walks.isEmpty:
                return try session.exclusively {
                    try session.setStatementTimeout(milliseconds)
                    return try PostgresQueryExecution(session: session, dialect: Self.dialect, columns: compiled.columns, timeout: timeout).run(plan)
                }
            case .union(let plan) where plan.parts.allSatisfy(\.walks.isEmpty):
                return try session.exclusively {
                    try session.setStatementTimeout(milliseconds)
                    return try PostgresQueryExecution(session: session, dialect: Self.dialect, columns: compiled.columns, timeout: timeout).run(plan)
                }
            default:
                break
            }
            return try session.transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") {
                try session.setStatementTimeout(milliseconds)
                let execution = PostgresQueryExecution(session: session, dialect: Self.dialect, columns: compiled.columns, timeout: timeout)
                return try execution.run(compiled.plan)
            }
        } catch let error as QueryBudgetError {
            throw error
        } catch where PostgresFailure(error).isTimeout {
            throw QueryBudgetError.time(seconds: timeout)
        } catch {
            throw StoreError.postgres(error, at: session.location)
        }
    }

    /// The statement EXPLAIN shows, as PostgreSQL's dialect writes it.
    public func explainedStatement(_ compiled: CompiledQuery) -> SQLStatement {
        Self.dialect.firstStatement(of: compiled.plan)
    }

    /// How PostgreSQL will run the query's first statement: its `EXPLAIN`, one line per step.
    public func queryPlan(_ compiled: CompiledQuery) throws -> [String] {
        let statement = explainedStatement(compiled)
        guard !statement.text.isEmpty else { return [] }
        do {
            // A search's statement takes the entities of a level as an argument: none, to explain it.
            return try session.rows(
                SQLStatement(text: "EXPLAIN " + statement.text, arguments: statement.arguments), idList: Self.dialect.idList([])
            ).map { $0.string(0) }
        } catch {
            throw StoreError.postgres(error, at: session.location)
        }
    }
}

/// Runs the plans of one query inside one read, as SQLite's `QueryExecution` does, with
/// PostgreSQL's statements.
struct PostgresQueryExecution: PlanExecution {

    let session: PostgresSession
    let dialect: PostgresDialect
    let columns: [String]
    let timeout: Double

    /// A MATCH: one statement, its rows turned into the output columns, as SQLite's store does.
    func run(_ plan: JoinPlan) throws -> QueryResult {
        // Each walk's rows are counted by the statement itself, a column after the answer's, so
        // its CTE is computed once; an empty answer carries no count, and they are counted apart.
        var counted = plan
        counted.selections += plan.walks.map { "(SELECT count(*) FROM \($0.table))" }
        let rows = try session.rows(dialect.statement(for: counted))
        if let first = rows.first {
            for (index, walk) in plan.walks.enumerated() where first.count(plan.selections.count + index) >= walk.maxExpansions {
                throw QueryBudgetError.expansions(walk.maxExpansions)
            }
        } else {
            try checkBudgets(of: plan.walks)
        }
        if rows.count > plan.rowBudget { throw QueryBudgetError.rows(plan.rowBudget) }
        let paths = try JoinPaths(rowCount: rows.count, outputs: plan.outputs, cell: { rows[$0][$1] }) { try readHops($0, evidence: false) }
        let values = rows.enumerated().map { rowIndex, row in
            plan.outputs.enumerated().map { outputIndex, output -> QueryValue in
                switch output {
                case .path, .nodes: return paths.value(row: rowIndex, output: outputIndex)
                case .value(let index): return row[index]
                case .hop(let subject, let predicate, let object, let date, let negated, let modality):
                    // An OPTIONAL MATCH that matched nothing leaves its relation NULL.
                    guard let predicateName = row.optionalString(predicate) else { return .null }
                    return .hop(
                        .init(subject: row.string(subject), predicate: predicateName, object: row.string(object), date: row.optionalString(date),
                              negated: row.flag(negated) ? true : nil, modality: QueryRows.modal(row.optionalString(modality))))
                case .evidence(let article, let source, let sentence):
                    return .string([row.optionalString(article), row.optionalString(source), row.optionalString(sentence)].compactMap { $0 }.joined(separator: " — "))
                }
            }
        }
        return QueryResult(columns: columns, rows: values)
    }

    /// A UNION: one compound statement, each column as it comes.
    func run(_ plan: UnionPlan) throws -> QueryResult {
        try checkBudgets(of: plan.parts.flatMap(\.walks))
        let rows = try session.rows(dialect.statement(for: plan))
        if rows.count > plan.rowBudget { throw QueryBudgetError.rows(plan.rowBudget) }
        return QueryResult(columns: columns, rows: rows)
    }

    /// Stops a query one of whose walks filled its CTE to the expansion budget: its answer would
    /// be from a part of the walks.
    func checkBudgets(of walks: [JoinedWalk]) throws {
        for walk in walks where try session.rows(dialect.budgetStatement(for: walk)).first?.count(0) ?? 0 >= walk.maxExpansions {
            throw QueryBudgetError.expansions(walk.maxExpansions)
        }
    }

    /// The walk of a variable-length MATCH: one row per path found, reduced to the returned columns.
    func run(_ plan: WalkPlan) throws -> QueryResult {
        var rows = try session.rows(dialect.statement(for: plan))
        // The first row counts the walk's steps (see `SQLDialect.statement(for: WalkPlan)`).
        let expansions = rows.isEmpty ? 0 : rows.removeFirst().int(2)
        if expansions >= plan.maxExpansions { throw QueryBudgetError.expansions(plan.maxExpansions) }
        let walks = rows.map { row in (facts: row.string(1).split(separator: ",").compactMap { Int64($0) }, end: row.string(2)) }
        let hops = try readHops(walks.flatMap(\.facts), evidence: plan.withEvidence)
        return QueryResult(columns: columns, rows: try QueryRows.walkRows(walks, hops: hops, plan: plan))
    }

    /// Every entity within `hops` of the origin by breadth-first search, each level expanded on
    /// the server, then one read of those the far end allows.
    func run(_ plan: ReachPlan) throws -> QueryResult {
        var search = BreadthFirstSearch(source: PostgresLevels(session: session, dialect: dialect, hops: plan.hopFilter), budget: plan.maxExpansions)
        let reached = try search.reach(from: plan.origin, hops: plan.hops, direction: plan.direction)
        let named = try session.rows(dialect.endStatement(plan.end), idList: dialect.idList(Array(reached.keys))).map { row in
            (hops: reached[row.int(0)] ?? 0, name: row.string(1))
        }
        return QueryResult(columns: columns, rows: try QueryRows.reachRows(named, plan: plan))
    }

    /// SHORTEST and ALL SHORTEST: a breadth-first search over SQL.
    func run(_ plan: ShortestPathPlan) throws -> QueryResult {
        var search = BreadthFirstSearch(source: PostgresNeighbours(plan.hops, session: session, dialect: dialect), budget: plan.maxExpansions)
        return QueryResult(columns: columns, rows: try QueryRows.shortestRows(plan, &search) { try readHops($0, evidence: plan.withEvidence) })
    }

    /// PATHS: every acyclic path up to MAX hops, shortest first, by `PathEnumeration`, each
    /// level of its search read in one statement.
    func run(_ plan: PathSearchPlan) throws -> QueryResult {
        let steps = PostgresPathSteps(plan, session: session, dialect: dialect)
        let rows = try QueryRows.pathSearchRows(
            plan, timeout: timeout, neighbours: { try steps.neighbours(of: $0, outOfSubject: $1) },
            prefetch: { try steps.prefetch($0, outOfSubject: $1) }
        ) { try readHops($0, evidence: plan.withEvidence) }
        return QueryResult(columns: columns, rows: rows)
    }

    /// The paths of the given fact ids as hops, one per sequence of steps, up to `limit`.
    func distinctPaths(_ candidates: [[Int64]], evidence: Bool, limit: Int) throws -> [[QueryValue.Hop]] {
        QueryRows.distinctPaths(candidates, hops: try readHops(candidates.flatMap { $0 }, evidence: evidence), limit: limit)
    }

    /// Every fact of the given ids as a hop, read once.
    func readHops(_ ids: [Int64], evidence: Bool) throws -> [Int64: QueryValue.Hop] {
        var hops: [Int64: QueryValue.Hop] = [:]
        for row in try session.rows(dialect.hopsStatement(), idList: dialect.idList(Array(Set(ids)))) {
            let start = row.optionalString(4)
            let date = start.map { start in row.optionalString(5).flatMap(DatePrecision.init(rawValue:))?.shown(start) ?? start }
            hops[row.int(0)] = QueryValue.Hop(
                subject: row.string(1), predicate: row.string(2), object: row.string(3), date: date, negated: row.flag(6) ? true : nil,
                modality: QueryRows.modal(row.optionalString(10)),
                evidence: evidence ? .init(article: row.optionalString(7), source: row.optionalString(8), sentence: row.optionalString(9)) : nil)
        }
        return hops
    }
}

/// A search's levels read with SQL: one read of a level's facts per direction.
struct PostgresNeighbours: NeighbourSource {
    let session: PostgresSession
    let dialect: PostgresDialect
    let fromSubject: SQLStatement
    let fromObject: SQLStatement

    init(_ hops: HopFilter, session: PostgresSession, dialect: PostgresDialect) {
        self.session = session
        self.dialect = dialect
        fromSubject = dialect.stepStatement(hops, from: .subject, withPredicate: false)
        fromObject = dialect.stepStatement(hops, from: .object, withPredicate: false)
    }

    func makeMarks() -> SparseMarks { SparseMarks() }

    func factID(_ fact: Int64) -> Int64 { fact }

    /// The statement orders its rows by entity id: always in order.
    func facts(
        around entities: [Int64], from end: FactEnd, inOrder: Bool, allowance: Int,
        _ visit: (_ fact: Int64, _ here: Int64, _ there: Int64) throws -> Void
    ) throws -> Int {
        let rows = try session.rows(end == .subject ? fromSubject : fromObject, idList: dialect.idList(entities))
        var read = 0
        for row in rows {
            read += 1
            if read > allowance { throw NeighbourAllowanceExceeded() }
            let (subject, object) = (row.int(1), row.int(2))
            try visit(row.int(0), end == .subject ? subject : object, end == .subject ? object : subject)
        }
        return read
    }
}
