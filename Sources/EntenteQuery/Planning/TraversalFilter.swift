/// What every hop of a search must satisfy, when that is no more than relation names or
/// classes and a date scope: the form an in-memory adjacency index can check without SQL.
/// Negated facts never pass, nor do facts neither asserted nor reported.
public struct TraversalFilter: Sendable, Equatable {
    /// Allowed predicates, or nil for any.
    public var predicates: Set<String>?
    /// Allowed relation classes, or nil for any; a fact passes if its predicate or its class is allowed.
    public var classes: Set<String>?
    /// The scope's first and last day (`YYYY-MM-DD`), either open.
    public var firstDay: String?
    /// The scope's last day (`YYYY-MM-DD`), or open.
    public var lastDay: String?
    /// WITHIN (the fact's dates inside the scope) rather than DURING (overlapping it).
    public var within: Bool

    /// A filter of these fields.
    public init(predicates: Set<String>?, classes: Set<String>?, firstDay: String?, lastDay: String?, within: Bool) {
        self.predicates = predicates
        self.classes = classes
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.within = within
    }
}
