import EntenteModel

/// A path variable of a join, `p = (a)-[:supports]->(b)-[:attacks*1..2]->(c)`: its first entity
/// and its stretches in pattern order.
struct PathBinding: Equatable {
    /// One stretch of the path.
    enum Stretch: Equatable {
        case fact(TableAlias<FactTable>)
        case walk(TableAlias<WalkTable>, reversed: Bool)
    }

    var start: TableAlias<EntityTable>
    var stretches: [Stretch]
}

extension Planner {
    /// Whether a relation is variable-length: `*1..3` (but not `*1..1`, one hop).
    static func isVariableLength(_ edge: EdgePattern) -> Bool { edge.hops != nil && edge.hops != 1...1 }

    /// Whether a variable-length MATCH fits the searches of `planVariableLength`: one pattern of one
    /// relation from a named end, returning its ends, its path and `length(p)` (ordered by them),
    /// with a WHERE about its hops only. Anything else runs as a join with a walk CTE.
    func fitsWalkSearch(_ match: MatchQuery) -> Bool {
        guard match.patterns.count == 1, let pattern = match.patterns.first, pattern.edges.count == 1, let edge = pattern.edges.first,
            match.optionals.isEmpty, edge.properties.isEmpty
        else { return false }
        let (left, right) = (pattern.nodes[0], pattern.nodes[1])
        let start = left.reference != nil ? left : right
        guard start.reference != nil, start.properties.isEmpty else { return false }
        let end = left.reference != nil ? right : left
        let edgeName = edge.variable?.text ?? "r"
        func fits(_ expression: Expression) -> Bool {
            walkOutput(expression, edge: edgeName, start: start.variable, end: end.variable, path: pattern.pathVariable) != nil
        }
        guard match.returns.items.allSatisfy({ fits($0.expression) }) else { return false }
        for item in match.order {
            if case .variable(let name) = item.expression, match.returns.items.contains(where: { $0.alias?.text == name.text }) { continue }
            guard fits(item.expression) else { return false }
        }
        if let filter = match.filter, !Self.variables(in: filter).isSubset(of: [edgeName]) { return false }
        return true
    }

    /// The variables an expression names (a pattern predicate's too).
    static func variables(in expression: Expression) -> Set<String> {
        switch expression {
        case .variable(let name): [name.text]
        case .property(let variable, _): [variable.text]
        case .not(let inner, _), .isNull(let inner, _, _): variables(in: inner)
        case .binary(_, let left, let right): variables(in: left).union(variables(in: right))
        case .inList(let inner, let values, _): values.reduce(variables(in: inner)) { $0.union(variables(in: $1)) }
        case .call(_, _, let arguments, _): arguments.reduce([]) { $0.union(variables(in: $1)) }
        case .caseWhen(let expression, _):
            ([expression.subject, expression.otherwise].compactMap { $0 } + expression.branches.flatMap { [$0.when, $0.then] })
                .reduce([]) { $0.union(variables(in: $1)) }
        case .pattern(let pattern, _):
            Set(pattern.nodes.compactMap(\.variable?.text) + pattern.edges.compactMap(\.variable?.text))
        default: []
        }
    }

    /// The conditions joined by AND at the top of an expression.
    static func conjuncts(_ expression: Expression) -> [Expression] {
        if case .binary(.and, let left, let right) = expression { return conjuncts(left) + conjuncts(right) }
        return [expression]
    }

    /// A relation's property map as one expression on `variable` (`r.negated = false AND …`), so
    /// it is planned as a WHERE would be, with the date rules and the question of negation.
    static func propertyTest(_ properties: [PropertyEntry], on variable: Name) -> Expression? {
        properties.map { Expression.binary(.equal, .property(variable, $0.key), $0.value) }
            .reduce(nil) { sum, next in sum.map { .binary(.and, $0, next) } ?? next }
    }

    /// The name a relation's conditions use for it: its variable, or one no query can write.
    static func edgeName(_ edge: EdgePattern) -> Name {
        edge.variable ?? Name(text: " relation@\(edge.range.lowerBound)", range: edge.range)
    }

    /// What every hop of a walk of a join satisfies: its relations, its property map, the scope,
    /// and the WHERE conditions about it alone, planned with its variable as one hop (`f`).
    mutating func joinedWalkFilter(_ edge: EdgePattern, conditions: [Expression], scope: DateScope?) -> HopFilter {
        let name = Self.edgeName(edge)
        let saved = (bindings[name.text], negationMentioned, modalityMentioned, predicateJoins, articleJoins, speakerJoins)
        bindings[name.text] = .edge(.hop)
        negationMentioned.remove(.hop)
        modalityMentioned.remove(.hop)
        predicateJoins.remove(.hop)
        articleJoins.remove(.hop)
        speakerJoins.remove(.hop)
        let tests = conditions + (Self.propertyTest(edge.properties, on: name).map { [$0] } ?? [])
        let filter = tests.reduce(nil) { (sum: Expression?, next: Expression) in sum.map { .binary(.and, $0, next) } ?? next }
        if let filter { noteNegation(in: filter) }
        if edge.types.contains(where: { RelationClass(parsing: $0.text) != nil }) { predicateJoins.insert(.hop) }
        let hops = hopFilter(relations: edge.types, scope: scope, filter: filter)
        (bindings[name.text], negationMentioned, modalityMentioned, predicateJoins, articleJoins, speakerJoins) = saved
        return hops
    }

    /// The WHERE of a join with walks, split: the conditions about one walk's relation alone go to
    /// its hops (`WHERE r.date >= 2016` tests each hop); a condition that mixes a walk's relation
    /// with other variables has no meaning hop by hop and is refused where it is written.
    mutating func splitWalkConditions(_ filter: Expression?, walkNames: Set<String>) -> (rest: Expression?, perWalk: [String: [Expression]]) {
        guard let filter, !walkNames.isEmpty else { return (filter, [:]) }
        var rest: [Expression] = []
        var perWalk: [String: [Expression]] = [:]
        for conjunct in Self.conjuncts(filter) {
            let names = Self.variables(in: conjunct)
            let walks = names.intersection(walkNames)
            if walks.isEmpty {
                rest.append(conjunct)
            } else if names.count == 1, let walk = walks.first {
                perWalk[walk, default: []].append(conjunct)
            } else {
                error(
                    .walkConditionMixed(walks.sorted().joined(separator: ", ")), at: conjunct.range,
                    notes: ["a variable-length relation is a list of hops: a condition on it tests each hop alone; write it apart, joined by AND (WHERE r.date >= 2016 AND b.kind = 'actor')"])
            }
        }
        return (rest.reduce(nil) { sum, next in sum.map { .binary(.and, $0, next) } ?? next }, perWalk)
    }

    /// A path's stretches as output parts, selecting each stretch's fact ids.
    mutating func pathParts(_ path: PathBinding, selected: inout [SQLFragment], groupBy: inout [SQLFragment]) -> [PathPart] {
        path.stretches.map { stretch in
            let column = selected.count
            let sql: SQLFragment
            let part: PathPart
            switch stretch {
            case .fact(let fact):
                sql = "\(fact[.id])"
                part = .fact(column)
            case .walk(let walk, let reversed):
                sql = "\(walk[.facts])"
                part = .walk(column, reversed: reversed)
            }
            selected.append(sql)
            groupBy.append(sql)
            return part
        }
    }

    /// `length(p)` as SQL: a hop per fact, a walk's depth.
    static func pathLength(_ path: PathBinding) -> SQLFragment {
        let facts = path.stretches.filter { if case .fact = $0 { true } else { false } }.count
        let walks: [SQLFragment] = path.stretches.compactMap { if case .walk(let walk, _) = $0 { "\(walk[.depth])" } else { nil } }
        guard !walks.isEmpty else { return "\(bind: .integer(Int64(facts)))" }
        let sum = walks.joined(separator: " + ")
        return facts == 0 && walks.count == 1 ? sum : "(\(bind: .integer(Int64(facts))) + \(sum))"
    }

    /// A path's fact ids as one text, for DISTINCT, count and grouping: `12,` then a walk's `40,41,`.
    static func pathText(_ path: PathBinding) -> SQLFragment {
        let parts: [SQLFragment] = path.stretches.map {
            switch $0 {
            case .fact(let fact): "\(fact[.id]) || ','"
            case .walk(let walk, _): "\(walk[.facts])"
            }
        }
        return parts.count == 1 ? parts[0] : "(\(parts.joined(separator: " || ")))"
    }

    /// A returned path, `p`, `r` (a walk), `relationships(p)` or `nodes(p)`, as the path it
    /// stands for; nil for any other expression.
    func returnedPath(_ expression: Expression) -> (binding: PathBinding, nodes: Bool)? {
        func path(_ argument: Expression) -> PathBinding? {
            guard case .variable(let name) = argument else { return nil }
            switch bindings[name.text] {
            case .path(let path)?: return path
            case .walk(let walk, let reversed)?:
                return PathBinding(start: walkStarts[walk] ?? .reached, stretches: [.walk(walk, reversed: reversed)])
            default: return nil
            }
        }
        switch expression {
        case .variable:
            return path(expression).map { ($0, false) }
        case .call(let function, _, let arguments, _) where arguments.count == 1:
            switch function.text.lowercased() {
            case "relationships", "rels": return path(arguments[0]).map { ($0, false) }
            case "nodes": return path(arguments[0]).map { ($0, true) }
            default: return nil
            }
        default:
            return nil
        }
    }
}
