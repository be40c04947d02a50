import EntenteSQLite
import EntenteTestSupport
import Testing

/// The SQLite store passes every check of a graph store, on SQL alone and with its in-memory
/// adjacency index answering searches.
@Suite struct SQLiteConformanceTests {
    @Test(arguments: GraphStoreConformance.checks)
    func theSQLiteStoreConforms(_ check: GraphStoreCheck) throws {
        try check.run { try GraphStore.inMemory() }
    }

    @Test(arguments: GraphStoreConformance.checks)
    func theSQLiteStoreWithAnAdjacencyIndexConforms(_ check: GraphStoreCheck) throws {
        try check.run { try GraphStore.inMemory().withAdjacencyIndex() }
    }
}
