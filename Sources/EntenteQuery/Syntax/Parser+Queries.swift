import EntenteModel

/// The query forms: MATCH, PATHS and its kin, RETURN clauses.
extension Parser {
    mutating func query() throws -> Query {
        let explain = accept(.explain)
        let body: Query.Body
        if isKeyword(.match) {
            body = try matchOrUnion()
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

    /// A MATCH, or several joined by `UNION` or `UNION ALL` (words of this place, not reserved).
    mutating func matchOrUnion() throws -> Query.Body {
        var start = current.range.lowerBound
        let first = try match()
        var parts = [first]
        var ranges = [start..<tokens[index - 1].range.upperBound]
        var operators: [(all: Bool, range: Range<Int>)] = []
        while case .identifier(let word) = current.kind, word.uppercased() == "UNION" {
            let union = advance()
            let all = accept(.all)
            operators.append((all, union.range.lowerBound..<tokens[index - 1].range.upperBound))
            start = current.range.lowerBound
            guard isKeyword(.match) else { throw failure("'MATCH' after UNION", suggestions: [.match]) }
            parts.append(try match())
            ranges.append(start..<tokens[index - 1].range.upperBound)
        }
        guard !operators.isEmpty else { return .match(first) }
        // Cypher does not mix the two: which repeats are kept would depend on the order of the parts.
        if let mixed = operators.first(where: { $0.all != operators[0].all }) {
            throw Failure(
                diagnostic: Diagnostic(
                    .expected(operators[0].all ? "'UNION ALL' as before" : "'UNION' as before", found: .identifier(source.slice(mixed.range))),
                    at: mixed.range, notes: ["write every UNION of a query alike: all UNION, or all UNION ALL"]))
        }
        return .union(UnionQuery(parts: parts, partRanges: ranges, all: operators[0].all, operators: operators))
    }

    mutating func match() throws -> MatchQuery {
        _ = try expect(.match)
        var patterns = [try pattern()]
        while accept(.comma) { patterns.append(try pattern()) }
        let timeOrder = try timeOrderClause()
        let filter = accept(.where) ? try expression() : nil
        // OPTIONAL is a word of this place, not a reserved keyword.
        var optionals: [OptionalMatch] = []
        while case .identifier(let word) = current.kind, word.uppercased() == "OPTIONAL" {
            let start = advance().range.lowerBound
            _ = try expect(.match)
            let pattern = try pattern()
            let optionalFilter = accept(.where) ? try expression() : nil
            optionals.append(OptionalMatch(pattern: pattern, filter: optionalFilter, range: start..<tokens[index - 1].range.upperBound))
        }
        let scope = try dateScope()
        var stages: [WithStage] = []
        while isKeyword(.with) {
            let start = advance().range.lowerBound
            let distinct = accept(.distinct)
            let items = try returnItems()
            let order = try orderBy()
            let skip = try skipClause()?.count
            let limit = accept(.limit) ? try integer("a number of rows").0 : nil
            let filter = accept(.where) ? try expression() : nil
            stages.append(
                WithStage(
                    items: ReturnClause(distinct: distinct, items: items, withEvidence: false), order: order, skip: skip, limit: limit,
                    filter: filter, range: start..<tokens[index - 1].range.upperBound))
        }
        guard isKeyword(.return) else {
            throw failure("'RETURN'", suggestions: [.return, .where, .with, .during, .within, .since, .until])
        }
        let returns = try returnClause()
        let order = try orderBy()
        let skip = try skipClause()
        let limit = accept(.limit) ? try integer("a number of rows").0 : nil
        return MatchQuery(
            patterns: patterns, filter: filter, scope: scope, returns: returns, order: order, limit: limit, skip: skip, optionals: optionals,
            stages: stages, timeOrder: timeOrder)
    }

    mutating func orderBy() throws -> [OrderItem] {
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
        return order
    }

    /// SKIP is a word of this place, not a reserved keyword, so `skip` stays free as a name.
    mutating func skipClause() throws -> (count: Int, range: Range<Int>)? {
        guard case .identifier(let word) = current.kind, word.uppercased() == "SKIP" else { return nil }
        _ = advance()
        return try integer("a number of rows to skip")
    }

    mutating func paths() throws -> PathQuery {
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
        let timeOrder = try timeOrderClause()
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
            filter: filter, scope: scope, withEvidence: withEvidence, limit: limit, timeOrder: timeOrder)
    }

    mutating func evidence() throws -> Bool {
        guard accept(.with) else { return false }
        _ = try expect(.evidence)
        return true
    }

    mutating func returnClause() throws -> ReturnClause {
        _ = try expect(.return)
        let distinct = accept(.distinct)
        let items = try returnItems()
        return ReturnClause(distinct: distinct, items: items, withEvidence: try evidence())
    }

    /// `expression [AS alias], …`: the columns of a RETURN or a WITH stage.
    mutating func returnItems() throws -> [ReturnItem] {
        var items: [ReturnItem] = []
        repeat {
            let expression = try expression()
            let alias = accept(.as) ? try name("a column name") : nil
            items.append(ReturnItem(expression: expression, alias: alias))
        } while accept(.comma)
        return items
    }
}
