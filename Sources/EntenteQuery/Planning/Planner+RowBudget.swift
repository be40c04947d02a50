extension Planner.Options {
    /// The rows an answer may have: the query's LIMIT, never more than the row budget.
    func rowLimit(_ limit: Int?) -> Int {
        min(limit ?? maxRows, maxRows)
    }

    /// Whether the row budget, not the query's LIMIT, ends the answer: then an answer with more
    /// rows than the budget stops the query with the budget's error, so that rows are never cut
    /// without a word (a LIMIT above the budget is no way around it).
    func budgetEnds(_ limit: Int?) -> Bool {
        limit.map { $0 > maxRows } ?? true
    }

    /// The rows a statement reads: the LIMIT when the budget allows it, else one row past the
    /// budget, which tells an answer too large for it from one that fits (a budget of `Int.max`
    /// has no row past it).
    func statementLimit(_ limit: Int?) -> Int {
        if let limit, !budgetEnds(limit) { return limit }
        return maxRows == .max ? .max : maxRows + 1
    }
}
