/// How one database writes the statements of a `QueryPlan`: its placeholders, its spelling of
/// the constructs of `SQLFunction`, and each statement a strategy runs. `SQLiteDialect` is the
/// one there is; a PostgreSQL store would bring its own, and the plans would not change.
public protocol SQLDialect: Sendable {
    /// The placeholder of the argument at `index` (from 0) of a statement: `?`, or `$1`.
    func placeholder(at index: Int) -> String

    /// Writes a construct the way this database spells it.
    func write(_ function: SQLFunction, into writer: inout SQLWriter)

    /// The one value bound for `SQLArgument.idList`: the ids, in this database's form.
    func idList(_ ids: [Int64]) -> QueryValue

    /// The SELECT of a MATCH.
    func statement(for plan: JoinPlan) -> SQLStatement

    /// The compound SELECT of a UNION: each part's SELECT as a subquery, so each keeps its own
    /// ORDER BY and LIMIT.
    func statement(for plan: UnionPlan) -> SQLStatement

    /// One level of a search: the facts whose `end` is one of the entities bound as an id list
    /// (`SQLArgument.idList`) and that pass `hops`, as rows of fact id, subject id and object id,
    /// and the predicate after them when `withPredicate`.
    func stepStatement(_ hops: HopFilter, from end: FactEnd, withPredicate: Bool) -> SQLStatement

    /// One step of a time-ordered search: as `stepStatement` with the predicate, then each
    /// fact's first and last day, dated facts only (an undated one has no place in time).
    func datedStepStatement(_ hops: HopFilter, from end: FactEnd) -> SQLStatement

    /// The entities of an id list that a walk may end at, as rows of id and name.
    func endStatement(_ end: WalkEnd) -> SQLStatement

    /// Every acyclic walk of a variable-length MATCH that returns its path. The first row's third
    /// column is the number of steps the walk took, to compare with the expansion budget; each
    /// other row is a walk: its length, its fact ids separated by commas, the name it ends at.
    func statement(for plan: WalkPlan) -> SQLStatement

    /// The facts of an id list as hops: id, subject name, predicate, object name, start date,
    /// precision, negated, article title, source, sentence, modality.
    func hopsStatement() -> SQLStatement

    /// The facts of these ids as hops, as ``hopsStatement()`` reads them, each id a bound
    /// argument: a short list is looked up by primary key with no list to decode or build into a
    /// table, and the statement is the same text for every list of its length (prepared once per
    /// length and connection). For the few facts of a path; a long list belongs in
    /// ``hopsStatement()``.
    func hopsStatement(ids: [Int64]) -> SQLStatement
}

extension SQLDialect {
    /// A fragment written as a statement of this dialect.
    public func statement(_ fragment: SQLFragment) -> SQLStatement {
        var writer = SQLWriter(dialect: self)
        writer.append(fragment)
        return writer.statement
    }
}

/// Writes fragments as one statement's text, numbering placeholders as it goes.
public struct SQLWriter {
    let dialect: any SQLDialect
    /// The text so far.
    public private(set) var text = ""
    /// The arguments so far, one per placeholder.
    public private(set) var arguments: [SQLArgument] = []

    init(dialect: any SQLDialect) { self.dialect = dialect }

    /// The statement written.
    public var statement: SQLStatement { SQLStatement(text: text, arguments: arguments) }

    /// Appends a fragment.
    public mutating func append(_ fragment: SQLFragment) {
        for element in fragment.elements {
            switch element {
            case .text(let words): text += words
            case .value(let value): append(argument: .value(value))
            case .alias(let alias): text += alias.description
            case .column(let column): text += "\(column.alias).\(column.column)"
            case .resultColumn(let number): text += "c\(number)"
            case .function(let function): dialect.write(function, into: &self)
            }
        }
    }

    /// Appends a placeholder for an argument.
    public mutating func append(argument: SQLArgument) {
        text += dialect.placeholder(at: arguments.count)
        arguments.append(argument)
    }

    /// Appends the dialect's own words; a dialect's `write(_:into:)` calls it.
    public mutating func append(keywords: StaticString) {
        text += keywords.description
    }

    /// Appends a number written out, such as a length the plan fixed.
    public mutating func append(number: Int) {
        text += String(number)
    }
}
