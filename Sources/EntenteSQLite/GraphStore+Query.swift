import EntenteStore
import EntenteModel
public import EntenteQuery
import Foundation
import GRDB

// MARK: - Reads: queries

extension GraphStore {
    /// The SQL this store speaks.
    static let dialect = SQLiteDialect()

    /// Runs a compiled query, stopping it when it runs past `timeout` seconds or returns more rows than its budget.
    ///
    /// - Throws: `QueryBudgetError` naming the bound to raise, or ``StoreError``.
    public func run(_ compiled: CompiledQuery, timeout: Double = 10) throws -> QueryResult {
        try run(compiled, timeout: timeout, dialect: Self.dialect)
    }

    /// `run(_:timeout:)` with statements written by `dialect`: for tests that slip other SQL in.
    func run(_ compiled: CompiledQuery, timeout: Double, dialect: some SQLDialect) throws -> QueryResult {
        switch compiled.plan {
        case .timeline(let plan): return try runTimeline(plan)
        case .diff(let plan): return try run(plan)
        default: break
        }
        return try translatingQueryErrors(timeout: timeout) {
            try readTransaction { db in try execute(compiled, timeout: timeout, dialect: dialect, db) }
        }
    }

    /// Runs a plan other than a TIMELINE or DIFF (which read on their own) in the caller's read.
    func execute(_ compiled: CompiledQuery, timeout: Double, dialect: some SQLDialect, _ db: Database) throws -> QueryResult {
        let adjacency = compiled.plan.searchHops?.traversal == nil ? nil : self.adjacency
        return try QueryDeadline.run(db, within: timeout) {
            var indexed: IndexedTraversal?
            if let adjacency, let traversal = compiled.plan.searchHops?.traversal, let index = try adjacency.current(db) {
                indexed = IndexedTraversal(index: index, filter: try index.filter(traversal, db))
            }
            let execution = QueryExecution(db: db, dialect: dialect, columns: compiled.columns, indexed: indexed, timeout: timeout)
            return try execution.run(compiled.plan)
        }
    }

    /// What `body` throws, in a query's terms: an interrupted statement is the time budget
    /// reached, any other database error a ``StoreError``.
    func translatingQueryErrors<T>(timeout: Double, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT {
            throw QueryBudgetError.time(seconds: timeout)
        } catch let error as QueryBudgetError {
            throw error
        } catch let error as DatabaseError {
            throw StoreError(translating: error, path: path)
        }
    }

    /// The statement EXPLAIN shows, as SQLite's dialect writes it.
    public func explainedStatement(_ compiled: CompiledQuery) -> SQLStatement {
        Self.dialect.firstStatement(of: compiled.plan)
    }

    /// How SQLite will run the query's first statement: its `EXPLAIN QUERY PLAN`, one line per
    /// step; none for TIMELINE and DIFF, which run no statement of their own.
    public func queryPlan(_ compiled: CompiledQuery) throws -> [String] {
        let statement = explainedStatement(compiled)
        guard !statement.text.isEmpty else { return [] }
        return try database.read { db in
            // A search's statement takes the entities of a level as an argument: none, to explain it.
            let arguments = statement.databaseArguments(idList: Self.dialect.idList([]))
            return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + statement.text, arguments: arguments)
                .map { row in
                    let detail: String = row["detail"]
                    return detail
                }
        }
    }
}

extension QueryPlan {
    /// The hop filter of a search that an adjacency index may answer (not a walk's).
    var searchHops: HopFilter? {
        switch self {
        case .shortestPaths(let plan): plan.hops
        case .pathSearch(let plan): plan.hops
        case .reach(let plan): plan.hopFilter
        case .join, .union, .walk, .timeline, .diff: nil
        }
    }
}
