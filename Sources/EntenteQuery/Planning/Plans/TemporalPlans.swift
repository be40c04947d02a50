public import EntenteModel

/// TIMELINE: the facts between two entities, counted per period.
public struct TimelinePlan: Sendable, Equatable {
    /// The two entities.
    public var first: Int64
    /// The second entity.
    public var second: Int64
    /// Only facts whose subject is the first.
    public var directed: Bool
    /// The period each row counts.
    public var bucket: Timeline.Bucket
    /// The first and last day, either open.
    public var since: CalendarDay?
    /// The last day, or open.
    public var until: CalendarDay?
    /// Whether hypothetical, future, advocated and hedged facts count.
    public var includeModal: Bool
    /// Whether facts whose two parties are one entity are left out.
    public var excludeDomestic: Bool
}

/// DIFF: the relations alive in two periods, compared.
public struct DiffPlan: Sendable, Equatable {
    /// The two periods.
    public var before: Period
    /// The later period.
    public var after: Period
    /// Only relations touching this entity.
    public var around: Int64?
    /// Whether hypothetical, future, advocated and hedged facts count.
    public var includeModal: Bool
    /// Whether facts whose two parties are one entity are left out.
    public var excludeDomestic: Bool
}

extension TimelinePlan {
    /// The columns of a timeline's answer: the period, counts, a count per relation class, the
    /// mean Goldstein score and the balance of cooperation against conflict.
    public static let columns = ["period", "facts", "sources"] + RelationClass.allCases.map(\.rawValue) + ["goldstein", "balance"]
}

extension DiffPlan {
    /// The columns of a diff's answer.
    public static let columns = ["change", "subject", "predicate", "object", "before", "after"]
}
