import EntenteModel

/// Reads tokens into a `Query`. It stops at the first syntax error and
/// reports it, with any the lexer found, as a `QueryError`.
public struct Parser {
    private let source: SourceText
    private let tokens: [QueryToken]
    private var index = 0
    /// How deep the expression being read is nested (parentheses, NOT, chained AND/OR).
    private var depth = 0

    /// Deeper expressions are refused, so no input can exhaust the stack of the parser or the planner.
    public static let maxNesting = 64
    /// More conditions joined by AND or OR in one expression are refused, for the same reason.
    public static let maxConditions = 256

    private struct Failure: Error {
        var diagnostic: Diagnostic
    }

    /// The hard cap on hops of a variable-length edge or a path search.
    public static let maxHopsCap = 6

    public static func parse(_ source: SourceText) throws(QueryError) -> Query {
        var lexer = Lexer(source)
        let tokens = lexer.tokenize()
        var parser = Parser(source: source, tokens: tokens)
        let query: Query
        do {
            query = try parser.query()
        } catch let failure as Failure {
            let diagnostics = lexer.diagnostics.isEmpty ? [failure.diagnostic] : lexer.diagnostics
            throw QueryError(diagnostics, source: source)
        } catch {
            throw QueryError([], source: source)
        }
        // Checked outside the `do`: thrown inside it, the lexer's diagnostics were caught by the
        // generic `catch` and replaced by none, so a stray character exited silently.
        if !lexer.diagnostics.isEmpty { throw QueryError(lexer.diagnostics, source: source) }
        return query
    }

    private init(source: SourceText, tokens: [QueryToken]) {
        self.source = source
        self.tokens = tokens
    }

    // MARK: - Tokens

    private var current: QueryToken { tokens[index] }

    private mutating func advance() -> QueryToken {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    private func isKeyword(_ keyword: Keyword) -> Bool { current.kind == .keyword(keyword) }
    private func isSymbol(_ symbol: Symbol) -> Bool { current.kind == .symbol(symbol) }

    private mutating func accept(_ keyword: Keyword) -> Bool {
        guard isKeyword(keyword) else { return false }
        _ = advance()
        return true
    }

    private mutating func accept(_ symbol: Symbol) -> Bool {
        guard isSymbol(symbol) else { return false }
        _ = advance()
        return true
    }

    private func failure(_ expected: String, suggestions: [Keyword] = []) -> Failure {
        var notes: [String] = []
        if case .identifier(let word) = current.kind {
            let close = Self.closeKeywords(to: word, among: suggestions)
            if !close.isEmpty { notes.append("did you mean \(close.map { "'\($0.rawValue)'" }.joined(separator: " or "))?") }
        }
        return Failure(diagnostic: Diagnostic(.expected(expected, found: current.kind), at: current.range, notes: notes))
    }

    static func closeKeywords(to word: String, among keywords: [Keyword]) -> [Keyword] {
        let upper = word.uppercased()
        let scored = keywords.map { ($0, EditDistance.between(upper, $0.rawValue, limit: 2)) }
            .filter { $0.1 <= (upper.count >= 5 ? 2 : 1) }
        guard let best = scored.map(\.1).min() else { return [] }
        return scored.filter { $0.1 == best }.map(\.0)
    }

    private mutating func expect(_ keyword: Keyword) throws -> QueryToken {
        guard isKeyword(keyword) else { throw failure("'\(keyword.rawValue)'", suggestions: [keyword]) }
        return advance()
    }

    private mutating func expect(_ symbol: Symbol, _ what: String? = nil) throws -> QueryToken {
        guard isSymbol(symbol) else { throw failure(what ?? "'\(symbol.rawValue)'") }
        return advance()
    }

    private mutating func name(_ what: String) throws -> Name {
        guard case .identifier(let text) = current.kind else { throw failure(what) }
        let token = advance()
        return Name(text: text, range: token.range)
    }

    private mutating func integer(_ what: String) throws -> (Int, Range<Int>) {
        guard case .integer(let value) = current.kind else { throw failure(what) }
        let token = advance()
        return (value, token.range)
    }

    // MARK: - Queries

    private mutating func query() throws -> Query {
        let explain = accept(.explain)
        let body: Query.Body
        if isKeyword(.match) {
            body = .match(try match())
        } else if isKeyword(.paths) || isKeyword(.shortest) || isKeyword(.all) {
            body = .paths(try paths())
        } else if isKeyword(.timeline) {
            body = .timeline(try timeline())
        } else if isKeyword(.diff) {
            body = .diff(try diff())
        } else {
            throw failure(
                "'MATCH', 'PATHS', 'SHORTEST', 'TIMELINE' or 'DIFF'", suggestions: [.match, .paths, .shortest, .explain, .timeline, .diff])
        }
        guard current.kind == .endOfInput else {
            throw failure("end of query", suggestions: [.where, .return, .order, .limit, .during, .within, .since, .until])
        }
        return Query(explain: explain, body: body)
    }

    private mutating func match() throws -> MatchQuery {
        _ = try expect(.match)
        var patterns = [try pattern()]
        while accept(.comma) { patterns.append(try pattern()) }
        let filter = accept(.where) ? try expression() : nil
        let scope = try dateScope()
        guard isKeyword(.return) else {
            throw failure("'RETURN'", suggestions: [.return, .where, .during, .within, .since, .until])
        }
        let returns = try returnClause()
        var order: [OrderItem] = []
        if accept(.order) {
            _ = try expect(.by)
            repeat {
                let expression = try expression()
                let descending = accept(.desc)
                if !descending { _ = accept(.asc) }
                order.append(OrderItem(expression: expression, descending: descending))
            } while accept(.comma)
        }
        let limit = accept(.limit) ? try integer("a number of rows").0 : nil
        return MatchQuery(patterns: patterns, filter: filter, scope: scope, returns: returns, order: order, limit: limit)
    }

    private mutating func paths() throws -> PathQuery {
        let selector: PathQuery.Selector
        if accept(.paths) {
            selector = .all
        } else if accept(.shortest) {
            selector = .shortest
        } else {
            _ = try expect(.all)
            _ = try expect(.shortest)
            selector = .allShortest
        }
        _ = try expect(.from)
        let from = try endpoint()
        _ = try expect(.to)
        let to = try endpoint()
        var via: [Name] = []
        if accept(.via) {
            repeat { via.append(try name("a predicate or relation class")) } while accept(.pipe)
        }
        _ = try expect(.max)
        let (maxHops, maxRange) = try integer("a number of hops")
        guard maxHops >= 1 else { throw Failure(diagnostic: Diagnostic(.expected("at least 1 hop", found: .integer(maxHops)), at: maxRange)) }
        guard maxHops <= Self.maxHopsCap else {
            throw Failure(diagnostic: Diagnostic(.hopsAboveCap(maxHops, cap: Self.maxHopsCap), at: maxRange))
        }
        var directed = false
        if accept(.directed) { directed = true } else { _ = accept(.undirected) }
        let filter = accept(.where) ? try expression() : nil
        let scope = try dateScope()
        var withEvidence = false
        if accept(.return) {
            // Paths return the path; RETURN only asks for evidence: `RETURN p WITH EVIDENCE`.
            if case .identifier = current.kind { _ = advance() }
            withEvidence = try evidence()
        }
        let limit = accept(.limit) ? try integer("a number of paths").0 : nil
        return PathQuery(
            selector: selector, from: from, to: to, via: via, maxHops: maxHops, maxHopsRange: maxRange, directed: directed,
            filter: filter, scope: scope, withEvidence: withEvidence, limit: limit)
    }

    private mutating func evidence() throws -> Bool {
        guard accept(.with) else { return false }
        _ = try expect(.evidence)
        return true
    }

    private mutating func returnClause() throws -> ReturnClause {
        _ = try expect(.return)
        let distinct = accept(.distinct)
        var items: [ReturnItem] = []
        repeat {
            let expression = try expression()
            let alias = accept(.as) ? try name("a column name") : nil
            items.append(ReturnItem(expression: expression, alias: alias))
        } while accept(.comma)
        return ReturnClause(distinct: distinct, items: items, withEvidence: try evidence())
    }

    // MARK: - Patterns

    private mutating func pattern() throws -> Pattern {
        var nodes = [try node()]
        var edges: [EdgePattern] = []
        while isSymbol(.dash) || isSymbol(.arrowLeft) {
            edges.append(try edge())
            nodes.append(try node())
        }
        return Pattern(nodes: nodes, edges: edges)
    }

    /// A path's end: a node, or just its name: `"Iran"`, `$from`.
    private mutating func endpoint() throws -> NodePattern {
        switch current.kind {
        case .string(let text):
            let token = advance()
            return NodePattern(variable: nil, labels: [], reference: .name(text, token.range), range: token.range)
        case .parameter(let name):
            let token = advance()
            return NodePattern(variable: nil, labels: [], reference: .parameter(name, token.range), range: token.range)
        default:
            return try node()
        }
    }

    private mutating func node() throws -> NodePattern {
        let open = try expect(.leftParenthesis, "'(' to open a node")
        var variable: Name?
        if case .identifier = current.kind { variable = try name("a variable") }
        var labels: [Name] = []
        if accept(.colon) {
            repeat { labels.append(try name("a kind or type")) } while accept(.pipe)
        }
        var reference: Reference?
        switch current.kind {
        case .string(let text):
            reference = .name(text, advance().range)
        case .parameter(let parameter):
            reference = .parameter(parameter, advance().range)
        default:
            break
        }
        let close = try expect(.rightParenthesis, "')' to close the node")
        return NodePattern(variable: variable, labels: labels, reference: reference, range: open.range.lowerBound..<close.range.upperBound)
    }

    private mutating func edge() throws -> EdgePattern {
        let start = current.range.lowerBound
        let leftArrow = accept(.arrowLeft)
        if !leftArrow { _ = try expect(.dash, "'-' or '<-' to start a relation") }
        var variable: Name?
        var types: [Name] = []
        var hops: ClosedRange<Int>?
        if accept(.leftBracket) {
            if case .identifier = current.kind { variable = try name("a variable") }
            if accept(.colon) {
                repeat { types.append(try name("a relation name")) } while accept(.pipe)
            }
            if isSymbol(.star) {
                let star = advance()
                var low = 1
                if case .integer(let value) = current.kind {
                    low = value
                    _ = advance()
                }
                guard accept(.range) else {
                    throw Failure(diagnostic: Diagnostic(.hopsWithoutUpperBound, at: star.range.lowerBound..<current.range.lowerBound))
                }
                let (high, highRange) = try integer("an upper bound of hops")
                guard high <= Self.maxHopsCap else {
                    throw Failure(diagnostic: Diagnostic(.hopsAboveCap(high, cap: Self.maxHopsCap), at: highRange))
                }
                guard low <= high, low >= 1 else {
                    throw Failure(diagnostic: Diagnostic(.minimumAboveMaximum, at: star.range.lowerBound..<highRange.upperBound))
                }
                hops = low...high
            }
            _ = try expect(.rightBracket, "']' to close the relation")
        }
        let direction: EdgePattern.Direction
        if leftArrow {
            _ = try expect(.dash, "'-' to end the relation")
            direction = .left
        } else if accept(.arrowRight) {
            direction = .right
        } else {
            _ = try expect(.dash, "'->' or '-' to end the relation")
            direction = .either
        }
        return EdgePattern(variable: variable, types: types, direction: direction, hops: hops, range: start..<tokens[index - 1].range.upperBound)
    }

    // MARK: - Dates

    private mutating func timeline() throws -> TimelineQuery {
        _ = try expect(.timeline)
        let first = try reference("the first actor's name in quotes")
        _ = try expect(.and)
        let second = try reference("the second actor's name in quotes")
        let directed = accept(.directed)
        var bucket: Name?
        if accept(.by) { bucket = try name("a period: day, week, month, quarter or year") }
        let scope = try dateScope()
        if let scope, scope.kind == .asOf {
            throw Failure(diagnostic: Diagnostic(.expected("SINCE, UNTIL, DURING or WITHIN", found: .keyword(.as)), at: scope.range))
        }
        return TimelineQuery(first: first, second: second, directed: directed, bucket: bucket, scope: scope)
    }

    private mutating func diff() throws -> DiffQuery {
        _ = try expect(.diff)
        let before = try periodText()
        _ = try expect(.and)
        let after = try periodText()
        let around = accept(.around) ? try reference("an entity's name in quotes") : nil
        return DiffQuery(before: before, after: after, around: around)
    }

    private mutating func periodText() throws -> DiffQuery.PeriodText {
        let start = current.range.lowerBound
        let first = try date()
        let last = accept(.range) ? try date() : first
        return DiffQuery.PeriodText(start: first, end: last, range: start..<tokens[index - 1].range.upperBound)
    }

    /// A quoted name or a `$parameter`.
    private mutating func reference(_ what: String) throws -> Reference {
        let token = current
        switch token.kind {
        case .string(let text):
            _ = advance()
            return .name(text, token.range)
        case .parameter(let name):
            _ = advance()
            return .parameter(name, token.range)
        default:
            throw failure(what)
        }
    }

    private mutating func dateScope() throws -> DateScope? {
        let start = current.range.lowerBound
        if accept(.as) {
            _ = try expect(.of)
            let day = try date()
            var window: Int?
            if accept(.window) { window = try windowDays() }
            return DateScope(kind: .asOf, start: day, end: day, windowDays: window, range: start..<tokens[index - 1].range.upperBound)
        }
        if accept(.during) || accept(.within) {
            let kind: DateScope.Kind = tokens[index - 1].kind == .keyword(.during) ? .during : .within
            let first = try date()
            let last = accept(.range) ? try date() : first
            return DateScope(kind: kind, start: first, end: last, range: start..<tokens[index - 1].range.upperBound)
        }
        var since: String?
        var until: String?
        while true {
            if accept(.since) {
                since = try date()
            } else if accept(.until) {
                until = try date()
            } else {
                break
            }
        }
        guard since != nil || until != nil else { return nil }
        return DateScope(kind: .during, start: since, end: until, range: start..<tokens[index - 1].range.upperBound)
    }

    /// `180d`, `12w`, `6m`, `1y`, or a count followed by `days`, `weeks`, `months` or `years`.
    private mutating func windowDays() throws -> Int {
        let (count, _) = try integer("a window such as 180d, 12w, 6m or 1y")
        var unit = "d"
        if case .identifier(let word) = current.kind {
            unit = word.lowercased()
            _ = advance()
        }
        let days: [String: Int] = ["d": 1, "day": 1, "days": 1, "w": 7, "week": 7, "weeks": 7, "m": 30, "month": 30, "months": 30, "y": 365, "year": 365, "years": 365]
        guard let factor = days[unit] else {
            throw Failure(diagnostic: Diagnostic(.expected("a window unit: d, w, m or y", found: tokens[index - 1].kind), at: tokens[index - 1].range))
        }
        return count * factor
    }

    private mutating func date() throws -> String {
        let token = current
        let text: String
        switch token.kind {
        case .date(let value): text = value
        case .integer(let value) where (1000...9999).contains(value): text = String(value)
        case .string(let value): text = value
        default: throw failure("a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        }
        guard FactDate(parsing: text) != nil else {
            throw Failure(diagnostic: Diagnostic(.impossibleDate(text), at: token.range))
        }
        _ = advance()
        return text
    }

    // MARK: - Expressions

    private mutating func expression() throws -> Expression { try or() }

    private mutating func or() throws -> Expression {
        var left = try and()
        var count = 1
        while accept(.or) {
            count += 1
            try checkConditions(count)
            left = .binary(.or, left, try and())
        }
        return left
    }

    private mutating func and() throws -> Expression {
        var left = try not()
        var count = 1
        while accept(.and) {
            count += 1
            try checkConditions(count)
            left = .binary(.and, left, try not())
        }
        return left
    }

    private func checkConditions(_ count: Int) throws {
        guard count <= Self.maxConditions else {
            throw Failure(diagnostic: Diagnostic(.tooManyConditions(Self.maxConditions), at: tokens[index - 1].range))
        }
    }

    /// Enters one level of nesting, failing past `maxNesting`; pair with `depth -= 1`.
    private mutating func nest(at range: Range<Int>) throws {
        depth += 1
        guard depth <= Self.maxNesting else {
            throw Failure(diagnostic: Diagnostic(.nestingTooDeep(Self.maxNesting), at: range))
        }
    }

    private mutating func not() throws -> Expression {
        let start = current.range.lowerBound
        if accept(.not) {
            try nest(at: tokens[index - 1].range)
            defer { depth -= 1 }
            let operand = try not()
            return .not(operand, start..<operand.range.upperBound)
        }
        return try comparison()
    }

    private mutating func comparison() throws -> Expression {
        let left = try primary()
        let operators: [Symbol: BinaryOperator] = [
            .equal: .equal, .notEqual: .notEqual, .less: .less, .lessEqual: .lessEqual, .greater: .greater,
            .greaterEqual: .greaterEqual,
        ]
        if case .symbol(let symbol) = current.kind, let op = operators[symbol] {
            _ = advance()
            return .binary(op, left, try primary())
        }
        if accept(.is) {
            let negated = accept(.not)
            let null = try expect(.null)
            return .isNull(left, negated: negated, left.range.lowerBound..<null.range.upperBound)
        }
        if accept(.in) {
            _ = try expect(.leftBracket, "'[' to open a list")
            var values: [Expression] = []
            if !isSymbol(.rightBracket) {
                repeat { values.append(try primary()) } while accept(.comma)
            }
            let close = try expect(.rightBracket, "']' to close the list")
            return .inList(left, values, left.range.lowerBound..<close.range.upperBound)
        }
        return left
    }

    private mutating func primary() throws -> Expression {
        let token = current
        switch token.kind {
        case .string(let text):
            _ = advance()
            return .string(text, token.range)
        case .integer(let value):
            _ = advance()
            return .integer(value, token.range)
        case .decimal(let value):
            _ = advance()
            return .decimal(value, token.range)
        case .date(let text):
            guard FactDate(parsing: text) != nil else {
                throw Failure(diagnostic: Diagnostic(.impossibleDate(text), at: token.range))
            }
            _ = advance()
            return .date(text, token.range)
        case .parameter(let name):
            _ = advance()
            return .parameter(name, token.range)
        case .keyword(.true), .keyword(.false):
            _ = advance()
            return .boolean(token.kind == .keyword(.true), token.range)
        case .keyword(.null):
            _ = advance()
            return .null(token.range)
        case .symbol(.leftParenthesis):
            _ = advance()
            try nest(at: token.range)
            defer { depth -= 1 }
            let inner = try expression()
            _ = try expect(.rightParenthesis, "')'")
            return inner
        case .identifier:
            let first = try name("a name")
            if accept(.dot) {
                let property = try name("a property name")
                return .property(first, property)
            }
            if accept(.leftParenthesis) {
                let distinct = accept(.distinct)
                var arguments: [Expression] = []
                if isSymbol(.star) {
                    _ = advance()
                } else if !isSymbol(.rightParenthesis) {
                    repeat { arguments.append(try expression()) } while accept(.comma)
                }
                let close = try expect(.rightParenthesis, "')' to close the call")
                return .call(first, distinct: distinct, arguments, first.range.lowerBound..<close.range.upperBound)
            }
            return .variable(first)
        default:
            throw failure("a value, a variable or a property")
        }
    }
}
