import EntenteModel

extension Planner {
    /// Plans `TIMELINE a AND b …`: the store counts the facts between them per period.
    mutating func plan(_ query: TimelineQuery, explain: Bool) -> CompiledQuery? {
        prefetchCandidates(of: [query.first, query.second])
        let first = resolve(query.first)
        let second = resolve(query.second)
        var bucket = Timeline.Bucket.month
        if let name = query.bucket {
            if let parsed = Timeline.Bucket(rawValue: name.text.lowercased()) {
                bucket = parsed
            } else {
                error(.unknownBucket(name.text), at: name.range)
            }
        }
        var since: CalendarDay?
        var until: CalendarDay?
        if let scope = query.scope {
            since = scope.start.flatMap { FactDate(parsing: $0) }?.start
            until = scope.end.flatMap { FactDate(parsing: $0) }?.end
            if let since, let until, until < since { error(.periodBackwards, at: scope.range) }
        }
        guard let first, let second else { return nil }
        let plan = TimelinePlan(
            first: first.id, second: second.id, directed: query.directed, bucket: bucket, since: since, until: until,
            includeModal: options.includeModal, excludeDomestic: options.excludeDomestic)
        return CompiledQuery(plan: .timeline(plan), columns: TimelinePlan.columns, explain: explain)
    }

    /// Plans `DIFF p1 AND p2 [AROUND x]`: the store compares the relations of the two periods.
    mutating func plan(_ query: DiffQuery, explain: Bool) -> CompiledQuery? {
        let before = period(query.before)
        let after = period(query.after)
        var around: Int64?
        if let reference = query.around {
            guard let entity = resolve(reference) else { return nil }
            around = entity.id
        }
        guard let before, let after else { return nil }
        let plan = DiffPlan(
            before: before, after: after, around: around, includeModal: options.includeModal, excludeDomestic: options.excludeDomestic)
        return CompiledQuery(plan: .diff(plan), columns: DiffPlan.columns, explain: explain)
    }

    private mutating func period(_ text: DiffQuery.PeriodText) -> Period? {
        guard let period = Period(parsing: text.start == text.end ? text.start : "\(text.start)..\(text.end)") else {
            error(.periodBackwards, at: text.range)
            return nil
        }
        return period
    }
}
