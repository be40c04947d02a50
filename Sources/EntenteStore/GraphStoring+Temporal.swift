import EntenteModel
public import EntenteQuery

extension GraphStoring {
    /// A TIMELINE of the query language, answered by the same code as `entente timeline`.
    public func run(_ plan: TimelinePlan) throws(StoreError) -> QueryResult {
        let entries = try timelineEntries(
            between: plan.first, and: plan.second, direction: plan.directed ? TimelineDirection.out : .both,
            since: plan.since.map { FactDate(day: $0) }, until: plan.until.map { FactDate(day: $0) }, includeModal: plan.includeModal,
            excludeDomestic: plan.excludeDomestic)
        return plan.result(counting: entries)
    }

    /// A DIFF of the query language, answered by the same code as `entente diff`.
    public func run(_ plan: DiffPlan) throws(StoreError) -> QueryResult {
        let touching = plan.around.map { Set([$0]) }
        func selection(_ period: Period) -> RelationSelection {
            .init(time: .aliveDuring(first: period.first, last: period.last), includeModal: plan.includeModal, excludeDomestic: plan.excludeDomestic)
        }
        let old = try relations(selection(plan.before), touching: touching)
        let new = try relations(selection(plan.after), touching: touching)
        let diff = RelationDiff(before: plan.before, old, after: plan.after, new)
        return QueryResult(
            columns: DiffPlan.columns,
            rows: diff.entries.map {
                [
                    .string($0.change.rawValue), .string($0.subject), .string($0.predicateLabel), .string($0.object),
                    $0.classBefore.map { .string($0.rawValue) } ?? .null, $0.classAfter.map { .string($0.rawValue) } ?? .null,
                ]
            })
    }
}
