/// What a user can change to get past an error, for a front end to say in its own words: the
/// command line names a flag or a command, a server its request's field. Library messages never
/// name them.
public enum Remedy: String, Sendable, Hashable, Codable {
    /// Allow a query more rows.
    case raiseRowBudget
    /// Allow a search more steps.
    case raiseExpansionBudget
    /// Allow a query more time.
    case raiseTimeout
    /// Let a write wait longer for another process's write.
    case raiseBusyTimeout
    /// Upgrade the database to this version's schema.
    case migrate
    /// Create the database first (by storing something in it).
    case createDatabase
}
