/// A span of days written as one date (`2016`, `2017-03`) or two joined by `..`
/// (`2017-01..2017-03`): from the first day of the first to the last day of the second.
public struct Period: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The first day of the span.
    public let first: CalendarDay
    /// The last day of the span.
    public let last: CalendarDay
    /// As the user wrote it, for labels.
    public let text: String

    /// Reads `2016`, `2017-03` or `2017-01..2017-03`; nil when it ends before it starts.
    public init?(parsing text: some StringProtocol) {
        let parts = text.split(separator: "..", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2,
            let from = FactDate(parsing: parts[0]),
            let to = FactDate(parsing: parts[parts.count - 1]),
            from.start <= to.end
        else { return nil }
        self.first = from.start
        self.last = to.end
        self.text = String(text)
    }

    /// The span `first...last`.
    public init(first: CalendarDay, last: CalendarDay) {
        self.first = first
        self.last = last
        self.text = first == last ? first.description : "\(first)..\(last)"
    }

    /// As written.
    public var description: String { text }

    /// Whether `day` is in the span.
    public func contains(_ day: CalendarDay) -> Bool { first <= day && day <= last }
}

/// How long a point event keeps its relation alive in a snapshot: `180d`, `12w`, `6m`, `1y`.
public struct TimeWindow: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The days a point event stays alive.
    public let days: Int

    /// A window of `days` days.
    public init(days: Int) { self.days = days }

    /// Reads `180d`, `12w`, `6m`, `1y` or a number of days.
    public init?(parsing text: some StringProtocol) {
        // A bare number is days (it was read as a count and a unit digit, and refused, past 9).
        if let days = Int(text) {
            guard days >= 0 else { return nil }
            self.days = days
            return
        }
        guard let unit = text.last, let count = Int(text.dropLast()), count >= 0 else { return nil }
        let perUnit: Int
        switch unit {
        case "d": perUnit = 1
        case "w": perUnit = 7
        case "m": perUnit = 30
        case "y": perUnit = 365
        default: return nil
        }
        // A count too large for the days to fit in an Int is no window (it trapped here before).
        let (total, overflow) = count.multipliedReportingOverflow(by: perUnit)
        guard !overflow else { return nil }
        days = total
    }

    /// `180d`.
    public var description: String { "\(days)d" }
}
