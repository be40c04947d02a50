public import EntenteQuery
import EntenteModel
import EntenteStore
import GRDB

// MARK: - Reads: a query from its text

extension GraphStore {
    /// Compiles a query against this store's names and predicates (the standard vocabulary's
    /// too) and runs it, unless it says EXPLAIN, in one read: its names are resolved in the
    /// snapshot it runs on, and a query asked before is not parsed, planned or resolved again
    /// while the data is as it was then (see `PlanCache`).
    ///
    /// For example:
    ///
    ///     let (compiled, result) = try store.compileAndRun(SourceText(#"SHORTEST FROM "Iran" TO "Israel" MAX 3"#))
    ///
    /// - Returns: the compiled query, and its answer (nil for EXPLAIN).
    /// - Throws: `QueryError` with the query's diagnostics, `QueryBudgetError` naming the budget
    ///   reached, or ``StoreError``.
    /// - Complexity: one read transaction for the names and a MATCH or search; a TIMELINE or
    ///   DIFF reads on its own after it.
    public func compileAndRun(
        _ source: SourceText, parameters: [String: QueryValue] = [:], options: Planner.Options = .init(), timeout: Double = 10
    ) throws -> (compiled: CompiledQuery, result: QueryResult?) {
        let key = PlanCache.Key(source.text, parameters: parameters, options: options)
        let answered = try translatingQueryErrors(timeout: timeout) {
            try readTransaction { db -> (CompiledQuery, QueryResult?) in
                // The read starts with a statement: SQLite reads the data version as a read begins.
                _ = try Int64.fetchOne(db.cachedStatement(sql: "PRAGMA schema_version"))
                let compiled = try plans.compiled(key, db) { predicates in
                    try Planner.compile(source, resolver: ConnectionResolver(db: db, predicates: predicates), parameters: parameters, options: options)
                }
                switch compiled.plan {
                case _ where compiled.explain: return (compiled, nil)
                case .timeline, .diff: return (compiled, nil)
                default: return (compiled, try execute(compiled, timeout: timeout, dialect: Self.dialect, db))
                }
            }
        }
        if answered.1 == nil, !answered.0.explain { return (answered.0, try run(answered.0, timeout: timeout)) }
        return answered
    }
}

/// The planner's view of the store from inside a read: names, suggestions and predicates read
/// on the read's connection, so they belong to the snapshot the query runs on.
struct ConnectionResolver: EntityResolver {
    let db: Database
    /// The predicates stored and the vocabulary's.
    let predicates: Set<String>

    func candidates(named name: String) throws -> [ResolvedEntity] {
        try GraphStore.resolvedCandidates(for: EntitySelector(name), db)
    }

    func candidates(namedEach names: [String]) throws -> [[ResolvedEntity]] {
        try GraphStore.resolvedCandidates(forEach: names.map(EntitySelector.init), db)
    }

    func suggestions(for name: String) throws -> [String] {
        try GraphStore.suggestions(for: NameKey(name).rawValue, db)
    }
}
