/// `CASE [subject] WHEN a THEN x … [ELSE y] END`: with a subject, the first `WHEN` equal to it
/// (Cypher's simple form); without, the first `WHEN` that holds (the searched form). No branch
/// taken and no ELSE gives NULL.
public struct CaseExpression: Sendable, Equatable {
    /// One `WHEN … THEN …`.
    public struct Branch: Sendable, Equatable {
        /// The value compared with the subject, or the condition.
        public var when: QuerySyntax.Expression
        /// The value when it is taken.
        public var then: QuerySyntax.Expression
    }

    /// The value the simple form compares; nil for the searched form.
    public var subject: QuerySyntax.Expression?
    /// The branches, in order.
    public var branches: [Branch]
    /// ELSE, if written.
    public var otherwise: QuerySyntax.Expression?
}
