import EntenteModel

extension Expression {
    static let aggregates: Set<String> = ["count", "sources", "first_seen", "last_seen", "min", "max", "avg", "sum", "collect"]

    var containsAggregate: Bool {
        switch self {
        case .call(let name, _, let arguments, _):
            Self.aggregates.contains(name.text.lowercased()) || arguments.contains { $0.containsAggregate }
        case .not(let inner, _), .isNull(let inner, _, _): inner.containsAggregate
        case .binary(_, let left, let right): left.containsAggregate || right.containsAggregate
        case .inList(let inner, let values, _): inner.containsAggregate || values.contains { $0.containsAggregate }
        case .caseWhen(let expression, _):
            ([expression.subject, expression.otherwise].compactMap { $0 } + expression.branches.flatMap { [$0.when, $0.then] })
                .contains { $0.containsAggregate }
        default: false
        }
    }
}

extension BinaryOperator {
    /// The operator as SQL writes it.
    var sql: SQLFragment {
        switch self {
        case .and: "AND"
        case .or: "OR"
        case .equal: "="
        case .notEqual: "<>"
        case .less: "<"
        case .lessEqual: "<="
        case .greater: ">"
        case .greaterEqual: ">="
        // Written through `SQLFunction.textMatch` by `condition`; never as an infix operator.
        case .startsWith, .endsWith, .contains: "="
        }
    }
}

extension Planner {
    static let nodeProperties: [String: EntityTable.Column] = [
        "id": .id, "name": .name, "kind": .kind, "type": .type, "iso3": .iso3, "cameo": .cameo,
        "latitude": .latitude, "longitude": .longitude,
    ]
    static let edgeProperties: Set<String> = [
        "predicate", "class", "date", "start", "end", "precision", "confidence", "negated", "modality", "speaker",
        "role", "object_role", "goldstein", "article", "source", "url", "sentence", "evidence", "origin", "sources", "id",
        "code", "mentions", "external_id",
    ]

    /// Remembers which relations a filter asks about `negated` or `modality` for, so their
    /// negated or modal facts are not left out.
    mutating func noteNegation(in expression: Expression) {
        switch expression {
        case .property(let variable, let property) where property.text.lowercased() == "negated":
            if case .edge(let fact)? = bindings[variable.text] { negationMentioned.insert(fact) }
        case .property(let variable, let property) where property.text.lowercased() == "modality":
            if case .edge(let fact)? = bindings[variable.text] { modalityMentioned.insert(fact) }
        case .not(let inner, _), .isNull(let inner, _, _): noteNegation(in: inner)
        case .binary(_, let left, let right):
            noteNegation(in: left)
            noteNegation(in: right)
        case .inList(let inner, _, _): noteNegation(in: inner)
        default: break
        }
    }

    /// A variable nothing binds, with the ones in scope as the way out.
    mutating func undefined(_ name: Name) {
        let known = bindings.keys.filter { !$0.hasPrefix(" ") }.sorted()
        error(
            .undefinedVariable(name.text), at: name.range,
            notes: known.isEmpty ? ["name it in the pattern: (a)-[r]->(b)"] : ["in scope here: \(known.joined(separator: ", "))"])
    }

    /// A boolean expression as an SQL condition.
    mutating func condition(_ expression: Expression) -> SQLFragment {
        switch expression {
        case .binary(.and, let left, let right):
            return "(\(condition(left)) AND \(condition(right)))"
        case .binary(.or, let left, let right):
            return "(\(condition(left)) OR \(condition(right)))"
        case .not(let inner, _):
            return "NOT \(condition(inner))"
        case .binary(let op, let left, let right) where op.isStringMatch:
            // Before the date rules: `r.date STARTS WITH '2016'` tests the date's text.
            return "\(SQLFunction.textMatch(op, value(left), value(right)))"
        case .binary(let op, .property(let variable, let property), let right)
        where property.text.lowercased() == "date" && isEdge(variable):
            return dateComparison(op, variable: variable, right)
        case .binary(let op, let left, .property(let variable, let property))
        where property.text.lowercased() == "date" && isEdge(variable) && op != .and && op != .or:
            // A date written first compares the same way: `2017 <= r.date` is `r.date >= 2017`.
            return dateComparison(op.swapped, variable: variable, left)
        case .binary(let op, let call, let other) where Self.datePartFunction(call) != nil:
            return "\(value(call)) \(op.sql) \(datePart(Self.datePartFunction(call)!, other))"
        case .binary(let op, let other, let call) where Self.datePartFunction(call) != nil:
            return "\(datePart(Self.datePartFunction(call)!, other)) \(op.sql) \(value(call))"
        case .binary(let op, let left, let right):
            return "\(value(left)) \(op.sql) \(value(right))"
        case .isNull(let inner, let negated, _):
            return negated ? "\(value(inner)) IS NOT NULL" : "\(value(inner)) IS NULL"
        case .inList(let inner, let values, _):
            let left = value(inner)
            var items: [SQLFragment] = []
            for item in values { items.append(value(item)) }
            return "\(left) IN (\(items.joined(separator: ", ")))"
        case .pattern(let pattern, let range):
            return existsCondition(pattern, at: range)
        default:
            // A value where a condition belongs (`WHERE r.negated`): a number to SQLite, not to every database.
            return "\(SQLFunction.truth(value(expression)))"
        }
    }

    /// "year" or "month" for a call of either, which gives a fact's start as text.
    static func datePartFunction(_ expression: Expression) -> String? {
        guard case .call(let name, _, _, _) = expression else { return nil }
        let function = name.text.lowercased()
        return function == "year" || function == "month" ? function : nil
    }

    /// What `year(r)` or `month(r)` is compared with, as the text they give ("2018", "2018-06"):
    /// `year(r) = 2018` and `month(r) = 2018-06` work as written; a value that cannot be a year or a
    /// month (`month(r) = 6`, `year(r) = 2018-06-01`) is refused rather than silently matching nothing.
    private mutating func datePart(_ function: String, _ other: Expression) -> SQLFragment {
        let example = function == "year" ? "2018" : "2018-06"
        let length = function == "year" ? 4 : 7
        switch other {
        case .integer(let number, let range):
            guard function == "year", (0...9999).contains(number) else {
                error(.datePartMismatch(function, example: example), at: range)
                return "NULL"
            }
            let digits = String(number)
            return "\(bind: .string(String(repeating: "0", count: 4 - digits.count) + digits))"
        case .date(let text, let range):
            guard text.count == length else {
                error(.datePartMismatch(function, example: example), at: range)
                return "NULL"
            }
            return "\(bind: .string(text))"
        case .decimal(_, let range), .boolean(_, let range):
            error(.datePartMismatch(function, example: example), at: range)
            return "NULL"
        default:
            return value(other)
        }
    }

    private func isWalkOrPath(_ variable: Name) -> Bool {
        switch bindings[variable.text] {
        case .walk?, .path?: true
        default: false
        }
    }

    private func isEdge(_ variable: Name) -> Bool {
        if case .edge? = bindings[variable.text] { return true }
        return false
    }

    /// `r.date >= 2017-03`, by the date rules: see `DateRules.comparison`.
    private mutating func dateComparison(_ op: BinaryOperator, variable: Name, _ right: Expression) -> SQLFragment {
        guard case .edge(let fact)? = bindings[variable.text] else { return "0" }
        let literal: String
        switch right {
        case .date(let text, _), .string(let text, _): literal = text
        case .integer(let year, _): literal = String(year)
        default:
            error(.expected("a date", found: .identifier(source.slice(right.range))), at: right.range)
            return "0"
        }
        guard let date = FactDate(parsing: literal) else {
            error(.impossibleDate(literal), at: right.range)
            return "0"
        }
        return DateRules.comparison(fact, op, date)
    }

    /// A value expression as SQL.
    mutating func value(_ expression: Expression) -> SQLFragment {
        switch expression {
        case .string(let text, _): return "\(bind: .string(text))"
        case .integer(let number, _): return "\(bind: .integer(Int64(number)))"
        case .decimal(let number, _): return "\(bind: .double(number))"
        case .boolean(let flag, _): return "\(bind: .integer(flag ? 1 : 0))"
        case .date(let text, _): return "\(bind: .string(FactDate(parsing: text)?.start.description ?? text))"
        case .null: return "NULL"
        case .parameter(let name, let range):
            guard let value = parameters[name] else {
                error(.missingParameter(name), at: range)
                return "NULL"
            }
            return "\(bind: value)"
        case .variable(let name):
            switch bindings[name.text] {
            case .node(let entity)?: return "\(entity[.name])"
            case .edge(let fact)?: return "\(fact[.predicate])"
            case .column(let number)?: return Self.stageColumn(number)
            case .walk(let walk, _)?: return "\(walk[.facts])"
            case .path(let path)?: return Self.pathText(path)
            case nil:
                undefined(name)
                return "NULL"
            }
        case .property(let variable, let property):
            return self.property(variable, property)
        case .call(let name, let distinct, let arguments, let range):
            return call(name, distinct: distinct, arguments, range)
        case .binary, .not, .isNull, .inList:
            // A condition where a value belongs (`RETURN a.kind = b.kind`): 1, 0 or NULL in every database.
            return "\(SQLFunction.truthValue(condition(expression)))"
        case .pattern(let pattern, let range):
            return "\(SQLFunction.truthValue(existsCondition(pattern, at: range)))"
        case .caseWhen(let expression, _):
            var sql: SQLFragment = "CASE"
            if let subject = expression.subject { sql += " \(value(subject))" }
            for branch in expression.branches {
                let when = expression.subject == nil ? condition(branch.when) : value(branch.when)
                sql += " WHEN \(when) THEN \(value(branch.then))"
            }
            if let otherwise = expression.otherwise { sql += " ELSE \(value(otherwise))" }
            return sql + " END"
        }
    }

    private mutating func property(_ variable: Name, _ property: Name) -> SQLFragment {
        let key = property.text.lowercased()
        switch bindings[variable.text] {
        case .node(let entity)?:
            guard let column = Self.nodeProperties[key] else {
                error(
                    .unknownProperty(property.text, of: variable.text), at: property.range,
                    notes: ["an entity has \(Self.nodeProperties.keys.sorted().joined(separator: ", "))"])
                return "NULL"
            }
            return "\(entity[column])"
        case .edge(let fact)?:
            switch key {
            case "predicate": return "\(fact[.predicate])"
            case "confidence": return "\(fact[.confidence])"
            case "modality": return "\(fact[.modality])"
            case "role": return "\(fact[.role])"
            case "object_role": return "\(fact[.objectRole])"
            case "evidence", "sentence": return "\(fact[.evidence])"
            case "id": return "\(fact[.id])"
            case "negated": return "\(fact[.negated])"
            case "code": return "\(fact[.eventCode])"
            case "mentions": return "\(fact[.numMentions])"
            case "external_id": return "\(fact[.externalID])"
            case "date": return DateRules.display(fact)
            case "start": return "\(fact[.dateStart])"
            case "end": return "\(fact[.dateEnd])"
            case "precision": return "\(fact[.datePrecision])"
            case "class":
                predicateJoins.insert(fact)
                return "\(fact.predicateRow[.relationClass])"
            case "goldstein":
                predicateJoins.insert(fact)
                return "coalesce(\(fact[.goldstein]), \(fact.predicateRow[.goldstein]))"
            case "article":
                articleJoins.insert(fact)
                return "\(fact.articleRow[.title])"
            case "source":
                articleJoins.insert(fact)
                return "\(fact.articleRow[.source])"
            case "url":
                articleJoins.insert(fact)
                return "\(fact.articleRow[.url])"
            case "origin":
                articleJoins.insert(fact)
                return "\(fact.articleRow[.origin])"
            case "speaker":
                speakerJoins.insert(fact)
                return "\(fact.speakerRow[.name])"
            case "sources":
                return Self.distinctSources(of: fact)
            default:
                error(
                    .unknownProperty(property.text, of: variable.text), at: property.range,
                    notes: ["a relation has \(Self.edgeProperties.sorted().joined(separator: ", "))"])
                return "NULL"
            }
        case .column(let number)?:
            // Through WITH a node travels as its name; other properties travel as items of their own.
            guard key == "name" else {
                error(
                    .unknownProperty(property.text, of: variable.text), at: property.range,
                    notes: ["after WITH, a node is its name: carry what else you need as an item, WITH \(variable.text), \(variable.text).\(property.text) AS \(property.text)"])
                return "NULL"
            }
            return Self.stageColumn(number)
        case .walk?, .path?:
            error(
                .walkProperty(variable.text), at: variable.range.lowerBound..<property.range.upperBound,
                notes: ["a condition on it in the WHERE tests each hop (WHERE \(variable.text).\(property.text) …); return it, or length(\(variable.text))"])
            return "NULL"
        case nil:
            undefined(variable)
            return "NULL"
        }
    }

    /// The distinct sources of the relation a fact is one mention of.
    private static func distinctSources(of fact: TableAlias<FactTable>) -> SQLFragment {
        let other = TableAlias<FactTable>.sourceFact
        let article = TableAlias<ArticleTable>.sourceArticle
        return """
            (SELECT count(DISTINCT coalesce(\(article[.source]), \(article[.contentHash]))) FROM \(declaring: other) \
            JOIN \(declaring: article) ON \(article[.id]) = \(other[.articleID]) WHERE \(other[.subjectID]) = \(fact[.subjectID]) \
            AND \(other[.predicate]) = \(fact[.predicate]) AND \(other[.objectID]) = \(fact[.objectID]) AND \(other[.negated]) = \(fact[.negated]))
            """
    }

    private mutating func call(_ name: Name, distinct: Bool, _ arguments: [Expression], _ range: Range<Int>) -> SQLFragment {
        let function = name.text.lowercased()
        let keyword: SQLFragment = distinct ? "DISTINCT " : ""
        func edgeAlias() -> TableAlias<FactTable>? {
            guard arguments.count == 1, case .variable(let variable) = arguments[0],
                case .edge(let fact)? = bindings[variable.text]
            else {
                error(.expected("a relation variable", found: .identifier(source.slice(arguments.first?.range ?? range))), at: range)
                return nil
            }
            return fact
        }
        switch function {
        case "count":
            if arguments.isEmpty { return "count(*)" }
            if case .variable(let variable) = arguments[0] {
                switch bindings[variable.text] {
                case .node(let entity)?: return "count(\(keyword)\(entity[.id]))"
                case .edge(let fact)?: return "count(\(keyword)\(fact[.id]))"
                case .column, .walk, .path, nil: break
                }
            }
            return "count(\(keyword)\(value(arguments[0])))"
        case "sources":
            guard let fact = edgeAlias() else { return "NULL" }
            articleJoins.insert(fact)
            return "count(DISTINCT coalesce(\(fact.articleRow[.source]), \(fact.articleRow[.contentHash])))"
        case "first_seen":
            guard let fact = edgeAlias() else { return "NULL" }
            return "min(\(fact[.dateStart]))"
        case "last_seen":
            guard let fact = edgeAlias() else { return "NULL" }
            return "max(\(fact[.dateEnd]))"
        case "min", "max", "avg", "sum":
            guard arguments.count == 1 else {
                error(.expected("one argument", found: .symbol(.rightParenthesis)), at: range)
                return "NULL"
            }
            return "\(Self.sqlFunctionName(function))(\(keyword)\(value(arguments[0])))"
        case "month", "year":
            // The calendar month or year a fact starts in: bucket keys for timelines.
            guard let fact = edgeAlias() else { return "NULL" }
            return DateRules.startPrefix(fact, length: function == "month" ? 7 : 4)
        case "lower", "upper":
            guard arguments.count == 1 else { return "NULL" }
            return "\(Self.sqlFunctionName(function))(\(value(arguments[0])))"
        case "length":
            guard arguments.count == 1, case .variable(let variable) = arguments[0] else {
                error(.expected("a path or a variable-length relation", found: .identifier(source.slice(arguments.first?.range ?? range))), at: range,
                      notes: ["length(p) counts the hops of a path: MATCH p = (a)-[*1..3]->(b) RETURN length(p)"])
                return "NULL"
            }
            switch bindings[variable.text] {
            case .path(let path)?: return Self.pathLength(path)
            case .walk(let walk, _)?: return "\(walk[.depth])"
            case .edge?: return "\(bind: .integer(1))"
            default:
                error(.expected("a path or a variable-length relation", found: .identifier(variable.text)), at: variable.range,
                      notes: ["length(p) counts the hops of a path: MATCH p = (a)-[*1..3]->(b) RETURN length(p)"])
                return "NULL"
            }
        case "nodes", "relationships", "rels":
            // Returned, they are outputs (see `returnedPath`); anywhere else, or of anything but a path, they are refused.
            if case .variable(let variable)? = arguments.first, arguments.count == 1, isWalkOrPath(variable) {
                error(
                    .expected("\(function)(p) as a returned column only", found: .identifier(name.text)), at: range,
                    notes: ["\(function)(p) is a list to return as it is; test length(p), or the hops in the WHERE (WHERE r.date >= 2016)"])
            } else {
                error(
                    .expected("a path variable", found: .identifier(source.slice(arguments.first?.range ?? range))), at: range,
                    notes: ["name the path and return its \(function): MATCH p = (a)-[*1..3]->(b) RETURN \(function)(p)"])
            }
            return "NULL"
        case "labels":
            // An entity's labels are its kind and its type, either of which `(n:label)` matches.
            guard arguments.count == 1, case .variable(let variable) = arguments[0], case .node(let entity)? = bindings[variable.text] else {
                error(.expected("a node variable", found: .identifier(source.slice(arguments.first?.range ?? range))), at: range,
                      notes: ["labels(n) lists a node's kind and type: MATCH (n)-[r]->(b) RETURN labels(n)"])
                return "NULL"
            }
            let kind: SQLFragment = "\(entity[.kind])"
            let type: SQLFragment = "\(entity[.type])"
            return """
                (CASE WHEN \(type) IS NULL OR \(type) = \(kind) THEN \(SQLFunction.list([kind])) \
                ELSE \(SQLFunction.list([kind, type])) END)
                """
        case "type":
            // Cypher's type of a relation is its predicate.
            guard let fact = edgeAlias() else { return "NULL" }
            return "\(fact[.predicate])"
        case "coalesce":
            guard !arguments.isEmpty else {
                error(.expected("at least one argument", found: .symbol(.rightParenthesis)), at: range)
                return "NULL"
            }
            var values: [SQLFragment] = []
            for argument in arguments { values.append(value(argument)) }
            // SQLite's coalesce needs two arguments; a second NULL changes nothing.
            if values.count == 1 { values.append("NULL") }
            return "coalesce(\(values.joined(separator: ", ")))"
        case "collect":
            guard arguments.count == 1 else {
                error(.expected("one argument", found: .symbol(.rightParenthesis)), at: range)
                return "NULL"
            }
            let item: SQLFragment
            if case .variable(let variable) = arguments[0], case .edge(let fact)? = bindings[variable.text] {
                item = "\(fact[.predicate])"
            } else if case .variable(let variable) = arguments[0], isWalkOrPath(variable) {
                error(
                    .expected("a value to collect", found: .identifier(variable.text)), at: arguments[0].range,
                    notes: ["a walk or a path is a list of hops; collect one of its values: collect(length(\(variable.text))), or return it"])
                return "NULL"
            } else {
                item = value(arguments[0])
            }
            return "\(SQLFunction.collect(item, distinct: distinct))"
        default:
            let known = [
                "count", "sources", "first_seen", "last_seen", "min", "max", "avg", "sum", "collect", "month", "year", "lower", "upper",
                "type", "coalesce", "length", "nodes", "relationships", "labels",
            ]
            let close = known.filter { EditDistance.between(function, $0, limit: 2) <= 2 }
            error(.unknownFunction(name.text), at: name.range, notes: close.isEmpty ? ["functions: \(known.joined(separator: ", "))"] : ["did you mean '\(close[0])'?"])
            return "NULL"
        }
    }

    /// The SQL name of a function of the query language that SQL has under the same name.
    private static func sqlFunctionName(_ function: String) -> SQLFragment {
        switch function {
        case "min": "min"
        case "max": "max"
        case "avg": "avg"
        case "sum": "sum"
        case "lower": "lower"
        default: "upper"
        }
    }
}
