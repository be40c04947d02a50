/// `MATCH … UNION [ALL] MATCH …`: one compound SELECT of the parts' SELECTs, each a join that
/// returns values, its rows the parts' rows (without repeats unless `all`).
public struct UnionPlan: Sendable, Equatable {
    /// The parts, in order.
    public var parts: [JoinPlan]
    /// UNION ALL: keep repeated rows.
    public var all: Bool
    /// The compound statement's LIMIT: one row past the row budget.
    public var statementLimit: Int
    /// Rows the answer may have; more is an error naming the row budget.
    public var rowBudget: Int
}
