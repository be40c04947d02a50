/// A query stopped at one of its budgets; the message says which bound to raise.
public enum QueryBudgetError: Error, Sendable, Equatable, CustomStringConvertible {
    case rows(Int)
    case expansions(Int)
    case time(seconds: Double)

    public var description: String {
        switch self {
        case .rows(let limit):
            "the query returns more than \(limit) rows; add a LIMIT or raise --max-rows"
        case .expansions(let limit):
            "the path search stopped after visiting \(limit) steps; lower MAX, narrow it with VIA or a date scope, or raise --max-expansions"
        case .time(let seconds):
            "the query stopped after \(seconds.formatted()) s; narrow it or raise --timeout"
        }
    }
}

extension Double {
    fileprivate func formatted() -> String { self == rounded() ? String(Int(self)) : String(self) }
}
