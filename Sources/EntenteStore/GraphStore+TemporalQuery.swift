import EntenteModel
public import EntenteQuery

extension GraphStore {
    /// A TIMELINE or DIFF of the query language, answered by the same code as
    /// `entente timeline` and `entente diff`.
    public func run(_ temporal: CompiledQuery.Temporal, includeModal: Bool = false, excludeDomestic: Bool = false) throws(StoreError) -> QueryResult {
        switch temporal {
        case .timeline(let first, let second, let directed, let bucket, let since, let until):
            let entries = try timelineEntries(
                between: first, and: second, direction: directed ? .out : .both,
                since: since.map { FactDate(day: $0) }, until: until.map { FactDate(day: $0) }, includeModal: includeModal,
                excludeDomestic: excludeDomestic)
            let classes = RelationClass.allCases.map(\.rawValue)
            let columns = ["period", "facts", "sources"] + classes + ["goldstein", "balance"]
            guard let earliest = since ?? entries.map(\.day).min(), let latest = until ?? entries.map(\.day).max() else {
                return QueryResult(columns: columns, rows: [])
            }
            let timeline = Timeline(entries, by: bucket, from: earliest, to: latest)
            return QueryResult(
                columns: columns,
                rows: timeline.rows.map { row in
                    [.string(row.period), .integer(Int64(row.facts)), .integer(Int64(row.sources))]
                        + classes.map { .integer(Int64(row.classes[$0] ?? 0)) }
                        + [row.meanGoldstein.map { .double($0) } ?? .null, row.balance.map { .double($0) } ?? .null]
                })
        case .diff(let before, let after, let around):
            let touching = around.map { Set([$0]) }
            let old = try relations(
                .init(time: .aliveDuring(first: before.first, last: before.last), includeModal: includeModal, excludeDomestic: excludeDomestic),
                touching: touching)
            let new = try relations(
                .init(time: .aliveDuring(first: after.first, last: after.last), includeModal: includeModal, excludeDomestic: excludeDomestic),
                touching: touching)
            let diff = RelationDiff(before: before, old, after: after, new)
            return QueryResult(
                columns: ["change", "subject", "predicate", "object", "before", "after"],
                rows: diff.entries.map {
                    [
                        .string($0.change.rawValue), .string($0.subject), .string($0.predicateLabel), .string($0.object),
                        $0.classBefore.map { .string($0.rawValue) } ?? .null, $0.classAfter.map { .string($0.rawValue) } ?? .null,
                    ]
                })
        }
    }
}
