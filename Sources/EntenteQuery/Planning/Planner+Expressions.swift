import EntenteModel

extension Expression {
    static let aggregates: Set<String> = ["count", "sources", "first_seen", "last_seen", "min", "max", "avg", "sum"]

    var containsAggregate: Bool {
        switch self {
        case .call(let name, _, let arguments, _):
            Self.aggregates.contains(name.text.lowercased()) || arguments.contains { $0.containsAggregate }
        case .not(let inner, _), .isNull(let inner, _, _): inner.containsAggregate
        case .binary(_, let left, let right): left.containsAggregate || right.containsAggregate
        case .inList(let inner, let values, _): inner.containsAggregate || values.contains { $0.containsAggregate }
        default: false
        }
    }
}

extension Planner {
    static let nodeProperties: [String: String] = [
        "id": "id", "name": "name", "kind": "kind", "type": "type", "iso3": "iso3", "cameo": "cameo",
        "latitude": "latitude", "longitude": "longitude",
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
            if case .edge(let alias, _)? = bindings[variable.text] { negationMentioned.insert(alias) }
        case .property(let variable, let property) where property.text.lowercased() == "modality":
            if case .edge(let alias, _)? = bindings[variable.text] { modalityMentioned.insert(alias) }
        case .not(let inner, _), .isNull(let inner, _, _): noteNegation(in: inner)
        case .binary(_, let left, let right):
            noteNegation(in: left)
            noteNegation(in: right)
        case .inList(let inner, _, _): noteNegation(in: inner)
        default: break
        }
    }

    /// A boolean expression as an SQL condition.
    mutating func condition(_ expression: Expression) -> String {
        switch expression {
        case .binary(.and, let left, let right):
            return "(\(condition(left)) AND \(condition(right)))"
        case .binary(.or, let left, let right):
            return "(\(condition(left)) OR \(condition(right)))"
        case .not(let inner, _):
            return "NOT \(condition(inner))"
        case .binary(let op, .property(let variable, let property), let right)
        where property.text.lowercased() == "date" && isEdge(variable):
            return dateComparison(op, variable: variable, right)
        case .binary(let op, let left, .property(let variable, let property))
        where property.text.lowercased() == "date" && isEdge(variable) && op != .and && op != .or:
            // A date written first compares the same way: `2017 <= r.date` is `r.date >= 2017`.
            return dateComparison(op.swapped, variable: variable, left)
        case .binary(let op, let call, let other) where Self.datePartFunction(call) != nil:
            return "\(value(call)) \(op.rawValue) \(datePart(Self.datePartFunction(call)!, other))"
        case .binary(let op, let other, let call) where Self.datePartFunction(call) != nil:
            return "\(datePart(Self.datePartFunction(call)!, other)) \(op.rawValue) \(value(call))"
        case .binary(let op, let left, let right):
            return "\(value(left)) \(op.rawValue) \(value(right))"
        case .isNull(let inner, let negated, _):
            return "\(value(inner)) IS \(negated ? "NOT " : "")NULL"
        case .inList(let inner, let values, _):
            let left = value(inner)
            return "\(left) IN (\(values.map { value($0) }.joined(separator: ", ")))"
        default:
            return value(expression)
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
    private mutating func datePart(_ function: String, _ other: Expression) -> String {
        let example = function == "year" ? "2018" : "2018-06"
        let length = function == "year" ? 4 : 7
        switch other {
        case .integer(let number, let range):
            guard function == "year", (0...9999).contains(number) else {
                error(.datePartMismatch(function, example: example), at: range)
                return "NULL"
            }
            let digits = String(number)
            return bind(.string(String(repeating: "0", count: 4 - digits.count) + digits))
        case .date(let text, let range):
            guard text.count == length else {
                error(.datePartMismatch(function, example: example), at: range)
                return "NULL"
            }
            return bind(.string(text))
        case .decimal(_, let range), .boolean(_, let range):
            error(.datePartMismatch(function, example: example), at: range)
            return "NULL"
        default:
            return value(other)
        }
    }

    private func isEdge(_ variable: Name) -> Bool {
        if case .edge? = bindings[variable.text] { return true }
        return false
    }

    /// `r.date >= 2017-03` compares precision-aware: a fact dated 2017-03 is `>= 2017-03-15`
    /// (it may be), `= 2017` overlaps the year.
    private mutating func dateComparison(_ op: BinaryOperator, variable: Name, _ right: Expression) -> String {
        guard case .edge(let fact, _)? = bindings[variable.text] else { return "0" }
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
        let first = date.start.description
        let last = date.end.description
        switch op {
        case .equal: return "(\(fact).date_start <= \(bind(.string(last))) AND \(fact).date_end >= \(bind(.string(first))))"
        case .notEqual: return "(\(fact).date_start > \(bind(.string(last))) OR \(fact).date_end < \(bind(.string(first))))"
        case .greaterEqual: return "\(fact).date_end >= \(bind(.string(first)))"
        case .greater: return "\(fact).date_start > \(bind(.string(last)))"
        case .lessEqual: return "\(fact).date_start <= \(bind(.string(last)))"
        case .less: return "\(fact).date_end < \(bind(.string(first)))"
        case .and, .or: return "0"
        }
    }

    /// A value expression as SQL.
    mutating func value(_ expression: Expression) -> String {
        switch expression {
        case .string(let text, _): return bind(.string(text))
        case .integer(let number, _): return bind(.integer(Int64(number)))
        case .decimal(let number, _): return bind(.double(number))
        case .boolean(let flag, _): return bind(.integer(flag ? 1 : 0))
        case .date(let text, _): return bind(.string(FactDate(parsing: text)?.start.description ?? text))
        case .null: return "NULL"
        case .parameter(let name, let range):
            guard let value = parameters[name] else {
                error(.missingParameter(name), at: range)
                return "NULL"
            }
            return bind(value)
        case .variable(let name):
            switch bindings[name.text] {
            case .node(let alias)?: return "\(alias).name"
            case .edge(let alias, _)?: return "\(alias).predicate"
            case nil:
                error(.undefinedVariable(name.text), at: name.range)
                return "NULL"
            }
        case .property(let variable, let property):
            return self.property(variable, property)
        case .call(let name, let distinct, let arguments, let range):
            return call(name, distinct: distinct, arguments, range)
        case .binary, .not, .isNull, .inList:
            return condition(expression)
        }
    }

    private mutating func property(_ variable: Name, _ property: Name) -> String {
        let key = property.text.lowercased()
        switch bindings[variable.text] {
        case .node(let alias)?:
            guard let column = Self.nodeProperties[key] else {
                error(
                    .unknownProperty(property.text, of: variable.text), at: property.range,
                    notes: ["an entity has \(Self.nodeProperties.keys.sorted().joined(separator: ", "))"])
                return "NULL"
            }
            return "\(alias).\(column)"
        case .edge(let fact, _)?:
            let number = fact.dropFirst()
            switch key {
            case "predicate", "confidence", "modality", "role", "object_role", "evidence", "id": return "\(fact).\(key)"
            case "negated": return "\(fact).negated"
            case "code": return "\(fact).event_code"
            case "mentions": return "\(fact).num_mentions"
            case "external_id": return "\(fact).external_id"
            case "sentence": return "\(fact).evidence"
            case "date": return Self.dateDisplay(fact)
            case "start": return "\(fact).date_start"
            case "end": return "\(fact).date_end"
            case "precision": return "\(fact).date_precision"
            case "class":
                predicateJoins.insert(fact)
                return "p\(number).class"
            case "goldstein":
                predicateJoins.insert(fact)
                return "coalesce(\(fact).goldstein, p\(number).goldstein)"
            case "article":
                articleJoins.insert(fact)
                return "a\(number).title"
            case "source":
                articleJoins.insert(fact)
                return "a\(number).source"
            case "url":
                articleJoins.insert(fact)
                return "a\(number).url"
            case "origin":
                articleJoins.insert(fact)
                return "a\(number).origin"
            case "speaker":
                speakerJoins.insert(fact)
                return "s\(number).name"
            case "sources":
                // Distinct sources of the relation this fact is one mention of.
                return """
                    (SELECT count(DISTINCT coalesce(sa.source, sa.content_hash)) FROM fact AS sf \
                    JOIN article AS sa ON sa.id = sf.article_id WHERE sf.subject_id = \(fact).subject_id \
                    AND sf.predicate = \(fact).predicate AND sf.object_id = \(fact).object_id AND sf.negated = \(fact).negated)
                    """
            default:
                error(
                    .unknownProperty(property.text, of: variable.text), at: property.range,
                    notes: ["a relation has \(Self.edgeProperties.sorted().joined(separator: ", "))"])
                return "NULL"
            }
        case nil:
            error(.undefinedVariable(variable.text), at: variable.range)
            return "NULL"
        }
    }

    private mutating func call(_ name: Name, distinct: Bool, _ arguments: [Expression], _ range: Range<Int>) -> String {
        let function = name.text.lowercased()
        let keyword = distinct ? "DISTINCT " : ""
        func edgeAlias() -> String? {
            guard arguments.count == 1, case .variable(let variable) = arguments[0],
                case .edge(let alias, _)? = bindings[variable.text]
            else {
                error(.expected("a relation variable", found: .identifier(source.slice(arguments.first?.range ?? range))), at: range)
                return nil
            }
            return alias
        }
        switch function {
        case "count":
            if arguments.isEmpty { return "count(*)" }
            if case .variable(let variable) = arguments[0] {
                switch bindings[variable.text] {
                case .node(let alias)?: return "count(\(keyword)\(alias).id)"
                case .edge(let alias, _)?: return "count(\(keyword)\(alias).id)"
                case nil: break
                }
            }
            return "count(\(keyword)\(value(arguments[0])))"
        case "sources":
            guard let fact = edgeAlias() else { return "NULL" }
            articleJoins.insert(fact)
            let number = fact.dropFirst()
            return "count(DISTINCT coalesce(a\(number).source, a\(number).content_hash))"
        case "first_seen":
            guard let fact = edgeAlias() else { return "NULL" }
            return "min(\(fact).date_start)"
        case "last_seen":
            guard let fact = edgeAlias() else { return "NULL" }
            return "max(\(fact).date_end)"
        case "min", "max", "avg", "sum":
            guard arguments.count == 1 else {
                error(.expected("one argument", found: .symbol(.rightParenthesis)), at: range)
                return "NULL"
            }
            return "\(function)(\(keyword)\(value(arguments[0])))"
        case "month", "year":
            // The calendar month or year a fact starts in: bucket keys for timelines.
            guard let fact = edgeAlias() else { return "NULL" }
            return function == "month" ? "substr(\(fact).date_start, 1, 7)" : "substr(\(fact).date_start, 1, 4)"
        case "lower", "upper":
            guard arguments.count == 1 else { return "NULL" }
            return "\(function)(\(value(arguments[0])))"
        default:
            let known = ["count", "sources", "first_seen", "last_seen", "min", "max", "avg", "sum", "month", "year", "lower", "upper"]
            let close = known.filter { EditDistance.between(function, $0, limit: 2) <= 2 }
            error(.unknownFunction(name.text), at: name.range, notes: close.isEmpty ? ["functions: \(known.joined(separator: ", "))"] : ["did you mean '\(close[0])'?"])
            return "NULL"
        }
    }
}
