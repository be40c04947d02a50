/// How a time-ordered path search orders its hops, by the precision rules of scopes: a fact
/// covers the days of its date (`2017-03` is 1 to 31 March), and one hop follows another when it
/// may: its last day is on or after the other's first day. With a gap, it must also be able to
/// start within `maxGapDays` of the other's last day. Undated facts have no place in time and
/// are never a hop of such a path.
public struct TimeOrder: Sendable, Equatable {
    /// The most days from one hop's last day to the next hop's first day; nil for any.
    public var maxGapDays: Int?

    /// A time order, with at most `maxGapDays` between hops when given.
    public init(maxGapDays: Int? = nil) {
        self.maxGapDays = maxGapDays
    }

    /// Whether a hop covering the days `next` may follow one covering `previous` (day numbers,
    /// inclusive): the rule above, in one place for every search.
    public func allows(_ next: ClosedRange<Int>, after previous: ClosedRange<Int>) -> Bool {
        guard next.upperBound >= previous.lowerBound else { return false }
        guard let maxGapDays else { return true }
        return next.lowerBound <= previous.upperBound + maxGapDays
    }
}
