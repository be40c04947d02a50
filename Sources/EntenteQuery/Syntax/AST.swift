/// The syntax names Foundation also has (`Query`, `Pattern`, `Expression`), kept in a namespace
/// of their own so `import Entente` beside `import Foundation` leaves neither ambiguous.
public enum QuerySyntax {}

extension QuerySyntax {
    /// The parsed form of a query. Every node keeps its byte range in the
    /// source, so later stages can point at it.
    public struct Query: Sendable, Equatable {
        /// The query forms.
        public enum Body: Sendable, Equatable {
            case match(MatchQuery)
            /// `MATCH … UNION [ALL] MATCH …`.
            case union(UnionQuery)
            case paths(PathQuery)
            case timeline(TimelineQuery)
            case diff(DiffQuery)
        }

        /// `EXPLAIN …`: show how it runs instead of running it.
        public var explain: Bool
        /// The query.
        public var body: Body
    }

    /// Nodes joined by relations: `(a)-[r]->(b)-[s]-(c)`.
    public struct Pattern: Sendable, Equatable {
        /// The nodes, in order.
        public var nodes: [NodePattern]
        /// `edges[i]` joins `nodes[i]` and `nodes[i + 1]`.
        public var edges: [EdgePattern]
        /// `p = …`: a name for the pattern's path.
        public var pathVariable: Name? = nil
        /// `shortestPath(…)` or `allShortestPaths(…)` around the pattern, with where it is written.
        public var shortest: (all: Bool, range: Range<Int>)? = nil

        public static func == (lhs: Self, rhs: Self) -> Bool {
            lhs.nodes == rhs.nodes && lhs.edges == rhs.edges && lhs.pathVariable == rhs.pathVariable
                && lhs.shortest?.all == rhs.shortest?.all && lhs.shortest?.range == rhs.shortest?.range
        }
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
        /// A pattern predicate, `(a)-[:attacks]->()`: true when the pattern has a match.
        case pattern(Pattern, Range<Int>)
        /// `CASE [subject] WHEN … THEN … [ELSE …] END`.
        case caseWhen(CaseExpression, Range<Int>)

        /// Where the expression is in the source.
        public var range: Range<Int> {
            switch self {
            case .variable(let name): name.range
            case .property(let variable, let property): variable.range.lowerBound..<property.range.upperBound
            case .string(_, let range), .integer(_, let range), .decimal(_, let range), .boolean(_, let range),
                .date(_, let range), .null(let range), .parameter(_, let range), .not(_, let range),
                .isNull(_, _, let range), .inList(_, _, let range), .call(_, _, _, let range), .pattern(_, let range),
                .caseWhen(_, let range):
                range
            case .binary(_, let left, let right): left.range.lowerBound..<right.range.upperBound
            }
        }
    }
}

/// `MATCH pattern, … [WHERE expr] [scope] RETURN … [ORDER BY …] [LIMIT n]`
public struct MatchQuery: Sendable, Equatable {
    /// The patterns, joined by their shared variables.
    public var patterns: [QuerySyntax.Pattern]
    /// The WHERE clause.
    public var filter: QuerySyntax.Expression?
    /// DURING, WITHIN or AS OF.
    public var scope: DateScope?
    /// What the query returns.
    public var returns: ReturnClause
    /// ORDER BY.
    public var order: [OrderItem]
    /// LIMIT.
    public var limit: Int?
    /// SKIP: rows of the answer left out before the LIMIT counts, with where it is written.
    public var skip: (count: Int, range: Range<Int>)? = nil
    /// The OPTIONAL MATCH clauses after the MATCH, in order.
    public var optionals: [OptionalMatch] = []
    /// `WITH … [WHERE …]` stages between the MATCH and its RETURN, in order: each reads the rows of the one before.
    public var stages: [WithStage] = []
    /// `IN TIME ORDER [WITHIN gap]` after a variable-length pattern.
    public var timeOrder: TimeOrderClause? = nil

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.patterns == rhs.patterns && lhs.filter == rhs.filter && lhs.scope == rhs.scope && lhs.returns == rhs.returns
            && lhs.order == rhs.order && lhs.limit == rhs.limit && lhs.skip?.count == rhs.skip?.count && lhs.skip?.range == rhs.skip?.range
            && lhs.optionals == rhs.optionals && lhs.stages == rhs.stages && lhs.timeOrder == rhs.timeOrder
    }
}

/// `PATHS | SHORTEST | ALL SHORTEST FROM a TO b [VIA types] MAX n [DIRECTED | UNDIRECTED] …`
public struct PathQuery: Sendable, Equatable {
    /// Which paths a path query keeps.
    public enum Selector: String, Sendable, Equatable {
        case all = "PATHS"
        case shortest = "SHORTEST"
        case allShortest = "ALL SHORTEST"
    }

    /// Which paths to keep.
    public var selector: Selector
    /// Where the paths start.
    public var from: NodePattern
    /// Where the paths end.
    public var to: NodePattern
    /// The predicates or classes each hop may follow (`VIA`); empty for any.
    public var via: [Name]
    /// The most hops a path may have.
    public var maxHops: Int
    /// Where MAX is written, for diagnostics.
    public var maxHopsRange: Range<Int>
    /// Follow facts from subject to object only.
    public var directed: Bool
    /// The WHERE clause, with `r` as each hop.
    public var filter: QuerySyntax.Expression?
    /// DURING, WITHIN or AS OF.
    public var scope: DateScope?
    /// Each hop with its article and sentence.
    public var withEvidence: Bool
    /// LIMIT.
    public var limit: Int?
    /// `IN TIME ORDER [WITHIN 30d]`: each hop dated on or after the one before.
    public var timeOrder: TimeOrderClause? = nil
}

/// A name as written, with where.
public struct Name: Sendable, Equatable {
    /// The name.
    public var text: String
    /// Where it is written.
    public var range: Range<Int>
}

/// A node of a pattern: `(a:label "Name")`.
public struct NodePattern: Sendable, Equatable {
    /// Its variable, if any.
    public var variable: Name?
    /// Kinds or types: `(b:organisation)`, `(p:person|armed-group)`.
    public var labels: [Name]
    /// A name, alias or code (`"Turkey"`), or a parameter; also `{name: "Turkey"}`.
    public var reference: Reference?
    /// Where it is written.
    public var range: Range<Int>
    /// The other entries of a property map, `(a {kind: "actor", iso3: "IRN"})`: each property equals its value.
    public var properties: [PropertyEntry] = []
}

/// One entry of a node's property map: `kind: "actor"`.
public struct PropertyEntry: Sendable, Equatable {
    /// The property.
    public var key: Name
    /// The value it must equal: a literal or a parameter.
    public var value: QuerySyntax.Expression
}

/// How a query names an entity: by a name, alias or code, or through a parameter.
public enum Reference: Sendable, Equatable {
    case name(String, Range<Int>)
    case parameter(String, Range<Int>)

    /// Where it is written.
    public var range: Range<Int> {
        switch self {
        case .name(_, let range), .parameter(_, let range): range
        }
    }
}

/// A relation of a pattern: `-[r:types*1..3]->`.
public struct EdgePattern: Sendable, Equatable {
    /// Which way the relation points.
    public enum Direction: Sendable, Equatable {
        case right
        case left
        case either
    }

    /// Its variable, if any.
    public var variable: Name?
    /// Predicates or classes, any of which matches: `[:supports|arms]`, `[:material-conflict]`.
    public var types: [Name]
    /// Which way it points: `->`, `<-` or `-`.
    public var direction: Direction
    /// `*1..3`: nil for a single hop.
    public var hops: ClosedRange<Int>?
    /// Where it is written.
    public var range: Range<Int>
    /// Its property map, `[r:supports {negated: false}]`: each property equals its value (on every hop of a walk).
    public var properties: [PropertyEntry] = []
}

/// `DURING 2017`, `WITHIN 2017-01..2017-03`, `SINCE 2016-06`, `UNTIL 2017`.
public struct DateScope: Sendable, Equatable {
    /// How a scope's dates bound a fact's.
    public enum Kind: String, Sendable, Equatable {
        /// The fact's date overlaps the period.
        case during = "DURING"
        /// The fact's date lies inside the period.
        case within = "WITHIN"
        /// The relation is alive on the day `start`: a point event dated within `windowDays`
        /// before it, or a lasting relation opened and not yet closed.
        case asOf = "AS OF"
    }

    /// How the dates bound a fact's.
    public var kind: Kind
    /// First and last text of the period as written, for example `2017-01` and `2017-03`.
    public var start: String?
    /// The last text of the period as written, for example `2017-03`.
    public var end: String?
    /// For AS OF: how many days a point event stays alive.
    public var windowDays: Int? = nil
    /// Where the scope is written.
    public var range: Range<Int>
}

/// `TIMELINE "Russia" AND "Turkey" [DIRECTED] [BY month] [SINCE …] [UNTIL …]`
public struct TimelineQuery: Sendable, Equatable {
    /// The first entity.
    public var first: Reference
    /// The second entity.
    public var second: Reference
    /// Only facts whose subject is the first.
    public var directed: Bool
    /// The period each row counts (`BY month`); a month when absent.
    public var bucket: Name?
    /// SINCE and UNTIL.
    public var scope: DateScope?
}

/// `DIFF 2016 AND 2017 [AROUND "Turkey"]`
public struct DiffQuery: Sendable, Equatable {
    /// A period as written: `2016`, `2017-01..2017-03`.
    public struct PeriodText: Sendable, Equatable {
        /// The first date as written.
        public var start: String
        /// The last date as written (the first again for a single date).
        public var end: String
        /// Where it is written.
        public var range: Range<Int>
    }

    /// The earlier period.
    public var before: PeriodText
    /// The later period.
    public var after: PeriodText
    /// Only relations touching this entity (`AROUND`).
    public var around: Reference?
}

/// `RETURN [DISTINCT] item, … [WITH EVIDENCE]`.
public struct ReturnClause: Sendable, Equatable {
    /// One row per distinct answer.
    public var distinct: Bool
    /// The returned expressions.
    public var items: [ReturnItem]
    /// Each relation with its article and sentence.
    public var withEvidence: Bool
}

/// One returned expression: `count(r) AS facts`.
public struct ReturnItem: Sendable, Equatable {
    /// The expression.
    public var expression: QuerySyntax.Expression
    /// Its column name (`AS facts`), if given.
    public var alias: Name?
}

/// One ORDER BY term.
public struct OrderItem: Sendable, Equatable {
    /// The expression or a column's name.
    public var expression: QuerySyntax.Expression
    /// Largest first.
    public var descending: Bool
}

/// A comparison or a logical operator of an expression.
public enum BinaryOperator: String, Sendable, Equatable {
    case and = "AND", or = "OR"
    case equal = "=", notEqual = "<>", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    /// Cypher's string predicates, case-sensitive.
    case startsWith = "STARTS WITH", endsWith = "ENDS WITH", contains = "CONTAINS"

    /// STARTS WITH, ENDS WITH or CONTAINS: a test on text, not an order.
    public var isStringMatch: Bool { self == .startsWith || self == .endsWith || self == .contains }

    /// The operator with its operands swapped: `2017 < r.date` is `r.date > 2017`.
    public var swapped: Self {
        switch self {
        case .less: .greater
        case .lessEqual: .greaterEqual
        case .greater: .less
        case .greaterEqual: .lessEqual
        case .and, .or, .equal, .notEqual, .startsWith, .endsWith, .contains: self
        }
    }
}
