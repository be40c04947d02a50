import GRDB
@testable import EntenteSQLite
import EntenteTestSupport
import Testing

/// A query's read transaction, begun and ended by statements prepared once per connection,
/// ends however its body does.
@Suite struct ReadTransactionTests {
    struct Stop: Error {}

    @Test(arguments: [false, true])
    func aReadEndsItsTransactionWhenItsBodyThrows(fileBacked: Bool) throws {
        let directory = try Scratch()
        defer { directory.remove() }
        let store = fileBacked ? try GraphStore.open(path: directory.path("graph.sqlite")) : try GraphStore.inMemory()
        let inside = try store.readTransaction { db in db.isInsideTransaction }
        #expect(inside)
        #expect(throws: Stop.self) {
            try store.readTransaction { db in
                _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM fact")
                throw Stop()
            }
        }
        #expect(try store.database.unsafeRead { db in db.isInsideTransaction } == false)
        // And the next one begins as the first did.
        #expect(try store.readTransaction { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM fact") } == 0)
    }
}
