/// A query stopped at one of its budgets: which one, and its value.
public enum QueryBudgetError: Error, Sendable, Equatable, CustomStringConvertible {
    /// More rows than the row budget, and no LIMIT.
    case rows(Int)
    /// A search read more facts or tried more steps than the expansion budget.
    case expansions(Int)
    /// The query ran past its time budget, in seconds.
    case time(seconds: Double)

    /// What happened, in words that name no flag.
    public var description: String {
        switch self {
        case .rows(let limit):
            "the query returns more than \(limit) rows, its row budget; add a LIMIT"
        case .expansions(let limit):
            "the path search stopped after visiting \(limit) steps, its expansion budget; lower MAX, or narrow it with VIA or a date scope"
        case .time(let seconds):
            "the query stopped after \(seconds.secondsText) s, its time budget; narrow it"
        }
    }

    /// The budget to raise.
    public var remedy: Remedy {
        switch self {
        case .rows: .raiseRowBudget
        case .expansions: .raiseExpansionBudget
        case .time: .raiseTimeout
        }
    }
}

extension Double {
    /// `10` for 10.0, `0.2` for 0.2.
    package var secondsText: String { self == rounded() ? String(Int(self)) : String(self) }
}
