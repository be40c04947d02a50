extension KnowledgeGraph {
    /// What a query request gives: its rows, or, for `EXPLAIN …`, how it runs.
    public enum QueryAnswer: Sendable, Equatable {
        case rows(QueryResult)
        case explanation(QueryExplanation)
    }

    /// Plans a request against the store's names and predicates.
    ///
    /// - Throws: `QueryFailure.invalidQuery` with the diagnostics, or `.storeFailed` when the
    ///   store could not be read to resolve a name.
    public func compile(_ request: QueryRequest) throws(QueryFailure) -> CompiledQuery {
        do {
            return try Planner.compile(
                SourceText(request.text, name: request.sourceName), resolver: try store.resolver(), parameters: request.parameters,
                options: Self.options(request))
        } catch {
            throw QueryFailure(error)
        }
    }

    /// The planner's options a request asks for.
    static func options(_ request: QueryRequest) -> Planner.Options {
        .init(
            maxRows: request.budgets.maxRows, maxExpansions: request.budgets.maxExpansions, includeModal: request.includeModal,
            excludeDomestic: request.excludeDomestic)
    }

    /// Runs a compiled query within `timeout` seconds and its row and expansion budgets.
    public func run(_ compiled: CompiledQuery, timeout: Double) throws(QueryFailure) -> QueryResult {
        do {
            return try store.run(compiled, timeout: timeout)
        } catch {
            throw QueryFailure(error)
        }
    }

    /// How a compiled query runs, without running it.
    public func explain(_ compiled: CompiledQuery) throws(QueryFailure) -> QueryExplanation {
        do {
            return QueryExplanation(
                strategy: compiled.strategy, statement: store.explainedStatement(compiled), databasePlan: try store.queryPlan(compiled))
        } catch {
            throw QueryFailure(error)
        }
    }

    /// Plans and runs a request, or explains it when it says `EXPLAIN`.
    public func answer(_ request: QueryRequest) throws(QueryFailure) -> QueryAnswer {
        let answered: (compiled: CompiledQuery, result: QueryResult?)
        do {
            // One read for the names and the answer where the store can (SQLite's can, and keeps
            // what it compiled while the data is unchanged).
            answered = try store.compileAndRun(
                SourceText(request.text, name: request.sourceName), parameters: request.parameters, options: Self.options(request),
                timeout: request.budgets.timeout)
        } catch {
            throw QueryFailure(error)
        }
        guard let result = answered.result else { return .explanation(try explain(answered.compiled)) }
        return .rows(result)
    }

    /// A query's answer drawn as DOT, as `export dot --query` draws it (without a legend): the
    /// relations its hops and paths name, and the entities it returns, one node per entity.
    /// Negated hops the query asked for are drawn, dashed.
    public func dot(answering result: QueryResult, includeModal: Bool = false, excludeDomestic: Bool = false) throws(QueryFailure) -> String {
        let selection = RelationSelection(includeNegated: true, includeModal: includeModal, excludeDomestic: excludeDomestic)
        do {
            return DOTExporter(options: .init(legend: false)).render(try store.exportGraph(answering: result, selection))
        } catch {
            throw QueryFailure(error)
        }
    }
}
