/// A token of the query language, with its byte range in the source.
public struct QueryToken: Sendable, Equatable {
    /// What a token is.
    public enum Kind: Sendable, Equatable {
        case keyword(Keyword)
        case identifier(String)
        case string(String)
        case integer(Int)
        case decimal(Double)
        /// `2017-03` or `2017-03-23`, written without quotes.
        case date(String)
        case parameter(String)
        case symbol(Symbol)
        case endOfInput
    }

    /// What it is.
    public var kind: Kind
    /// Where it is in the source.
    public var range: Range<Int>

    /// A token of `kind` at `range`.
    public init(_ kind: Kind, _ range: Range<Int>) {
        self.kind = kind
        self.range = range
    }
}

/// Reserved words, matched without regard to case.
public enum Keyword: String, Sendable, CaseIterable {
    case all = "ALL", and = "AND", `as` = "AS", asc = "ASC", by = "BY", desc = "DESC", directed = "DIRECTED"
    case distinct = "DISTINCT", during = "DURING", evidence = "EVIDENCE", explain = "EXPLAIN", `false` = "FALSE"
    case from = "FROM", `in` = "IN", `is` = "IS", limit = "LIMIT", match = "MATCH", max = "MAX", not = "NOT"
    case null = "NULL", or = "OR", order = "ORDER", paths = "PATHS", `return` = "RETURN", shortest = "SHORTEST"
    case since = "SINCE", to = "TO", `true` = "TRUE", undirected = "UNDIRECTED", until = "UNTIL", via = "VIA"
    case `where` = "WHERE", with = "WITH", within = "WITHIN"
    case of = "OF", window = "WINDOW", timeline = "TIMELINE", diff = "DIFF", around = "AROUND"
}

/// Punctuation; the raw value is the text, so messages can quote it.
public enum Symbol: String, Sendable, CaseIterable {
    case leftParenthesis = "(", rightParenthesis = ")", leftBracket = "[", rightBracket = "]"
    case leftBrace = "{", rightBrace = "}"
    case colon = ":", comma = ",", dot = ".", pipe = "|", star = "*", range = ".."
    case dash = "-", arrowRight = "->", arrowLeft = "<-"
    case equal = "=", notEqual = "<>", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
}

extension QueryToken.Kind: CustomStringConvertible {
    /// How a message quotes the token: `'MATCH'`, `'('`, `end of query`.
    public var description: String {
        switch self {
        case .keyword(let keyword): "'\(keyword.rawValue)'"
        case .identifier(let name): "'\(name)'"
        case .string(let text): "\"\(text)\""
        case .integer(let value): "'\(value)'"
        case .decimal(let value): "'\(value)'"
        case .date(let text): "'\(text)'"
        case .parameter(let name): "'$\(name)'"
        case .symbol(let symbol): "'\(symbol.rawValue)'"
        case .endOfInput: "end of query"
        }
    }
}
