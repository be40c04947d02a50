import EntenteModel

/// TIMELINE, DIFF, references to entities, date scopes and dates.
extension Parser {
    mutating func timeline() throws -> TimelineQuery {
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

    mutating func diff() throws -> DiffQuery {
        _ = try expect(.diff)
        let before = try periodText()
        _ = try expect(.and)
        let after = try periodText()
        let around = accept(.around) ? try reference("an entity's name in quotes") : nil
        return DiffQuery(before: before, after: after, around: around)
    }

    mutating func periodText() throws -> DiffQuery.PeriodText {
        let start = current.range.lowerBound
        let first = try date()
        let last = accept(.range) ? try date() : first
        return DiffQuery.PeriodText(start: first, end: last, range: start..<tokens[index - 1].range.upperBound)
    }

    /// A quoted name or a `$parameter`.
    mutating func reference(_ what: String) throws -> Reference {
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

    mutating func dateScope() throws -> DateScope? {
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
    mutating func windowDays() throws -> Int {
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

    mutating func date() throws -> String {
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
}
