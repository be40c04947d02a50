/// What every hop of a search or walk must satisfy, as conditions on its fact (alias `f`): not
/// negated and asserted or reported (unless the query asks about negation or modality), one of
/// the relations, inside the scope, and the WHERE clause with `r` as the hop.
public struct HopFilter: Sendable, Equatable {
    /// The conditions, in order.
    public var conditions: [SQLFragment]
    /// Whether the conditions read the fact's predicate row (`p`), article row (`a`) or speaker (`s`).
    public var readsPredicate: Bool
    /// Whether they read the fact's article row (`a`).
    public var readsArticle: Bool
    /// Whether they read the speaker's entity row (`s`).
    public var readsSpeaker: Bool
    /// The same filter in a form an in-memory adjacency index can check, when it is that simple.
    public var traversal: TraversalFilter?
}

/// Which way a hop follows a fact.
public enum HopDirection: Sendable, Equatable {
    /// From the fact's subject to its object.
    case forward
    /// From the fact's object to its subject.
    case backward
    /// Either way.
    case both
}

/// The end of a fact a search steps from: its subject (stepping forward) or its object.
public enum FactEnd: Sendable, Equatable {
    case subject
    case object
}
