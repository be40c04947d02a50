import Dispatch
import GRDB
import GRDBSQLite

/// A query's time budget, kept by SQLite itself: a progress handler on the connection, called
/// every few thousand steps of its virtual machine, stops the running statement (which then
/// fails with `SQLITE_INTERRUPT`) once the deadline has passed.
///
/// Starting one costs no timer and no thread: a timer on a dispatch queue woke dispatch's
/// manager thread for every query, which took longer than a short query itself.
enum QueryDeadline {
    /// Steps of SQLite's virtual machine between two looks at the clock: a few microseconds of work.
    static let stepsBetweenChecks: Int32 = 4_096

    /// Runs `body` with the statements it runs on `db` stopped once `seconds` have passed; with
    /// no limit when `seconds` is 0 or less.
    static func run<T>(_ db: Database, within seconds: Double, _ body: () throws -> T) throws -> T {
        guard seconds > 0, let connection = db.sqliteConnection else { return try body() }
        // A year stands for longer: no query outlives it, and the sum cannot overflow.
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(min(seconds, 31_536_000) * 1e9)
        // The deadline travels as the bits of the handler's context pointer, which SQLite hands
        // back untouched: nothing to allocate or free.
        sqlite3_progress_handler(connection, stepsBetweenChecks, stopPastDeadline, UnsafeMutableRawPointer(bitPattern: UInt(deadline)))
        defer { sqlite3_progress_handler(connection, 0, nil, nil) }
        return try body()
    }
}

/// SQLite's progress handler: non-zero stops the statement.
private func stopPastDeadline(_ context: UnsafeMutableRawPointer?) -> Int32 {
    DispatchTime.now().uptimeNanoseconds > UInt64(UInt(bitPattern: context)) ? 1 : 0
}
