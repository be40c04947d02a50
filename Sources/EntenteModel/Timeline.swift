/// Facts between two actors counted per period: per relation class, distinct sources, mean
/// Goldstein score and the balance of cooperation against conflict. Periods with no facts are kept
/// (zero-filled), so a series reads as time.
///
/// A fact counts in the period that contains its first day: a fact dated `2017-03` falls in
/// March 2017 by month, in the week of 1 March by week.
public struct Timeline: Sendable, Equatable, Codable {
    /// The length of a period.
    public enum Bucket: String, Sendable, CaseIterable, Codable {
        case day, week, month, quarter, year

        /// The first day of the period containing `day` (weeks start on Monday).
        public func start(of day: CalendarDay) -> CalendarDay {
            switch self {
            case .day: return day
            case .week: return day.adding(days: 1 - day.weekday) ?? day
            case .month: return CalendarDay(year: day.year, month: day.month, day: 1)!
            case .quarter: return CalendarDay(year: day.year, month: (day.month - 1) / 3 * 3 + 1, day: 1)!
            case .year: return CalendarDay(year: day.year, month: 1, day: 1)!
            }
        }

        /// The first day of the next period.
        public func next(after start: CalendarDay) -> CalendarDay? {
            switch self {
            case .day: return start.adding(days: 1)
            case .week: return start.adding(days: 7)
            case .month, .quarter:
                let months = self == .month ? 1 : 3
                let index = start.year * 12 + (start.month - 1) + months
                return CalendarDay(year: index / 12, month: index % 12 + 1, day: 1)
            case .year: return CalendarDay(year: start.year + 1, month: 1, day: 1)
            }
        }

        /// How a period is labelled: `2017-03-23`, `2017-W12`, `2017-03`, `2017-Q1`, `2017`.
        public func label(_ start: CalendarDay) -> String {
            switch self {
            case .day: return start.description
            case .week:
                // ISO week number: the week's Thursday decides its year.
                let thursday = start.adding(days: 3) ?? start
                let firstThursday = CalendarDay(year: thursday.year, month: 1, day: 4)!
                let week = (thursday.dayNumber - Bucket.week.start(of: firstThursday).dayNumber) / 7 + 1
                return "\(thursday.year)-W" + (week < 10 ? "0\(week)" : "\(week)")
            case .month: return String(start.description.prefix(7))
            case .quarter: return "\(start.year)-Q\((start.month - 1) / 3 + 1)"
            case .year: return String(start.year)
            }
        }
    }

    /// One dated fact, as the timeline needs it.
    public struct Entry: Sendable, Equatable {
        /// The fact's first day.
        public var day: CalendarDay
        /// Its predicate's class.
        public var relationClass: RelationClass
        /// Its Goldstein score, if any.
        public var goldstein: Double?
        /// What tells sources apart: the publisher, else the article.
        public var source: String
        /// How the source commits to the fact; views count only asserted and reported facts
        /// unless asked to include the others.
        public var modality: Modality

        /// An entry of these fields.
        public init(day: CalendarDay, relationClass: RelationClass, goldstein: Double?, source: String, modality: Modality = .asserted) {
            self.day = day
            self.relationClass = relationClass
            self.goldstein = goldstein
            self.source = source
            self.modality = modality
        }
    }

    /// One period's counts.
    public struct Row: Sendable, Equatable, Codable {
        /// The period's label: `2017-03`, `2017-W09`, `2017-Q1`, …
        public var period: String
        /// The period's first day.
        public var start: String
        /// Facts in the period.
        public var facts: Int
        /// Distinct sources of those facts.
        public var sources: Int
        /// Facts per class, every class present (zero when none).
        public var classes: [String: Int]
        /// The mean Goldstein score of the facts that have one.
        public var meanGoldstein: Double?
        /// (cooperation − conflict) / (cooperation + conflict), from −1 to +1; nil without either.
        public var balance: Double?
        /// Of `facts`, those neither asserted nor reported (hypothetical, future, advocated,
        /// hedged); nil when the timeline holds none at all, as it does unless asked to.
        public var modal: Int?
    }

    /// The length of each period.
    public var bucket: Bucket
    /// One row per period, in order, empty periods included.
    public var rows: [Row]

    /// Buckets `entries` from the period of `from` to the period of `to`, both included.
    ///
    /// - Complexity: one pass over the entries (each finds its period by a binary search over the
    ///   periods' first days), then one over each period's own entries (``Counts``).
    public init(_ entries: [Entry], by bucket: Bucket, from: CalendarDay, to: CalendarDay) {
        self.bucket = bucket
        rows = Counts(entries, by: bucket, from: from, to: to).rows
    }

    /// A one-line chart of a series, one block character per period.
    public static func sparkline(_ values: [Double?]) -> String {
        let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        let present = values.compactMap { $0 }
        guard let low = present.min(), let high = present.max() else { return String(repeating: " ", count: values.count) }
        return String(values.map { value -> Character in
            guard let value else { return " " }
            if high == low { return blocks[blocks.count / 2] }
            return blocks[Int((value - low) / (high - low) * Double(blocks.count - 1))]
        })
    }
}
