import EntenteModel

extension Planner {
    /// How long a point event stays alive in `AS OF` without a `WINDOW`.
    public static let defaultWindowDays = 180

    /// The scope's bounds as conditions on one fact: DURING overlaps, WITHIN contains, AS OF
    /// keeps what is alive on the day.
    mutating func scopeConditions(_ scope: DateScope?, on fact: TableAlias<FactTable>) -> [SQLFragment] {
        guard let scope else { return [] }
        let first = scope.start.flatMap { FactDate(parsing: $0) }
        let last = scope.end.flatMap { FactDate(parsing: $0) }
        if let first, let last, last.end < first.start {
            error(.periodBackwards, at: scope.range)
        }
        switch scope.kind {
        case .during:
            return DateRules.overlap(fact, first: first?.start, last: last?.end)
        case .within:
            return DateRules.containment(fact, first: first?.start, last: last?.end)
        case .asOf:
            guard let day = last?.end else { return [] }
            let windowStart = day.adding(days: -(scope.windowDays ?? Self.defaultWindowDays)) ?? day
            return [DateRules.alive(fact, on: day, eventsSince: windowStart)]
        }
    }
}
