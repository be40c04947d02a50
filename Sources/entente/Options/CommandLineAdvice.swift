import ArgumentParser
import Entente

/// The library's errors in the command line's words: the library says what happened and which
/// budget or remedy applies; only here do they become the flag or command that changes it.
enum CommandLineAdvice {
    /// `error` as the command line reports it.
    static func error(for error: any Error) -> any Error {
        switch error {
        case let failure as QueryFailure:
            switch failure {
            case .invalidQuery(let query): return query
            case .budgetReached(let budget): return Advised(message(for: budget))
            case .storeFailed(let store): return self.error(for: store)
            }
        case let budget as QueryBudgetError:
            return Advised(message(for: budget))
        case let store as StoreError:
            guard let remedy = store.remedy else { return store }
            return Advised(store.description + advice(remedy))
        default:
            return error
        }
    }

    /// A failure of an ingest, with the advice its remedy calls for.
    static func message(for failure: IngestReport.Failure) -> String {
        failure.description + (failure.remedy.map(advice) ?? "")
    }

    /// A budget that stopped a query, and the flag that raises it.
    static func message(for budget: QueryBudgetError) -> String {
        switch budget {
        case .rows(let limit):
            "the query returns more than \(limit) rows; add a LIMIT or raise --max-rows"
        case .expansions(let limit):
            "the path search stopped after visiting \(limit) steps; lower MAX, narrow it with VIA or a date scope, or raise --max-expansions"
        case .time(let seconds):
            "the query stopped after \(seconds.secondsText) s; narrow it or raise --timeout"
        }
    }

    /// What to add to a store's message for its remedy.
    static func advice(_ remedy: Remedy) -> String {
        switch remedy {
        case .createDatabase: " (create one with 'entente ingest' or 'entente demo')"
        case .migrate: "; run 'entente migrate' to upgrade it"
        case .raiseBusyTimeout: ", or raise --busy-timeout"
        case .raiseRowBudget: "; raise --max-rows"
        case .raiseExpansionBudget: "; raise --max-expansions"
        case .raiseTimeout: "; raise --timeout"
        }
    }

    /// A library error with the command line's advice added.
    struct Advised: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
