/// The name a statement gives one use of a table, typed by the table, in the manner of GRDB's
/// `TableAlias`: `n1[.name]` is a column of an entity, `f1.predicateRow` the predicate row
/// joined to the fact `f1`. Aliases are never built from text, so no query can name one.
public struct TableAlias<Table: SQLTable>: Sendable, Hashable {
    /// How the alias is written.
    public let name: SQLAliasName

    init(_ stem: SQLAliasName.Stem, _ number: Int? = nil) {
        name = SQLAliasName(stem: stem, number: number)
    }

    /// A column of this use of the table.
    public subscript(_ column: Table.Column) -> SQLColumn {
        SQLColumn(alias: name, column: column.rawValue)
    }
}

/// An alias as SQL writes it: a stem saying what the table stands for, and the number of the
/// pattern element it belongs to (`n2`, `f1`, `p1`), or none in a statement with one of each (`f`).
public struct SQLAliasName: Sendable, Hashable, CustomStringConvertible {
    /// What an aliased table stands for.
    public enum Stem: String, Sendable, Hashable {
        case node = "n", fact = "f", predicate = "p", article = "a", speaker = "s"
        /// The two ends of a variable-length walk, which a WHERE clause may name.
        case walkStart = "start", walkEnd = "end"
        /// The facts and articles of the subquery that counts a relation's sources.
        case sourceFact = "sf", sourceArticle = "sa"
        /// The validity intervals of lasting relations, for AS OF.
        case validity = "v"
        /// A variable-length relation's walks, a recursive CTE of a join.
        case walk = "walk"
        /// A walk's CTE before its expansion budget cuts it (PostgreSQL).
        case unboundedWalk = "unbounded_walk"
    }

    /// What the table stands for.
    public let stem: Stem
    /// The pattern element's number, if the statement has several.
    public let number: Int?

    /// The alias of `stem` and `number`.
    public init(stem: Stem, number: Int?) {
        self.stem = stem
        self.number = number
    }

    /// The alias as written in SQL.
    public var description: String { stem.rawValue + (number.map(String.init) ?? "") }
}

/// A column of an aliased table: `f1.date_start`.
public struct SQLColumn: Sendable, Hashable {
    /// The table's alias.
    public let alias: SQLAliasName
    /// The column's name in the schema.
    public let column: String

    /// The column of `table` under `alias`.
    public init<Table: SQLTable>(alias: SQLAliasName, _ column: Table.Column, of table: Table.Type) {
        self.alias = alias
        self.column = column.rawValue
    }

    init(alias: SQLAliasName, column: String) {
        self.alias = alias
        self.column = column
    }
}

extension TableAlias where Table == EntityTable {
    /// The entity of the `number`th node of a MATCH: `n1`.
    static func node(_ number: Int) -> Self { Self(.node, number) }
    /// The entity a search reached, tested against the far end of the pattern: `n`.
    static var reached: Self { Self(.node) }
    /// The ends of a variable-length walk.
    static var walkStart: Self { Self(.walkStart) }
    static var walkEnd: Self { Self(.walkEnd) }
}

extension TableAlias where Table == FactTable {
    /// The fact of the `number`th relation of a MATCH: `f1`.
    static func fact(_ number: Int) -> Self { Self(.fact, number) }
    /// The fact of one hop of a search or walk, or of a store's own reads: `f`.
    public static var hop: Self { Self(.fact) }
    /// The facts of the subquery that counts a relation's sources.
    static var sourceFact: Self { Self(.sourceFact) }

    /// The predicate row joined to this fact, numbered like it: `p1` for `f1`.
    var predicateRow: TableAlias<PredicateTable> { TableAlias<PredicateTable>(.predicate, name.number) }
    /// The article row joined to this fact: `a1` for `f1`.
    var articleRow: TableAlias<ArticleTable> { TableAlias<ArticleTable>(.article, name.number) }
    /// The speaker's entity row joined to this fact: `s1` for `f1`.
    var speakerRow: TableAlias<EntityTable> { TableAlias<EntityTable>(.speaker, name.number) }
}

extension TableAlias where Table == ArticleTable {
    /// The articles of the subquery that counts a relation's sources.
    static var sourceArticle: Self { Self(.sourceArticle) }
}

extension TableAlias where Table == RelationValidityTable {
    /// The validity intervals of an AS OF: `v`.
    public static var validity: Self { Self(.validity) }
}
