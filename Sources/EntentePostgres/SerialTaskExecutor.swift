import Dispatch

/// Runs tasks on a serial dispatch queue of its own, so an `async` call made for a blocked
/// synchronous caller never needs a thread of Swift's cooperative pool (which that caller may hold).
final class SerialTaskExecutor: TaskExecutor, @unchecked Sendable {
    private let queue: DispatchQueue

    init(label: String) {
        queue = DispatchQueue(label: label)
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { [self] in
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }
}
