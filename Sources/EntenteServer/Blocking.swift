import Dispatch

/// Runs SQLite's blocking reads and writes on Dispatch's threads, so they never hold the
/// cooperative threads that serve the other connections.
enum Blocking {
    static func run<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try work() })
            }
        }
    }
}
