import Entente
package import HTTPTypes
import Hummingbird

/// A request the API refuses or could not answer: the status, and the body
/// `{"error": …}` — with `line`, `column` and `caret` (the rendered diagnostic) for a query's mistake.
package struct APIError: Error, Sendable, Encodable {
    package var status: HTTPResponse.Status
    /// What went wrong, in a sentence a person can act on.
    package var error: String
    var line: Int?
    var column: Int?
    var caret: String?

    init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.error = message
    }

    private enum CodingKeys: String, CodingKey { case error, line, column, caret }

    static func badParameter(_ name: String, _ problem: String) -> APIError {
        APIError(.badRequest, "parameter '\(name)': \(problem)")
    }

    /// A query's mistake: its first diagnostic's message and place, and every diagnostic rendered.
    init(_ query: QueryError) {
        self.init(.badRequest, query.diagnostics.first.map(\.message.text) ?? query.description)
        if let first = query.diagnostics.first {
            let place = query.source.lineColumn(at: first.range.lowerBound)
            line = place.line
            column = place.column
        }
        caret = query.description
    }

    /// A failure of the library, with the status that says whose it is.
    init(_ failure: QueryFailure) {
        switch failure {
        case .invalidQuery(let query): self.init(query)
        case .budgetReached(let budget): self.init(.unprocessableContent, budget.description)
        case .storeFailed(let store): self.init(store)
        }
    }

    init(_ store: StoreError) {
        switch store.kind {
        case .unknownEntity: self.init(.notFound, store.description)
        case .ambiguousEntity, .unknownPredicate, .invalidFact: self.init(.badRequest, store.description)
        case .readOnly: self.init(.forbidden, store.description)
        case .busy: self.init(.serviceUnavailable, store.description)
        default: self.init(.internalServerError, store.description)
        }
    }

    /// Any error a handler threw, as the API answers it.
    package static func answering(_ error: any Error) -> APIError {
        switch error {
        case let api as APIError: api
        case let failure as QueryFailure: APIError(failure)
        case let query as QueryError: APIError(query)
        case let budget as QueryBudgetError: APIError(.budgetReached(budget))
        case let store as StoreError: APIError(store)
        case let http as any HTTPResponseError where http.status == .contentTooLarge:
            APIError(.contentTooLarge, "the request body is larger than the server accepts")
        case let http as any HTTPResponseError where http.status == .notFound:
            APIError(.notFound, "no such page or endpoint; the API is described at /api/openapi.json")
        case let http as any HTTPResponseError:
            APIError(http.status, http.status.reasonPhrase.lowercased())
        default: APIError(.internalServerError, "\(error)")
        }
    }

    package var answer: APIAnswer { APIAnswer.json(self, status: status) }
}
