/// `MATCH … RETURN …` as one SELECT: the parts of the statement, in the order it writes them.
public struct JoinPlan: Sendable, Equatable {
    /// How the executor assembles one output column from the statement's columns.
    public enum Output: Sendable, Equatable {
        /// One column, as it comes.
        case value(Int)
        /// Subject, predicate, object, date, negated, modality: one fact as a hop.
        case hop(subject: Int, predicate: Int, object: Int, date: Int, negated: Int, modality: Int)
        /// Article title, source and sentence of a hop.
        case evidence(article: Int, source: Int, sentence: Int)
        /// A path: its stretches in order, each a fact or a walk (`MATCH p = … RETURN p`, or a
        /// variable-length relation's variable).
        case path([PathPart])
        /// The entities of a path in order, as a list of names: the column of its first entity's name, then its stretches.
        case nodes(start: Int, [PathPart])
    }

    /// SELECT DISTINCT.
    public var distinct: Bool
    /// The selected expressions, named `c1`, `c2`, … in order.
    public var selections: [SQLFragment]
    /// The FROM clause, a table per node and relation and the rows beside a fact its clauses read.
    public var tables: [JoinedTable]
    /// The WHERE conditions, all of which hold.
    public var conditions: [SQLFragment]
    /// GROUP BY, when the answer aggregates; empty otherwise.
    public var grouping: [SQLFragment]
    /// ORDER BY.
    public var ordering: [SQLFragment]
    /// The statement's LIMIT: the query's, or one row past the row budget.
    public var statementLimit: Int
    /// Rows the answer may have; more is an error naming the row budget.
    public var rowBudget: Int
    /// The output columns, from the statement's columns.
    public var outputs: [Output]
    /// SKIP: rows of the statement's answer left out before its LIMIT counts.
    public var offset: Int = 0
    /// The variable-length relations, each a recursive CTE the tables join.
    public var walks: [JoinedWalk] = []
}

/// One table of a FROM clause: the first, or one joined to the tables before it.
public struct JoinedTable: Sendable, Equatable {
    /// How the table joins.
    public enum Kind: Sendable, Equatable {
        /// The first table of the clause.
        case first
        /// Every row with every row before: a node of a second pattern.
        case cross
        /// Rows meeting the condition.
        case inner
        /// Rows meeting the condition, or none: an optional row such as a fact's speaker.
        case leftOuter
    }

    /// How the table joins.
    public var kind: Kind
    /// The table and its alias: `fact AS f1`.
    public var table: SQLFragment
    /// The join condition (none for the first table and a cross join).
    public var condition: SQLFragment?
}
