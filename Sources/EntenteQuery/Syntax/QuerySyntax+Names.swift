// Inside this module the syntax's names read as they are written; outside, they are
// `QuerySyntax.Query`, `QuerySyntax.Pattern` and `QuerySyntax.Expression`.
typealias Query = QuerySyntax.Query
typealias Pattern = QuerySyntax.Pattern
typealias Expression = QuerySyntax.Expression
