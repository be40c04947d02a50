import EntenteModel
import EntenteQuery
import EntenteStore
@testable import EntenteSQLite
import EntenteTestSupport
import Testing

/// `compileAndRun` keeps what it compiled while the data is unchanged, and never answers from a
/// plan compiled on data that has changed since: after a write in this store or through another
/// connection, its answer is the one a query compiled afresh gives.
@Suite struct PlanCacheTests {
    static let queries = [
        #"SHORTEST FROM "Actor 3" TO "Actor 9" MAX 4"#,
        #"MATCH ("Actor 3")-[r]->(b) RETURN b.name, count(r) ORDER BY b.name"#,
        #"MATCH ("Actor 5")-[r]-(b) RETURN DISTINCT b.name ORDER BY b.name"#,
        #"MATCH ("Newcomer")-[r]-(b) RETURN b.name"#,
    ]

    /// A query's answer, or its error, as text.
    static func answer(_ body: () throws -> QueryResult?) -> String {
        do {
            return "\(try body().map { $0.rows } ?? [])"
        } catch {
            return "error: \(error)"
        }
    }

    /// Each query's answer from the cache, each checked against the same query compiled afresh.
    static func answers(_ store: GraphStore, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        try queries.map { query in
            let cached = answer { try store.compileAndRun(SourceText(query)).result }
            let fresh = answer { try store.run(try Planner.compile(SourceText(query), resolver: try store.resolver())) }
            #expect(cached == fresh, "\(query)", sourceLocation: sourceLocation)
            return cached
        }
    }

    static func store(_ directory: Scratch? = nil) throws -> GraphStore {
        let store = try directory.map { try GraphStore.open(path: $0.path("graph.sqlite")) } ?? GraphStore.inMemory()
        _ = try EventImporter(store: store).write(AdjacencyIndexFileTests.events(0..<120))
        return store.withAdjacencyIndex()
    }

    @Test func aQueryAskedAgainIsNotCompiledAgainWhileTheDataIsUnchanged() throws {
        let store = try Self.store()
        let first = try Self.answers(store)
        let compiled = store.plans.compilations
        #expect(try Self.answers(store) == first)
        #expect(store.plans.compilations == compiled)
    }

    @Test(arguments: [false, true])
    func anInsertOfFactsAndNamesIsSeen(fileBacked: Bool) throws {
        let directory = try Scratch()
        defer { directory.remove() }
        let store = try Self.store(fileBacked ? directory : nil)
        let before = try Self.answers(store)
        // Facts of a new entity, one of them from Actor 3.
        let newcomer = Entity(name: "Newcomer", kind: .actor, type: "state")
        var events = AdjacencyIndexFileTests.events(120..<122)
        events[0].subject = AdjacencyIndexFileTests.actor(3)
        events[0].object = newcomer
        events[1].subject = newcomer
        events[1].object = AdjacencyIndexFileTests.actor(9)
        _ = try EventImporter(store: store).write(events)
        let after = try Self.answers(store)
        #expect(after[3] != before[3])
        #expect(after[1] != before[1])
    }

    @Test func anEntityStoredWithoutFactsIsSeen() throws {
        // No fact changes, so the adjacency index's fingerprint would not see it: the data version does.
        let store = try Self.store()
        let before = try Self.answers(store)
        _ = try EventImporter(store: store).write([], entities: [Entity(name: "Newcomer", kind: .actor, type: "state")])
        let after = try Self.answers(store)
        #expect(after[3] != before[3])
    }

    @Test func aMergeIsSeen() throws {
        let store = try Self.store()
        let before = try Self.answers(store)
        _ = try store.merge(try store.entity(named: "Actor 3"), into: try store.entity(named: "Actor 4"))
        let after = try Self.answers(store)
        #expect(after[0] != before[0])
        #expect(after[1] != before[1])
    }

    @Test func aWriteThroughAnotherConnectionIsSeen() throws {
        // Another store on the same file stands for another process.
        let directory = try Scratch()
        defer { directory.remove() }
        let store = try Self.store(directory)
        let other = try GraphStore.open(path: directory.path("graph.sqlite"))
        let before = try Self.answers(store)
        _ = try other.merge(try other.entity(named: "Actor 5"), into: try other.entity(named: "Actor 6"))
        let after = try Self.answers(store)
        #expect(after[2] != before[2])
        _ = try EventImporter(store: other).write([], entities: [Entity(name: "Newcomer", kind: .actor, type: "state")])
        #expect(try Self.answers(store)[3] != after[3])
    }
}
