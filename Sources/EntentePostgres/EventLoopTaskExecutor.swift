import NIOCore

/// Runs tasks on a NIO event loop's thread. postgres-nio's COPY writer acts at once when it is
/// called on its connection's event loop and schedules itself there otherwise; a task that prefers
/// this executor calls it on that loop, so a check of the connection and the writer's step that
/// follows it happen in the same turn of the loop, with nothing of the server's in between.
final class EventLoopTaskExecutor: TaskExecutor, @unchecked Sendable {
    private let eventLoop: any EventLoop

    init(_ eventLoop: any EventLoop) {
        self.eventLoop = eventLoop
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        eventLoop.execute { [self] in
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }
}
