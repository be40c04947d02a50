extension DatePrecision {
    /// A fact's first day as stored (`2017-03-01`) shown as precisely as the fact is dated:
    /// `2017-03-01`, `2017-03` or `2017`. The query language's `r.date` is the same rule in SQL
    /// (`DateRules.display`).
    public func shown(_ start: String) -> String {
        switch self {
        case .day: start
        case .month: String(start.prefix(7))
        case .year: String(start.prefix(4))
        }
    }
}
