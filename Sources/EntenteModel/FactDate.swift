/// The date of a fact, as precise as its source: a day, a month or a year.
///
/// It covers the days `start...end`: `2017` covers the whole year and
/// `2017-03` the whole of March, so date filters can tell "in March 2017"
/// from "on 23 March 2017".
public struct FactDate: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The first day the date covers.
    public let start: CalendarDay
    /// Whether it names a day, a month or a year.
    public let precision: DatePrecision

    /// A date precise to the day.
    public init(day: CalendarDay) {
        start = day
        precision = .day
    }

    /// The year, month or day given, as precise as given; nil for a day that does not exist or a day without a month.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        switch (month, day) {
        case (nil, nil):
            guard let first = CalendarDay(year: year, month: 1, day: 1) else { return nil }
            start = first
            precision = .year
        case (let month?, nil):
            guard let first = CalendarDay(year: year, month: month, day: 1) else { return nil }
            start = first
            precision = .month
        case (let month?, let day?):
            guard let exact = CalendarDay(year: year, month: month, day: day) else { return nil }
            start = exact
            precision = .day
        case (nil, _?):
            return nil
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else or a day that does not exist.
    public init?(parsing text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
            parts.dropFirst().allSatisfy({ $0.count == 2 }),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0])
        else { return nil }
        let month = parts.count > 1 ? Int(parts[1]) : nil
        let day = parts.count > 2 ? Int(parts[2]) : nil
        self.init(year: year, month: month, day: day)
    }

    /// The last day the date covers.
    public var end: CalendarDay {
        switch precision {
        case .day:
            return start
        case .month:
            let last = CalendarDay.daysIn(month: start.month, year: start.year)
            return CalendarDay(year: start.year, month: start.month, day: last)!
        case .year:
            return CalendarDay(year: start.year, month: 12, day: 31)!
        }
    }

    /// `2017`, `2017-03` or `2017-03-23`.
    public var description: String {
        switch precision {
        case .year: CalendarDay.pad(start.year, 4)
        case .month: CalendarDay.pad(start.year, 4) + "-" + CalendarDay.pad(start.month, 2)
        case .day: start.description
        }
    }

    /// Decodes `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = FactDate(parsing: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"))
        }
        self = date
    }

    /// Encodes the date as it is written.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
