public import EntenteModel

/// Which facts a listing shows, and in what order.
///
/// A fact dated `2017-03` overlaps `since: 2017-03-15`; an undated fact overlaps no period, so a
/// date bound leaves undated facts out.
public struct FactFilter: Sendable, Equatable {
    /// A name, alias or code; the entity may be subject or object.
    public var about: String?
    /// The first day of the period is `since.start`.
    public var since: FactDate?
    /// The last day of the period is `until.end`.
    public var until: FactDate?
    /// Newest first rather than oldest first.
    public var newestFirst: Bool
    /// At most this many.
    public var limit: Int?
    /// Only asserted and reported facts, as views show them by default.
    public var committedOnly: Bool
    /// Leave out facts whose subject and object are one entity.
    public var excludeDomestic: Bool

    /// A filter; by default every fact, oldest first.
    public init(
        about: String? = nil, since: FactDate? = nil, until: FactDate? = nil, newestFirst: Bool = false, limit: Int? = nil,
        committedOnly: Bool = false, excludeDomestic: Bool = false
    ) {
        self.about = about
        self.since = since
        self.until = until
        self.newestFirst = newestFirst
        self.limit = limit
        self.committedOnly = committedOnly
        self.excludeDomestic = excludeDomestic
    }
}

extension GraphStoring {
    /// Facts, oldest first (undated last), optionally about one entity and overlapping a period
    /// (see ``FactFilter``).
    public func facts(
        about name: String? = nil, since: FactDate? = nil, until: FactDate? = nil, newestFirst: Bool = false,
        limit: Int? = nil, committedOnly: Bool = false, excludeDomestic: Bool = false
    ) throws(StoreError) -> [FactRow] {
        try facts(
            FactFilter(
                about: name, since: since, until: until, newestFirst: newestFirst, limit: limit, committedOnly: committedOnly,
                excludeDomestic: excludeDomestic))
    }
}
