package import EntenteModel
package import EntenteQuery

extension TimelinePlan {
    /// The answer to this TIMELINE from the facts between its two entities, as every store
    /// reads them: from the plan's first day, else the earliest fact's, to its last day, else the
    /// latest fact's; no rows when there is neither.
    package func result(counting entries: [Timeline.Entry]) -> QueryResult {
        guard let earliest = since ?? entries.map(\.day).min(), let latest = until ?? entries.map(\.day).max() else {
            return QueryResult(columns: Self.columns, rows: [])
        }
        return result(Timeline.Counts(entries, by: bucket, from: earliest, to: latest))
    }

    /// ``result(counting:)`` for facts whose sources are numbered already (`0..<sourceCount`):
    /// the same answer without a string per fact.
    package func result(counting facts: [Timeline.CountedFact], sourceCount: Int) -> QueryResult {
        var days = facts.lazy.map(\.dayNumber).makeIterator()
        var (first, last) = (Int.max, Int.min)
        while let day = days.next() { (first, last) = (min(first, day), max(last, day)) }
        guard let earliest = since ?? (facts.isEmpty ? nil : CalendarDay(dayNumber: first)),
            let latest = until ?? (facts.isEmpty ? nil : CalendarDay(dayNumber: last))
        else { return QueryResult(columns: Self.columns, rows: []) }
        return result(Timeline.Counts(facts, sourceCount: sourceCount, by: bucket, from: earliest, to: latest))
    }

    /// One row per period: its label, facts, sources, the facts of each class (every class, in
    /// the order of the columns), the mean Goldstein score and the balance.
    private func result(_ counts: Timeline.Counts) -> QueryResult {
        let classes = RelationClass.allCases.indices
        let rows = (0..<counts.count).map { position -> [QueryValue] in
            var row: [QueryValue] = []
            row.reserveCapacity(Self.columns.count)
            row.append(.string(counts.bucket.label(counts.starts[position])))
            row.append(.integer(Int64(counts.facts[position])))
            row.append(.integer(Int64(counts.sources[position])))
            for number in classes { row.append(.integer(Int64(counts.facts(ofClass: number, inPeriod: position)))) }
            row.append(counts.meanGoldstein[position].map { .double($0) } ?? .null)
            row.append(counts.balance[position].map { .double($0) } ?? .null)
            return row
        }
        return QueryResult(columns: Self.columns, rows: rows)
    }
}
