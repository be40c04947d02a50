import EntenteModel

/// `IN TIME ORDER [WITHIN 30d]` after a path search's MAX and direction.
extension Parser {
    /// Reads the clause if it is there. `TIME` is a word of this clause, not a reserved keyword,
    /// so a variable or column named `time` keeps working everywhere else.
    mutating func timeOrderClause() throws -> TimeOrderClause? {
        let start = current.range.lowerBound
        guard accept(.in) else { return nil }
        guard case .identifier(let word) = current.kind, word.uppercased() == "TIME" else {
            var notes = ["write 'IN TIME ORDER' to keep paths whose hops follow one another in time"]
            if case .identifier(let word) = current.kind, EditDistance.between(word.uppercased(), "TIME", limit: 2) <= 1 {
                notes.insert("did you mean 'TIME'?", at: 0)
            }
            throw Failure(diagnostic: Diagnostic(.expected("'TIME'", found: current.kind), at: current.range, notes: notes))
        }
        _ = advance()
        _ = try expect(.order)
        var gap: Int?
        if isGap() {
            _ = advance()
            gap = try windowDays()
        }
        return TimeOrderClause(maxGapDays: gap, range: start..<tokens[index - 1].range.upperBound)
    }

    /// Whether a WITHIN here bounds the gap between hops (`WITHIN 30d`, `WITHIN 2 weeks`, `WITHIN 30`)
    /// rather than opening a date scope (`WITHIN 2017`, `WITHIN 2017-01..2017-03`): a count with a
    /// unit, or a count too small to be a year.
    func isGap() -> Bool {
        guard isKeyword(.within) else { return false }
        let next = tokens[min(index + 1, tokens.count - 1)]
        guard case .integer(let count) = next.kind else { return false }
        if case .identifier = tokens[min(index + 2, tokens.count - 1)].kind { return true }
        return !(1000...9999).contains(count)
    }
}
