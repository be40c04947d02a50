/// The syntax names Foundation also has (`Query`, `Pattern`, `Expression`), kept in a namespace
/// of their own so `import Entente` beside `import Foundation` leaves neither ambiguous.
public enum QuerySyntax {}

extension QuerySyntax {
    /// The parsed form of a query. Every node keeps its byte range in the
    /// source, so later stages can point at it.
    public struct Query: Sendable, Equatable {
        public enum Body: Sendable, Equatable {
            case match(MatchQuery)
            case paths(PathQuery)
            case timeline(TimelineQuery)
            case diff(DiffQuery)
        }

        public var explain: Bool
        public var body: Body
    }

    /// Nodes joined by relations: `(a)-[r]->(b)-[s]-(c)`.
    public struct Pattern: Sendable, Equatable {
        public var nodes: [NodePattern]
        /// `edges[i]` joins `nodes[i]` and `nodes[i + 1]`.
        public var edges: [EdgePattern]
    }

    /// A WHERE or RETURN expression, every node with its range in the source.
    public indirect enum Expression: Sendable, Equatable {
        case variable(Name)
        case property(Name, Name)
        case string(String, Range<Int>)
        case integer(Int, Range<Int>)
        case decimal(Double, Range<Int>)
        case boolean(Bool, Range<Int>)
        case date(String, Range<Int>)
        case null(Range<Int>)
        case parameter(String, Range<Int>)
        case not(Expression, Range<Int>)
        case binary(BinaryOperator, Expression, Expression)
        case isNull(Expression, negated: Bool, Range<Int>)
        case inList(Expression, [Expression], Range<Int>)
        case call(Name, distinct: Bool, [Expression], Range<Int>)

        public var range: Range<Int> {
            switch self {
            case .variable(let name): name.range
            case .property(let variable, let property): variable.range.lowerBound..<property.range.upperBound
            case .string(_, let range), .integer(_, let range), .decimal(_, let range), .boolean(_, let range),
                .date(_, let range), .null(let range), .parameter(_, let range), .not(_, let range),
                .isNull(_, _, let range), .inList(_, _, let range), .call(_, _, _, let range):
                range
            case .binary(_, let left, let right): left.range.lowerBound..<right.range.upperBound
            }
        }
    }
}

/// `MATCH pattern, … [WHERE expr] [scope] RETURN … [ORDER BY …] [LIMIT n]`
public struct MatchQuery: Sendable, Equatable {
    public var patterns: [QuerySyntax.Pattern]
    public var filter: QuerySyntax.Expression?
    public var scope: DateScope?
    public var returns: ReturnClause
    public var order: [OrderItem]
    public var limit: Int?
}

/// `PATHS | SHORTEST | ALL SHORTEST FROM a TO b [VIA types] MAX n [DIRECTED | UNDIRECTED] …`
public struct PathQuery: Sendable, Equatable {
    public enum Selector: String, Sendable, Equatable {
        case all = "PATHS"
        case shortest = "SHORTEST"
        case allShortest = "ALL SHORTEST"
    }

    public var selector: Selector
    public var from: NodePattern
    public var to: NodePattern
    public var via: [Name]
    public var maxHops: Int
    public var maxHopsRange: Range<Int>
    public var directed: Bool
    public var filter: QuerySyntax.Expression?
    public var scope: DateScope?
    public var withEvidence: Bool
    public var limit: Int?
}

/// A name as written, with where.
public struct Name: Sendable, Equatable {
    public var text: String
    public var range: Range<Int>
}

public struct NodePattern: Sendable, Equatable {
    public var variable: Name?
    /// Kinds or types: `(b:organisation)`, `(p:person|armed-group)`.
    public var labels: [Name]
    /// A name, alias or code (`"Turkey"`), or a parameter.
    public var reference: Reference?
    public var range: Range<Int>
}

public enum Reference: Sendable, Equatable {
    case name(String, Range<Int>)
    case parameter(String, Range<Int>)

    public var range: Range<Int> {
        switch self {
        case .name(_, let range), .parameter(_, let range): range
        }
    }
}

public struct EdgePattern: Sendable, Equatable {
    public enum Direction: Sendable, Equatable {
        case right
        case left
        case either
    }

    public var variable: Name?
    /// Predicates or classes, any of which matches: `[:supports|arms]`, `[:material-conflict]`.
    public var types: [Name]
    public var direction: Direction
    /// `*1..3`: nil for a single hop.
    public var hops: ClosedRange<Int>?
    public var range: Range<Int>
}

/// `DURING 2017`, `WITHIN 2017-01..2017-03`, `SINCE 2016-06`, `UNTIL 2017`.
public struct DateScope: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        /// The fact's date overlaps the period.
        case during = "DURING"
        /// The fact's date lies inside the period.
        case within = "WITHIN"
        /// The relation is alive on the day `start`: a point event dated within `windowDays`
        /// before it, or a lasting relation opened and not yet closed.
        case asOf = "AS OF"
    }

    public var kind: Kind
    /// First and last text of the period as written, for example `2017-01` and `2017-03`.
    public var start: String?
    public var end: String?
    /// For AS OF: how many days a point event stays alive.
    public var windowDays: Int? = nil
    public var range: Range<Int>
}

/// `TIMELINE "Russia" AND "Turkey" [DIRECTED] [BY month] [SINCE …] [UNTIL …]`
public struct TimelineQuery: Sendable, Equatable {
    public var first: Reference
    public var second: Reference
    /// Only facts whose subject is the first.
    public var directed: Bool
    public var bucket: Name?
    public var scope: DateScope?
}

/// `DIFF 2016 AND 2017 [AROUND "Turkey"]`
public struct DiffQuery: Sendable, Equatable {
    public struct PeriodText: Sendable, Equatable {
        public var start: String
        public var end: String
        public var range: Range<Int>
    }

    public var before: PeriodText
    public var after: PeriodText
    public var around: Reference?
}

public struct ReturnClause: Sendable, Equatable {
    public var distinct: Bool
    public var items: [ReturnItem]
    public var withEvidence: Bool
}

public struct ReturnItem: Sendable, Equatable {
    public var expression: QuerySyntax.Expression
    public var alias: Name?
}

public struct OrderItem: Sendable, Equatable {
    public var expression: QuerySyntax.Expression
    public var descending: Bool
}

public enum BinaryOperator: String, Sendable, Equatable {
    case and = "AND", or = "OR"
    case equal = "=", notEqual = "<>", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="

    /// The operator with its operands swapped: `2017 < r.date` is `r.date > 2017`.
    public var swapped: Self {
        switch self {
        case .less: .greater
        case .lessEqual: .greaterEqual
        case .greater: .less
        case .greaterEqual: .lessEqual
        case .and, .or, .equal, .notEqual: self
        }
    }
}
