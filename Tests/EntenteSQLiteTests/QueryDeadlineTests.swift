import Foundation
import GRDB
@testable import EntenteSQLite
import Testing

/// A query's deadline is kept by SQLite's progress handler: it stops a long statement, and it is
/// gone once the query is over, so the connection's next statements run as long as they need.
@Suite struct QueryDeadlineTests {
    /// Counts to `limit` in SQL, one row of a recursive CTE at a time.
    static func count(to limit: Int, _ db: Database) throws -> Int? {
        try Int.fetchOne(db, sql: "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) SELECT count(*) FROM n", arguments: [limit])
    }

    @Test func aStatementPastItsDeadlineStopsAndTheNextOneRunsToItsEnd() throws {
        let queue = try DatabaseQueue()
        let start = Date()
        let stopped = queue.inDatabase { db in
            (try? QueryDeadline.run(db, within: 0.05) { try Self.count(to: 2_000_000_000, db) }) == nil
        }
        #expect(stopped)
        #expect(Date().timeIntervalSince(start) < 5)
        // The deadline has long passed: had its handler stayed on the connection, these would stop.
        let counts = try queue.inDatabase { db in
            [try Self.count(to: 3_000_000, db), try QueryDeadline.run(db, within: 0) { try Self.count(to: 3_000_000, db) }]
        }
        #expect(counts == [3_000_000, 3_000_000])
    }

    @Test func theInterruptionIsSQLitesOwn() throws {
        let queue = try DatabaseQueue()
        try queue.read { db in
            do {
                _ = try QueryDeadline.run(db, within: 0.01) { try Self.count(to: 2_000_000_000, db) }
                Issue.record("a count to two billion ended within 10 ms")
            } catch let error as DatabaseError {
                // What `GraphStore.run` turns into a time budget error.
                #expect(error.resultCode == .SQLITE_INTERRUPT)
            }
        }
    }
}
