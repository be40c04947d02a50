/// A piece of SQL as the planner writes it: the text of the statement's own words, values that
/// become bound arguments, typed table aliases and columns, and constructs each dialect spells
/// its own way. Nothing is rendered until a `SQLDialect` writes the statement, which numbers
/// the placeholders, so no one counts `?` characters.
///
/// For example, with `fact` a `TableAlias<FactTable>`:
///
///     let condition: SQLFragment = "\(fact[.dateEnd]) >= \(bind: .string("2017-01-01"))"
///
/// writes `f1.date_end >= ?` with the argument `'2017-01-01'` for SQLite.
public struct SQLFragment: Sendable, Equatable, ExpressibleByStringInterpolation {
    /// One part of a fragment.
    public enum Element: Sendable, Equatable {
        /// Words of the statement, written by the planner, never taken from a query.
        case text(String)
        /// A value bound as an argument.
        case value(QueryValue)
        /// A table alias.
        case alias(SQLAliasName)
        /// A column of an aliased table.
        case column(SQLColumn)
        /// The name of the `number`th result column (from 1), for ORDER BY.
        case resultColumn(Int)
        /// A construct the dialect writes.
        case function(SQLFunction)
    }

    /// The parts, in statement order.
    public private(set) var elements: [Element]

    /// An empty fragment.
    public init() { elements = [] }

    /// A fragment of the planner's own words.
    public init(stringLiteral text: String) {
        elements = text.isEmpty ? [] : [.text(text)]
    }

    /// A fragment written with interpolations (see ``SQLInterpolation``).
    public init(stringInterpolation: SQLInterpolation) {
        elements = stringInterpolation.elements
    }

    init(elements: [Element]) { self.elements = elements }

    /// True when the fragment writes nothing.
    public var isEmpty: Bool { elements.isEmpty }

    /// The two fragments one after the other.
    public static func + (lhs: Self, rhs: Self) -> Self { Self(elements: lhs.elements + rhs.elements) }

    /// Appends a fragment.
    public static func += (lhs: inout Self, rhs: Self) { lhs.elements += rhs.elements }
}

extension Array where Element == SQLFragment {
    /// The fragments one after the other, `separator` between each two.
    public func joined(separator: SQLFragment) -> SQLFragment {
        var result = SQLFragment()
        for (index, fragment) in enumerated() {
            if index > 0 { result += separator }
            result += fragment
        }
        return result
    }
}

/// The interpolations an `SQLFragment` literal accepts. There is none for a `String`: text
/// from a query can only come in as a bound value (`\(bind: …)`).
public struct SQLInterpolation: StringInterpolationProtocol {
    var elements: [SQLFragment.Element] = []

    /// Room for the literal's parts.
    public init(literalCapacity: Int, interpolationCount: Int) {
        elements.reserveCapacity(2 * interpolationCount + 1)
    }

    /// The planner's own words between interpolations.
    public mutating func appendLiteral(_ literal: String) {
        if !literal.isEmpty { elements.append(.text(literal)) }
    }

    /// Another fragment, in place.
    public mutating func appendInterpolation(_ fragment: SQLFragment) {
        elements += fragment.elements
    }

    /// A value, as a bound argument.
    public mutating func appendInterpolation(bind value: QueryValue) {
        elements.append(.value(value))
    }

    /// A table alias: `f1`.
    public mutating func appendInterpolation<Table>(_ alias: TableAlias<Table>) {
        elements.append(.alias(alias.name))
    }

    /// A table and its alias, as FROM and JOIN declare them: `fact AS f1`.
    public mutating func appendInterpolation<Table>(declaring alias: TableAlias<Table>) {
        elements.append(.text(Table.name + " AS "))
        elements.append(.alias(alias.name))
    }

    /// A column: `f1.date_start`.
    public mutating func appendInterpolation(_ column: SQLColumn) {
        elements.append(.column(column))
    }

    /// A construct the dialect writes.
    public mutating func appendInterpolation(_ function: SQLFunction) {
        elements.append(.function(function))
    }

    /// The name of the `number`th result column (from 1): `c2`.
    public mutating func appendInterpolation(resultColumn number: Int) {
        elements.append(.resultColumn(number))
    }
}
