import Dispatch

/// Runs async work from a synchronous command and waits for it: the command line's `main` is
/// synchronous, and only the servers need the async world.
enum AsyncBridge {
    static func wait(_ work: @escaping @Sendable () async throws -> Void) throws {
        let done = DispatchSemaphore(value: 0)
        let outcome = Outcome()
        Task {
            do { try await work() } catch { outcome.error = error }
            done.signal()
        }
        done.wait()
        if let error = outcome.error { throw error }
    }

    // Written by the task before it signals, read after the wait: the semaphore orders them.
    private final class Outcome: @unchecked Sendable {
        var error: (any Error)?
    }
}
