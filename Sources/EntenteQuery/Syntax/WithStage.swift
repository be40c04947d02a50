/// `WITH [DISTINCT] item, … [ORDER BY …] [SKIP n] [LIMIT n] [WHERE expr]` between a MATCH and its
/// RETURN: the MATCH's rows reduced to these items (grouped where there are aggregates), then
/// filtered, as the rows the RETURN reads.
public struct WithStage: Sendable, Equatable {
    /// The items, each a variable or an expression with `AS`.
    public var items: ReturnClause
    /// ORDER BY of the stage.
    public var order: [OrderItem]
    /// SKIP of the stage.
    public var skip: Int?
    /// LIMIT of the stage.
    public var limit: Int?
    /// The WHERE after WITH, over the items.
    public var filter: QuerySyntax.Expression?
    /// Where WITH is written, for diagnostics.
    public var range: Range<Int>
}
