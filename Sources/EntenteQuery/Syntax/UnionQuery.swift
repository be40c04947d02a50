/// `MATCH … RETURN … UNION [ALL] MATCH … RETURN …`: the rows of every part, without repeats
/// (`UNION`) or with them (`UNION ALL`).
public struct UnionQuery: Sendable, Equatable {
    /// The parts, in order; each keeps its own WHERE, scope, ORDER BY, SKIP and LIMIT.
    public var parts: [MatchQuery]
    /// Where each part starts and ends, for diagnostics.
    public var partRanges: [Range<Int>]
    /// `UNION ALL`: keep repeated rows.
    public var all: Bool
    /// Each `UNION` or `UNION ALL` as written, for diagnostics; one fewer than the parts.
    public var operators: [(all: Bool, range: Range<Int>)]

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.parts == rhs.parts && lhs.partRanges == rhs.partRanges && lhs.all == rhs.all
            && lhs.operators.map(\.all) == rhs.operators.map(\.all) && lhs.operators.map(\.range) == rhs.operators.map(\.range)
    }
}
