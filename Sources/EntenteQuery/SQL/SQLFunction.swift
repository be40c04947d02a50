/// What the planner needs of SQL that dialects spell differently.
public indirect enum SQLFunction: Sendable, Equatable {
    /// The first `length` characters of a text: `substr(x, 1, 7)` in SQLite.
    case prefix(SQLFragment, length: Int)
    /// Whether a column's value is one of a list of ids bound when the statement runs (the
    /// entities of a search's level, the facts of a path): `x IN (SELECT value FROM json_each(?))`
    /// in SQLite. The statement's argument for it is ``SQLArgument/idList``.
    case isInIDList(SQLColumn)
    /// A join condition that always holds: `1` in SQLite.
    case alwaysTrue
    /// Cypher's `a STARTS WITH b`, `a ENDS WITH b`, `a CONTAINS b`: case-sensitive, NULL when
    /// either side is (so false in a WHERE), and no pattern characters in `b` (unlike LIKE).
    case textMatch(BinaryOperator, SQLFragment, SQLFragment)
    /// Cypher's `collect(x)`: the non-null values of a group as a list (a JSON array in SQLite).
    case collect(SQLFragment, distinct: Bool)
    /// A list of the values, in order, as a value: `json_array(a, b)` in SQLite.
    case list([SQLFragment])
    /// A value used as a condition (`WHERE r.negated`): true when it is a number other than 0.
    case truth(SQLFragment)
    /// A condition used as a value (`RETURN a.kind = b.kind`): 1, 0, or NULL when unknown.
    case truthValue(SQLFragment)
    /// An ORDER BY key, NULL first when ascending and last when descending, as SQLite sorts.
    case ordered(SQLFragment, descending: Bool)
    /// The `WITH RECURSIVE` of a join's variable-length relations, one CTE per walk named by its
    /// table (`walk1`), holding at most its expansion budget of rows: SQLite cuts the recursive
    /// CTE with a LIMIT, PostgreSQL (which allows none there) reads a LIMIT of it in a second CTE.
    case walks([JoinedWalk])
    /// A GROUP BY key that is also the result column at `position` (from 1): the expression in
    /// SQLite, the position in PostgreSQL, which matches a key to its result column by its text
    /// and would see the same value bound twice (`CASE … WHEN $3` and `WHEN $5`) as two expressions.
    case groupKey(SQLFragment, position: Int)
    /// A condition on a fact's dates and the years its start must then fall in, `first...last`
    /// (either end open): PostgreSQL adds the years as bounds on the partition column
    /// `startYear`, so its planner reads only those years' partitions; SQLite, whose fact table
    /// has no partitions, writes the condition alone.
    case startYears(SQLFragment, startYear: SQLColumn, first: Int?, last: Int?)
}
