import EntenteModel

/// Patterns: `(a:label "Name")-[r:types*1..3]->(b)`.
extension Parser {
    mutating func pattern() throws -> Pattern {
        // `p = (a)-[*1..3]->(b)`: a name for the path, before the first node.
        var pathVariable: Name?
        if case .identifier = current.kind, tokens[min(index + 1, tokens.count - 1)].kind == .symbol(.equal) {
            pathVariable = try name("a path variable")
            _ = advance()
        }
        // `shortestPath(…)` and `allShortestPaths(…)`, as Cypher writes them: words of this place.
        if case .identifier(let word) = current.kind, ["SHORTESTPATH", "ALLSHORTESTPATHS"].contains(word.uppercased()),
            tokens[min(index + 1, tokens.count - 1)].kind == .symbol(.leftParenthesis)
        {
            let start = advance().range.lowerBound
            _ = advance()
            var inner = try pattern()
            let close = try expect(.rightParenthesis, "')' to close \(word)")
            inner.pathVariable = pathVariable
            inner.shortest = (word.uppercased() == "ALLSHORTESTPATHS", start..<close.range.upperBound)
            return inner
        }
        var nodes = [try node()]
        var edges: [EdgePattern] = []
        while isSymbol(.dash) || isSymbol(.arrowLeft) {
            edges.append(try edge())
            nodes.append(try node())
        }
        return Pattern(nodes: nodes, edges: edges, pathVariable: pathVariable)
    }

    /// A path's end: a node, or just its name: `"Iran"`, `$from`.
    mutating func endpoint() throws -> NodePattern {
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

    mutating func node() throws -> NodePattern {
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
        var properties: [PropertyEntry] = []
        for entry in try propertyMap() {
            // `{name: "Iran"}` names the entity as `("Iran")` does: by name, alias or code.
            switch (entry.key.text.lowercased(), reference, entry.value) {
            case ("name", nil, .string(let text, let range)): reference = .name(text, range)
            case ("name", nil, .parameter(let parameter, let range)): reference = .parameter(parameter, range)
            default: properties.append(entry)
            }
        }
        let close = try expect(.rightParenthesis, "')' to close the node")
        return NodePattern(
            variable: variable, labels: labels, reference: reference, range: open.range.lowerBound..<close.range.upperBound,
            properties: properties)
    }

    mutating func edge() throws -> EdgePattern {
        let start = current.range.lowerBound
        let leftArrow = accept(.arrowLeft)
        if !leftArrow { _ = try expect(.dash, "'-' or '<-' to start a relation") }
        var variable: Name?
        var types: [Name] = []
        var hops: ClosedRange<Int>?
        var properties: [PropertyEntry] = []
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
            properties = try propertyMap()
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
        return EdgePattern(
            variable: variable, types: types, direction: direction, hops: hops, range: start..<tokens[index - 1].range.upperBound,
            properties: properties)
    }

    /// `{key: value, …}`, if it is next: the entries of a node's or a relation's property map.
    mutating func propertyMap() throws -> [PropertyEntry] {
        guard accept(.leftBrace) else { return [] }
        var entries: [PropertyEntry] = []
        if !isSymbol(.rightBrace) {
            repeat {
                let key = try name("a property name")
                _ = try expect(.colon, "':' after the property name")
                entries.append(PropertyEntry(key: key, value: try primary()))
            } while accept(.comma)
        }
        _ = try expect(.rightBrace, "'}' to close the properties")
        return entries
    }
}
