/// A query ready to run: its plan, the names of its output columns, and whether it was asked
/// to EXPLAIN itself rather than run.
public struct CompiledQuery: Sendable, Equatable {
    /// What the query does.
    public var plan: QueryPlan
    /// The output columns' names, as the answer shows them.
    public var columns: [String]
    /// `EXPLAIN …`: print how the query runs instead of running it.
    public var explain: Bool

    /// A compiled query.
    public init(plan: QueryPlan, columns: [String], explain: Bool) {
        self.plan = plan
        self.columns = columns
        self.explain = explain
    }

    /// How the query is answered.
    public var strategy: QueryPlan.Strategy { plan.strategy }
}
