/// Why a query gave no answer: a mistake in it, a budget it reached, or the store failing. Each
/// case keeps the value that says what happened, so a front end can answer in its own terms
/// (carets, an HTTP status, the flag to raise).
public enum QueryFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The query cannot be planned: its diagnostics, each at its place.
    case invalidQuery(QueryError)
    /// The query stopped at a budget: which one, and its value.
    case budgetReached(QueryBudgetError)
    /// The store could not answer.
    case storeFailed(StoreError)

    /// What happened, in words that name no flag or command.
    public var description: String {
        switch self {
        case .invalidQuery(let error): error.description
        case .budgetReached(let error): error.description
        case .storeFailed(let error): error.description
        }
    }

    /// What a user can change, if anything.
    public var remedy: Remedy? {
        switch self {
        case .invalidQuery: nil
        case .budgetReached(let error): error.remedy
        case .storeFailed(let error): error.remedy
        }
    }

    /// The failure a thrown error stands for.
    init(_ error: any Error) {
        switch error {
        case let failure as QueryFailure: self = failure
        case let query as QueryError: self = .invalidQuery(query)
        case let budget as QueryBudgetError: self = .budgetReached(budget)
        case let store as StoreError: self = .storeFailed(store)
        default: self = .storeFailed(StoreError(.sqlite, "\(error)"))
        }
    }
}
