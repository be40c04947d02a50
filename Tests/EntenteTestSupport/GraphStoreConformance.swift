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
    public static let checks: [GraphStoreCheck] = IngestChecks.checks + RelationsOverTimeChecks.checks + QueryChecks.checks + JoinedWalkChecks.checks
        + QueryTimeoutChecks.checks
}
