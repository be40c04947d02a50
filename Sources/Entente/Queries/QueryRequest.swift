/// A query as a front end receives it: its text, its parameters, and the budgets it runs within.
public struct QueryRequest: Sendable, Equatable {
    /// The query.
    public var text: String
    /// The query's name in diagnostics: `query`, a file name, `stdin`.
    public var sourceName: String
    /// Values for its `$name` parameters.
    public var parameters: [String: QueryValue]
    /// What the query may spend.
    public var budgets: QueryBudgets
    /// Let every relation match hypothetical, future, advocated and hedged facts too.
    public var includeModal: Bool
    /// Leave out facts whose two parties are one entity.
    public var excludeDomestic: Bool

    /// A request with the default budgets.
    public init(
        _ text: String, sourceName: String = "query", parameters: [String: QueryValue] = [:], budgets: QueryBudgets = .init(),
        includeModal: Bool = false, excludeDomestic: Bool = false
    ) {
        self.text = text
        self.sourceName = sourceName
        self.parameters = parameters
        self.budgets = budgets
        self.includeModal = includeModal
        self.excludeDomestic = excludeDomestic
    }
}

/// What a query may spend before it is stopped with a `QueryBudgetError`.
public struct QueryBudgets: Sendable, Equatable {
    /// Rows a query without a LIMIT may return.
    public var maxRows: Int
    /// Facts a search may read, steps a walk may take.
    public var maxExpansions: Int
    /// Seconds a query may run.
    public var timeout: Double

    /// The command line's defaults: 10,000 rows, 5,000,000 steps, 10 seconds.
    public init(maxRows: Int = 10_000, maxExpansions: Int = Planner.Options.defaultMaxExpansions, timeout: Double = 10) {
        self.maxRows = maxRows
        self.maxExpansions = maxExpansions
        self.timeout = timeout
    }
}
