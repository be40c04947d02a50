import EntenteModel

/// Reads tokens into a `QuerySyntax.Query`. It stops at the first syntax error and
/// reports it, with any the lexer found, as a `QueryError`.
public struct Parser {
    let source: SourceText
    let tokens: [QueryToken]
    var index = 0
    /// How deep the expression being read is nested (parentheses, NOT, chained AND/OR).
    var depth = 0

    /// Deeper expressions are refused, so no input can exhaust the stack of the parser or the planner.
    public static let maxNesting = 64
    /// More conditions joined by AND or OR in one expression are refused, for the same reason.
    public static let maxConditions = 256

    struct Failure: Error {
        var diagnostic: Diagnostic
    }

    /// The hard cap on hops of a variable-length edge or a path search.
    public static let maxHopsCap = 6

    /// Parses a query.
    ///
    /// - Throws: `QueryError` with the first syntax error (or every character the lexer could not read).
    public static func parse(_ source: SourceText) throws(QueryError) -> QuerySyntax.Query {
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

    var current: QueryToken { tokens[index] }

    mutating func advance() -> QueryToken {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    func isKeyword(_ keyword: Keyword) -> Bool { current.kind == .keyword(keyword) }
    func isSymbol(_ symbol: Symbol) -> Bool { current.kind == .symbol(symbol) }

    mutating func accept(_ keyword: Keyword) -> Bool {
        guard isKeyword(keyword) else { return false }
        _ = advance()
        return true
    }

    mutating func accept(_ symbol: Symbol) -> Bool {
        guard isSymbol(symbol) else { return false }
        _ = advance()
        return true
    }

    func failure(_ expected: String, suggestions: [Keyword] = []) -> Failure {
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

    mutating func expect(_ keyword: Keyword) throws -> QueryToken {
        guard isKeyword(keyword) else { throw failure("'\(keyword.rawValue)'", suggestions: [keyword]) }
        return advance()
    }

    mutating func expect(_ symbol: Symbol, _ what: String? = nil) throws -> QueryToken {
        guard isSymbol(symbol) else { throw failure(what ?? "'\(symbol.rawValue)'") }
        return advance()
    }

    mutating func name(_ what: String) throws -> Name {
        guard case .identifier(let text) = current.kind else { throw failure(what) }
        let token = advance()
        return Name(text: text, range: token.range)
    }

    mutating func integer(_ what: String) throws -> (Int, Range<Int>) {
        guard case .integer(let value) = current.kind else { throw failure(what) }
        let token = advance()
        return (value, token.range)
    }
}
