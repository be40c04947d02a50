import Entente
import EntenteTestSupport
import Foundation
import Testing

/// A large import into an empty or small graph on PostgreSQL (migration 0006): the fact table's
/// secondary indexes and foreign keys are dropped once before the first batch and made once after
/// the last, each batch still its own transaction; an importer killed in between leaves them
/// recorded, and the next writable open (not one while an import still loads) makes them again.
@Suite(.enabled(if: TestPostgres.enabled, "needs ENTENTE_TEST_POSTGRES (required when ENTENTE_REQUIRE_POSTGRES=1)"))
struct PostgresBulkImportTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("EntenteTests/Fixtures/events/gdelt2-slice.tsv").path

    /// The fact table's eight secondary indexes and six foreign keys.
    static let droppedCount = 14

    /// Whether every partition of the fact table is attached with its nine indexes (the primary
    /// key's too) and six keys, and the table itself has its own.
    static func indexed(at location: PostgresLocation) throws -> Bool {
        let partitions = try PostgresServerWorkTests.partitionsAndTheirIndexes(at: location)
        let table = try PostgresScratchSchema.rows(
            """
            SELECT (SELECT count(*) FROM pg_index WHERE indrelid = 'fact'::regclass)::text,
                   (SELECT count(*) FROM pg_constraint WHERE conrelid = 'fact'::regclass AND contype = 'f')::text
            """, at: location)
        return table == [["9", "6"]] && partitions.detached.isEmpty && partitions.attached.allSatisfy { $0[1] == "9" && $0[2] == "6" }
    }

    @Test func anImportIntoAnEmptyGraphIsABulkLoadAndALaterSmallOneIsNot() throws {
        let scratch = try TestPostgres.Scratch()
        defer { scratch.drop() }
        let location = try scratch.location()
        let store = try PostgresGraphStore.open(location)
        // The file is read whole at once: the first batch's 10 rows are the estimate of its size.
        var importer = EventImport(dataset: .gdelt, batchSize: 10)
        importer.bulkLoadMinimumRows = 5
        var notices: [EventImport.Notice] = []
        let first = try importer.run([Self.fixture], into: store, notice: { notices.append($0) })
        #expect(first.factsStored > 10 && first.rebuiltIndexes.count == Self.droppedCount)
        #expect(notices.count == 3)
        #expect(try store.pendingIndexes().isEmpty && Self.indexed(at: location))
        // Again: every event found stored, the graph no smaller than the import, the indexes kept.
        notices = []
        let again = try importer.run([Self.fixture], into: store, notice: { notices.append($0) })
        #expect(again.factsStored == 0 && again.alreadyStored == first.factsStored && again.rebuiltIndexes.isEmpty && notices.isEmpty)
        // The same facts as an import that kept its indexes.
        let other = try scratch.location()
        var kept = importer
        kept.indexRebuild = .never
        #expect(try kept.run([Self.fixture], into: try PostgresGraphStore.open(other)).factsStored == first.factsStored)
        let facts = "SELECT external_id, subject_id, predicate, object_id, date_start, place_id, article_id FROM fact ORDER BY external_id"
        #expect(try PostgresScratchSchema.rows(facts, at: location) == PostgresScratchSchema.rows(facts, at: other))
    }

    @Test func aKilledBulkImportLeavesItsIndexesToTheNextWritableOpen() throws {
        let scratch = try TestPostgres.Scratch()
        defer { scratch.drop() }
        let location = try scratch.location()
        let importing = try PostgresGraphStore.open(location)
        #expect(try importing.dropFactIndexesForBulkLoad().count == Self.droppedCount)
        let writer = PostgresEventWriter(store: importing, vocabulary: .standard)
        #expect(try writer.write(PostgresStoreTests.events(0..<300), entities: []).stored == 300)
        // Opened while the importer still loads: its indexes are left to it.
        var told: [String]? = nil
        _ = try PostgresGraphStore.open(location, rebuilding: { told = $0 })
        let stillPending = try importing.pendingIndexes()
        #expect(told == nil && stillPending.count == Self.droppedCount)
        #expect(try !Self.indexed(at: location))
        // The server ends the importer's connection, as it does for a kill -9: the one holding
        // this schema's bulk-import lock.
        let killed = try PostgresScratchSchema.rows(
            """
            SELECT count(pg_terminate_backend(l.pid)) FROM pg_locks AS l
            WHERE l.locktype = 'advisory' AND l.objsubid = 2 AND l.granted
              AND l.classid = hashtext('entente_bulk_import')::oid AND l.objid = hashtext(current_schema())::oid
            """, at: location)
        #expect(killed == [["1"]])
        // The backend's end releases its lock a moment after the call returns.
        let deadline = Date().addingTimeInterval(10)
        var reopened = try PostgresGraphStore.open(location, rebuilding: { told = $0 })
        while told == nil && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            reopened = try PostgresGraphStore.open(location, rebuilding: { told = $0 })
        }
        #expect(told?.count == Self.droppedCount)
        #expect(try reopened.pendingIndexes().isEmpty && Self.indexed(at: location))
        // The batch stored before the kill is whole, and stored once however often it comes.
        #expect(try PostgresScratchSchema.rows("SELECT count(*), (SELECT count(*) FROM event_id) FROM fact", at: location) == [["300", "300"]])
        #expect(try reopened.eventWriter(vocabulary: .standard).write(PostgresStoreTests.events(0..<400), entities: []).stored == 100)
    }

    @Test func aMergeBetweenTwoBatchesOfABulkImportFailsTheNextBatchInsteadOfLeavingFactsWithoutTheirEntity() throws {
        let scratch = try TestPostgres.Scratch()
        defer { scratch.drop() }
        let location = try scratch.location()
        let importing = try PostgresGraphStore.open(location)
        #expect(!(try importing.dropFactIndexesForBulkLoad()).isEmpty)
        let writer = PostgresEventWriter(store: importing, vocabulary: .standard)
        _ = try writer.write(PostgresStoreTests.events(0..<300), entities: [])
        // Another process merges an entity the writer has resolved (and keeps the id of).
        let other = try PostgresGraphStore.open(location)
        let actors = try other.entities(kind: .actor, search: nil, limit: nil)
        _ = try other.merge(actors[1], into: actors[0])
        #expect(throws: StoreError.self) { try writer.write(PostgresStoreTests.events(300..<600), entities: []) }
        // Nothing of that batch; the keys are made again over what is stored.
        #expect(try PostgresScratchSchema.rows("SELECT count(*) FROM fact", at: location) == [["300"]])
        #expect(try importing.rebuildPendingIndexes().count == Self.droppedCount)
        #expect(try Self.indexed(at: location))
        // A new import resolves the merged name to the kept entity.
        #expect(try other.eventWriter(vocabulary: .standard).write(PostgresStoreTests.events(300..<600), entities: []).stored == 300)
    }

    /// Migration 0007 creates a batch's entities that no rule can find together, and puts the
    /// others through the rules one by one, in order: the same entities as SQLite's, batch after
    /// batch (states by their codes and names, places, actors named again as aliases).
    @Test(arguments: [7, 10_000])
    func eventsImportedBatchByBatchNameTheEntitiesSQLitesDo(batchSize: Int) throws {
        let scratch = try TestPostgres.Scratch()
        defer { scratch.drop() }
        let location = try scratch.location()
        let files = try Scratch()
        defer { files.remove() }
        let sqlite = try GraphStore.open(path: files.path("graph.sqlite"))
        let importer = EventImport(dataset: .gdelt, batchSize: batchSize)
        let postgres = try PostgresGraphStore.open(location)
        #expect(try importer.run([Self.fixture], into: sqlite).factsStored == importer.run([Self.fixture], into: postgres).factsStored)
        func named(_ store: any GraphStoring) throws -> [String] {
            try store.entities(kind: nil, search: nil, limit: nil).map { "\($0.kind.rawValue) \($0.type) \($0.name) \($0.iso3 ?? "-") \($0.cameo ?? "-")" }.sorted()
        }
        #expect(try named(sqlite) == named(postgres))
        let compiled = try Planner.compile(
            SourceText("MATCH (a)-[r]->(b) RETURN a, type(r), b, r.date ORDER BY r.date, a, b, type(r)"), resolver: try sqlite.resolver())
        let onServer = try Planner.compile(
            SourceText("MATCH (a)-[r]->(b) RETURN a, type(r), b, r.date ORDER BY r.date, a, b, type(r)"), resolver: try postgres.resolver())
        #expect(try sqlite.run(compiled).rows == postgres.run(onServer).rows)
    }
}
