import EntentePostgres
import EntenteStore
import EntenteTestSupport
import Testing

/// The PostgreSQL store passes every check of a graph store, the same checks SQLite's passes, each
/// on graphs in schemas of their own on the test server.
@Suite(.enabled(if: TestPostgres.enabled, "needs ENTENTE_TEST_POSTGRES (required when ENTENTE_REQUIRE_POSTGRES=1)"))
struct PostgresConformanceTests {
    @Test(arguments: GraphStoreConformance.checks)
    func thePostgresStoreConforms(_ check: GraphStoreCheck) throws {
        let scratch = try TestPostgres.Scratch()
        defer { scratch.drop() }
        try check.run { try scratch.makeStore() }
    }
}
