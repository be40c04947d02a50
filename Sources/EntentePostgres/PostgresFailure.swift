import EntenteStore
import PostgresNIO

/// An error of the server or the connection, in one line, and as the store's `StoreError`.
struct PostgresFailure {
    let message: String
    /// The SQLSTATE the server gave, if it answered.
    let state: String?

    init(_ error: any Error) {
        if let error = error as? PSQLError {
            if let info = error.serverInfo {
                state = info[.sqlState]
                message = [info[.message], info[.detail]].compactMap { $0 }.joined(separator: ": ")
            } else {
                state = nil
                message = error.underlying.map { "\($0)" } ?? "the connection failed (\(error.code))"
            }
        } else if let error = error as? PostgresStoreError {
            state = nil
            message = error.description
        } else {
            state = nil
            message = "\(error)"
        }
    }

    /// 57014: the statement ran past `statement_timeout`.
    var isTimeout: Bool { state == "57014" }
    /// Class 23: a constraint refused the write.
    var isConstraint: Bool { state?.hasPrefix("23") == true }
}

extension StoreError {
    /// Names the server and the cause; a `StoreError` passes through.
    static func postgres(_ error: any Error, at location: PostgresLocation) -> StoreError {
        if let error = error as? StoreError { return error }
        let failure = PostgresFailure(error)
        if failure.isConstraint { return .invalidFact("\(location): \(failure.message); nothing of it was stored") }
        return .init(.server, "\(location): \(failure.message)")
    }
}
