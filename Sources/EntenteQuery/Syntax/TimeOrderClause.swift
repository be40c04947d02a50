/// `IN TIME ORDER [WITHIN 30d]` after a path search: every hop is dated on or after the hop
/// before it, and, with a gap, starts at most that many days after the hop before it ends.
public struct TimeOrderClause: Sendable, Equatable {
    /// The most days between one hop and the next (`WITHIN 30d`); nil for any gap.
    public var maxGapDays: Int?
    /// Where the clause is written, for diagnostics.
    public var range: Range<Int>
}
