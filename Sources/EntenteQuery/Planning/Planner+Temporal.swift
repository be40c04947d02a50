import EntenteModel

extension Planner {
    mutating func plan(_ query: TimelineQuery, explain: Bool) -> CompiledQuery? {
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
        let classes = RelationClass.allCases.map(\.rawValue)
        var compiled = CompiledQuery(
            sql: "", arguments: [], columns: ["period", "facts", "sources"] + classes + ["goldstein", "balance"], outputs: [],
            strategy: .timeline, pathSelection: nil, withEvidence: false, explain: explain, limit: nil)
        compiled.temporal = .timeline(first: first.id, second: second.id, directed: query.directed, bucket: bucket, since: since, until: until)
        return compiled
    }

    mutating func plan(_ query: DiffQuery, explain: Bool) -> CompiledQuery? {
        let before = period(query.before)
        let after = period(query.after)
        var around: Int64?
        if let reference = query.around {
            guard let entity = resolve(reference) else { return nil }
            around = entity.id
        }
        guard let before, let after else { return nil }
        var compiled = CompiledQuery(
            sql: "", arguments: [], columns: ["change", "subject", "predicate", "object", "before", "after"], outputs: [],
            strategy: .diff, pathSelection: nil, withEvidence: false, explain: explain, limit: nil)
        compiled.temporal = .diff(before: before, after: after, around: around)
        return compiled
    }

    private mutating func period(_ text: DiffQuery.PeriodText) -> Period? {
        guard let period = Period(parsing: text.start == text.end ? text.start : "\(text.start)..\(text.end)") else {
            error(.periodBackwards, at: text.range)
            return nil
        }
        return period
    }
}
