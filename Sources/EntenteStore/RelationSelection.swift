public import EntenteModel

/// Which facts a relation listing, a snapshot or an export sums up.
public struct RelationSelection: Sendable, Hashable {
    /// Which facts count by their dates.
    public enum Time: Sendable, Hashable {
        /// Every fact, dated or not.
        case always
        /// Dated facts overlapping the days `since...until` (either end open).
        case overlapping(since: CalendarDay?, until: CalendarDay?)
        /// What is alive on a day: point events dated within `window` before it, and lasting
        /// (structural) relations opened on or before it and not yet closed.
        case asOf(CalendarDay, window: TimeWindow)
        /// What is alive at some time in `first...last`: point events dated in it, and lasting
        /// relations whose interval overlaps it. Diffs compare periods this way, so an alliance
        /// that nobody mentions in 2017 has not disappeared if no fact closed it.
        case aliveDuring(first: CalendarDay, last: CalendarDay)
    }

    /// Which facts count by their dates.
    public var time: Time
    /// Keep negated facts (as their own relations); by default a negated fact is left out.
    public var includeNegated: Bool
    /// Keep hypothetical, future, advocated and hedged facts (as relations of their own, one
    /// per modality); by default only asserted and reported facts count (`Modality.committed`).
    public var includeModal: Bool
    /// Leave out domestic facts, whose subject and object are one entity (`--no-domestic`).
    public var excludeDomestic: Bool
    /// Leave out relations with fewer distinct sources.
    public var minSources: Int
    /// Leave out facts below this confidence.
    public var minConfidence: Double
    /// One summary per fact instead of one per relation.
    public var perFact: Bool

    /// A selection; by default every asserted or reported, not negated fact, summed per relation.
    public init(
        time: Time = .always, includeNegated: Bool = false, minSources: Int = 1, minConfidence: Double = 0,
        perFact: Bool = false, includeModal: Bool = false, excludeDomestic: Bool = false
    ) {
        self.excludeDomestic = excludeDomestic
        self.time = time
        self.includeNegated = includeNegated
        self.includeModal = includeModal
        self.minSources = minSources
        self.minConfidence = minConfidence
        self.perFact = perFact
    }
}
