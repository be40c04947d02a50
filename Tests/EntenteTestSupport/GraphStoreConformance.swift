public import Entente
public import Testing

/// Makes a fresh, empty store for one check.
public typealias StoreMaker = @Sendable () throws -> any GraphStoring

/// One behaviour every graph store must have, checked on a store `StoreMaker` makes.
public struct GraphStoreCheck: Sendable, CustomTestStringConvertible {
    /// The behaviour, as a test name.
    public let name: String
    let body: @Sendable (@escaping StoreMaker) throws -> Void

    init(_ name: String, _ body: @escaping @Sendable (@escaping StoreMaker) throws -> Void) {
        self.name = name
        self.body = body
    }

    public var testDescription: String { name }

    /// Runs the check on stores from `makeStore`; failures are recorded as the calling test's issues.
    public func run(on makeStore: @escaping StoreMaker) throws {
        try body(makeStore)
    }
}

/// The checks a graph store passes to be one: ingest, reads of relations over time, and the
/// answers of the query language on a hand-made graph. A store's tests run them all:
///
///     @Test(arguments: GraphStoreConformance.checks)
///     func conforms(_ check: GraphStoreCheck) throws { try check.run { try GraphStore.inMemory() } }
public enum GraphStoreConformance {
    /// Every check.
    public static let checks: [GraphStoreCheck] = IngestChecks.checks + RelationsOverTimeChecks.checks + QueryChecks.checks + QueryTimeoutChecks.checks
}

extension GraphStoreConformance {
    /// Anywhere else in a pattern a walk is joined, one row per walk: the 26 facts and the 60
    /// acyclic two-hop walks (as Kùzu counts them), and a fixed hop after a walk. Checked on the
    /// SQLite store; the PostgreSQL store refuses such a query in one sentence, and its tests say so.
    public static func walksJoinedInAPatternAreOneRowEach(_ store: any GraphStoring) throws {
        let store = try HandMadeGraph.load(into: store)
        #expect(QueryChecks.strings(try QueryChecks.run(store, "MATCH (a)-[r*1..2]->(b) RETURN count(*)")) == [["86"]])
        #expect(QueryChecks.strings(try QueryChecks.run(store, #"MATCH ("Iran")-[r*1..2]->(b)-[s]->(c) RETURN c"#)) == [["Hezbollah"]])
    }
}
