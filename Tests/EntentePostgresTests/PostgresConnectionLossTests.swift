import Entente
@testable import EntentePostgres
import EntenteQuery
import EntenteStore
import EntenteTestSupport
import Foundation
import Testing

/// A connection the server ends between statements: the next statement fails at once with a
/// line that says so, never waits for an answer that cannot come (postgres-nio drops a statement
/// sent once the connection's handlers are gone), and a writer on it fails its batch.
@Suite(.enabled(if: TestPostgres.enabled, "needs ENTENTE_TEST_POSTGRES (required when ENTENTE_REQUIRE_POSTGRES=1)"))
struct PostgresConnectionLossTests {
    @Test func statementsOnAConnectionTheServerEndedFailAndSaySo() throws {
        let scratch = try TestPostgres.Scratch()
        defer { scratch.drop() }
        let location = try scratch.location()
        let store = try PostgresGraphStore.open(location)
        let backend = try store.session.rows("SELECT pg_backend_pid()")[0][0]
        guard case .integer(let pid) = backend else {
            Issue.record("no backend pid: \(backend)")
            return
        }
        let other = try PostgresSession.connect(location)
        #expect(try other.rows("SELECT pg_terminate_backend($1::integer)", [.init(pid)])[0][0] == .integer(1))
        // Each wait is bounded by the test, not by the code under test: a hang must fail it.
        let outcomes = Outcomes()
        let done = DispatchSemaphore(value: 0)
        Thread {
            defer { done.signal() }
            for _ in 0..<3 {
                do {
                    _ = try store.session.rows("SELECT 1")
                    outcomes.add("answered")
                } catch {
                    outcomes.add("\(PostgresFailure(error).message)")
                }
            }
            do {
                _ = try store.eventWriter(vocabulary: .standard).write(PostgresStoreTests.events(0..<10), entities: [])
                outcomes.add("stored")
            } catch {
                outcomes.add("\(error)")
            }
        }.start()
        try #require(done.wait(timeout: .now() + 30) == .success, "a statement waited for an answer after the connection closed")
        let said = outcomes.all
        #expect(said.count == 4 && !said.contains("answered") && !said.contains("stored"), "\(said)")
        // Once the close is seen, every statement says what happened and where.
        #expect(said.last?.contains("\(location): the connection to the server closed") == true, "\(said)")
        // Nothing of the batch reached the database.
        #expect(try other.rows("SELECT count(*) FROM fact")[0][0] == .integer(0))
    }
}

/// What the thread of a test saw, in order.
private final class Outcomes: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: [String] = []
    func add(_ outcome: String) { lock.withLock { seen.append(outcome) } }
    var all: [String] { lock.withLock { seen } }
}
