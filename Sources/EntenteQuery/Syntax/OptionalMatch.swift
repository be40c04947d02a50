/// `OPTIONAL MATCH pattern [WHERE expr]`: the pattern's matches where there are some, and a row of
/// NULLs for its new variables where there are none, as in Cypher.
public struct OptionalMatch: Sendable, Equatable {
    /// The pattern.
    public var pattern: QuerySyntax.Pattern
    /// Its WHERE: part of the optional match, so a row that fails it keeps NULLs rather than going.
    public var filter: QuerySyntax.Expression?
    /// Where the clause is written, for diagnostics.
    public var range: Range<Int>
}
