import EntenteStore
import EntenteModel
import EntenteQuery
import GRDB

/// Runs the plans of one query inside one read, with the statements its dialect writes.
struct QueryExecution<Dialect: SQLDialect>: PlanExecution {
    let db: Database
    let dialect: Dialect
    /// The answer's column names.
    let columns: [String]
    /// When set, searches step through the adjacency index instead of SQL.
    let indexed: IndexedTraversal?
    /// Seconds a path search may run (the clock is checked as it walks).
    let timeout: Double

    /// A MATCH: one statement, its rows turned into the output columns.
    ///
    /// The statement is prepared once per connection and shape of query (its values are bound
    /// arguments, so `who supports X` and `who supports Y` are one statement): preparing a join
    /// costs about as much as running it when it names one entity.
    func run(_ plan: JoinPlan) throws -> QueryResult {
        // Each walk's rows are counted by the statement itself, a column after the answer's, so
        // its CTE is computed once; an empty answer carries no count, and they are counted apart.
        var counted = plan
        counted.selections += plan.walks.map { "(SELECT count(*) FROM \($0.table))" }
        let statement = dialect.statement(for: counted)
        let rows = try Row.fetchAll(db.cachedStatement(sql: statement.text), arguments: statement.databaseArguments(idList: .null))
        if let first = rows.first {
            for (index, walk) in plan.walks.enumerated() where (first[plan.selections.count + index] as Int? ?? 0) >= walk.maxExpansions {
                throw QueryBudgetError.expansions(walk.maxExpansions)
            }
        } else {
            try checkBudgets(of: plan.walks)
        }
        if rows.count > plan.rowBudget { throw QueryBudgetError.rows(plan.rowBudget) }
        let paths = try JoinPaths(rowCount: rows.count, outputs: plan.outputs, cell: { QueryValue(rows[$0][$1] as DatabaseValue) }) {
            try readHops($0, evidence: false)
        }
        let values = rows.enumerated().map { rowIndex, row in
            plan.outputs.enumerated().map { outputIndex, output -> QueryValue in
                switch output {
                case .path, .nodes: return paths.value(row: rowIndex, output: outputIndex)
                case .value(let index): return QueryValue(row[index] as DatabaseValue)
                case .hop(let subject, let predicate, let object, let date, let negated, let modality):
                    // An OPTIONAL MATCH that matched nothing leaves its relation NULL.
                    guard (row[predicate] as String?) != nil else { return .null }
                    return .hop(
                        .init(subject: row[subject], predicate: row[predicate], object: row[object], date: row[date],
                              negated: (row[negated] as Bool?) == true ? true : nil, modality: Self.modal(row[modality])))
                case .evidence(let article, let source, let sentence):
                    return .string([row[article] as String?, row[source] as String?, row[sentence] as String?].compactMap { $0 }.joined(separator: " — "))
                }
            }
        }
        return QueryResult(columns: columns, rows: values)
    }

    /// A UNION: one compound statement, each column as it comes (every part returns values).
    func run(_ plan: UnionPlan) throws -> QueryResult {
        try checkBudgets(of: plan.parts.flatMap(\.walks))
        let statement = dialect.statement(for: plan)
        let rows = try Row.fetchAll(db.cachedStatement(sql: statement.text), arguments: statement.databaseArguments(idList: .null))
        if rows.count > plan.rowBudget { throw QueryBudgetError.rows(plan.rowBudget) }
        return QueryResult(columns: columns, rows: rows.map { row in (0..<row.count).map { QueryValue(row[$0] as DatabaseValue) } })
    }

    /// The paths of the given fact ids as hops, one per sequence of (subject, predicate, object)
    /// steps, in order, up to `limit` (one for SHORTEST).
    func distinctPaths(_ candidates: [[Int64]], evidence: Bool, limit: Int) throws -> [[QueryValue.Hop]] {
        QueryRows.distinctPaths(candidates, hops: try readHops(candidates.flatMap { $0 }, evidence: evidence), limit: limit)
    }

    static func modal(_ text: String?) -> String? { QueryRows.modal(text) }

    /// The most facts read with one bound id each: a statement per length is prepared and kept
    /// per connection, so the lengths are few.
    static var boundHops: Int { 16 }

    static func pathKey(_ path: [QueryValue.Hop]) -> String { QueryRows.pathKey(path) }

    /// Every fact of the given ids as a hop, read once.
    func readHops(_ ids: [Int64], evidence: Bool) throws -> [Int64: QueryValue.Hop] {
        let distinct = Array(Set(ids))
        guard !distinct.isEmpty else { return [:] }
        // A path's few facts by primary key, each id bound (no JSON list for SQLite to decode
        // and build into a table); many facts as one list.
        let bound = distinct.count <= Self.boundHops
        let statement = bound ? dialect.hopsStatement(ids: distinct) : dialect.hopsStatement()
        let arguments = statement.databaseArguments(idList: bound ? .null : dialect.idList(distinct))
        var hops: [Int64: QueryValue.Hop] = [:]
        // Prepared once per connection (and length of list): a shortest path's few hops cost
        // less to read than to prepare. Each row is read where it is, not copied first (as
        // fetchAll would).
        let rows = try Row.fetchCursor(db.cachedStatement(sql: statement.text), arguments: arguments)
        while let row = try rows.next() {
            let start: String? = row[4]
            let precision: String? = row[5]
            let date = start.map { start in precision.flatMap(DatePrecision.init(rawValue:))?.shown(start) ?? start }
            hops[row[0]] = QueryValue.Hop(
                subject: row[1], predicate: row[2], object: row[3], date: date, negated: (row[6] as Bool) ? true : nil,
                modality: Self.modal(row[10]), evidence: evidence ? .init(article: row[7], source: row[8], sentence: row[9]) : nil)
        }
        return hops
    }
}
