import EntenteModel

/// WHERE and RETURN expressions, by precedence: OR, AND, NOT, comparisons, primaries.
extension Parser {
    mutating func expression() throws -> Expression { try or() }

    mutating func or() throws -> Expression {
        var left = try and()
        var count = 1
        while accept(.or) {
            count += 1
            try checkConditions(count)
            left = .binary(.or, left, try and())
        }
        return left
    }

    mutating func and() throws -> Expression {
        var left = try not()
        var count = 1
        while accept(.and) {
            count += 1
            try checkConditions(count)
            left = .binary(.and, left, try not())
        }
        return left
    }

    func checkConditions(_ count: Int) throws {
        guard count <= Self.maxConditions else {
            throw Failure(diagnostic: Diagnostic(.tooManyConditions(Self.maxConditions), at: tokens[index - 1].range))
        }
    }

    /// Enters one level of nesting, failing past `maxNesting`; pair with `depth -= 1`.
    mutating func nest(at range: Range<Int>) throws {
        depth += 1
        guard depth <= Self.maxNesting else {
            throw Failure(diagnostic: Diagnostic(.nestingTooDeep(Self.maxNesting), at: range))
        }
    }

    mutating func not() throws -> Expression {
        let start = current.range.lowerBound
        if accept(.not) {
            try nest(at: tokens[index - 1].range)
            defer { depth -= 1 }
            let operand = try not()
            return .not(operand, start..<operand.range.upperBound)
        }
        return try comparison()
    }

    mutating func comparison() throws -> Expression {
        let left = try primary()
        let operators: [Symbol: BinaryOperator] = [
            .equal: .equal, .notEqual: .notEqual, .less: .less, .lessEqual: .lessEqual, .greater: .greater,
            .greaterEqual: .greaterEqual,
        ]
        if case .symbol(let symbol) = current.kind, let op = operators[symbol] {
            _ = advance()
            return .binary(op, left, try primary())
        }
        if let op = stringMatch() {
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

    /// `STARTS WITH`, `ENDS WITH` or `CONTAINS`, read if it is next. The words are not reserved,
    /// so `starts`, `ends` and `contains` stay free as names elsewhere.
    mutating func stringMatch() -> BinaryOperator? {
        guard case .identifier(let word) = current.kind else { return nil }
        switch word.uppercased() {
        case "CONTAINS":
            _ = advance()
            return .contains
        case "STARTS", "ENDS":
            guard tokens[min(index + 1, tokens.count - 1)].kind == .keyword(.with) else { return nil }
            _ = advance()
            _ = advance()
            return word.uppercased() == "STARTS" ? .startsWith : .endsWith
        default:
            return nil
        }
    }

    mutating func primary() throws -> Expression {
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
        case .keyword(.max) where tokens[min(index + 1, tokens.count - 1)].kind == .symbol(.leftParenthesis):
            // MAX is a keyword of path searches, and the aggregate max(…) where a call is written.
            _ = advance()
            return try call(Name(text: "max", range: token.range))
        case .symbol(.leftParenthesis):
            // A pattern predicate, `(a)-[:attacks]->()`, starts as a parenthesis does: read one if
            // it is there (a node and at least one relation), else the parenthesised expression.
            var attempt = self
            if let pattern = try? attempt.pattern(), !pattern.edges.isEmpty {
                self = attempt
                return .pattern(pattern, token.range.lowerBound..<tokens[index - 1].range.upperBound)
            }
            _ = advance()
            try nest(at: token.range)
            defer { depth -= 1 }
            let inner = try expression()
            _ = try expect(.rightParenthesis, "')'")
            return inner
        case .identifier(let word) where word.uppercased() == "EXISTS" && tokens[min(index + 1, tokens.count - 1)].kind == .symbol(.leftBrace):
            // `EXISTS { [MATCH] pattern }`: the pattern predicate as Cypher also writes it.
            _ = advance()
            _ = advance()
            _ = accept(.match)
            let pattern = try pattern()
            let close = try expect(.rightBrace, "'}' to close EXISTS (test other conditions in the WHERE around it)")
            return .pattern(pattern, token.range.lowerBound..<close.range.upperBound)
        case .identifier(let word) where word.uppercased() == "CASE" && ![.symbol(.dot), .symbol(.leftParenthesis)].contains(tokens[min(index + 1, tokens.count - 1)].kind):
            return try caseExpression()
        case .identifier:
            let first = try name("a name")
            if accept(.dot) {
                let property = try name("a property name")
                return .property(first, property)
            }
            if isSymbol(.leftParenthesis) { return try call(first) }
            return .variable(first)
        default:
            throw failure("a value, a variable or a property")
        }
    }

    /// `CASE [subject] WHEN … THEN … {WHEN … THEN …} [ELSE …] END`; the words are of this place, not reserved.
    mutating func caseExpression() throws -> Expression {
        let start = advance().range
        try nest(at: start)
        defer { depth -= 1 }
        func isWord(_ word: String) -> Bool {
            if case .identifier(let text) = current.kind { return text.uppercased() == word }
            return false
        }
        func failure(_ word: String, _ expected: String) -> Failure {
            var notes: [String] = []
            if case .identifier(let text) = current.kind,
                let close = ["WHEN", "THEN", "ELSE", "END"].first(where: { EditDistance.between(text.uppercased(), $0, limit: 2) <= 1 })
            {
                notes.append("did you mean '\(close)'?")
            }
            notes.append("CASE WHEN r.date < 2016 THEN 'early' ELSE 'late' END, or CASE a.kind WHEN 'actor' THEN 1 ELSE 0 END")
            return Failure(diagnostic: Diagnostic(.expected(expected, found: current.kind), at: current.range, notes: notes))
        }
        let subject = isWord("WHEN") ? nil : try expression()
        var branches: [CaseExpression.Branch] = []
        while isWord("WHEN") {
            _ = advance()
            let when = try expression()
            guard isWord("THEN") else { throw failure("THEN", "'THEN' after the WHEN condition") }
            _ = advance()
            branches.append(CaseExpression.Branch(when: when, then: try expression()))
        }
        guard !branches.isEmpty else { throw failure("WHEN", "'WHEN' to open a branch of CASE") }
        var otherwise: Expression?
        if isWord("ELSE") {
            _ = advance()
            otherwise = try expression()
        }
        guard isWord("END") else { throw failure("END", "'END' to close CASE") }
        let end = advance()
        return .caseWhen(
            CaseExpression(subject: subject, branches: branches, otherwise: otherwise), start.lowerBound..<end.range.upperBound)
    }

    /// `name(…)`, `name(DISTINCT …)`, `name(*)`: a call, from its opening parenthesis.
    mutating func call(_ function: Name) throws -> Expression {
        _ = try expect(.leftParenthesis)
        let distinct = accept(.distinct)
        var arguments: [Expression] = []
        if isSymbol(.star) {
            _ = advance()
        } else if !isSymbol(.rightParenthesis) {
            repeat { arguments.append(try expression()) } while accept(.comma)
        }
        let close = try expect(.rightParenthesis, "')' to close the call")
        return .call(function, distinct: distinct, arguments, function.range.lowerBound..<close.range.upperBound)
    }
}
