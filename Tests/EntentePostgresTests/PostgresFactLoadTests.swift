import Entente
import EntenteTestSupport
import Foundation
import Testing

/// The way coded events reach the fact table (`PostgresFactLoad`): ids claimed first, then only
/// the claimed rows copied straight into their years' partitions. Each event stays stored once by
/// importers at once, fact ids follow the file, and a batch that fails or is killed midway,
/// between one partition's COPY and the next, leaves nothing of itself.
@Suite(.enabled(if: TestPostgres.enabled, "needs ENTENTE_TEST_POSTGRES (required when ENTENTE_REQUIRE_POSTGRES=1)"))
struct PostgresFactLoadTests {
    static func events(_ range: Range<Int>, seed: UInt64 = 7) -> [CodedEvent] { PostgresStoreTests.events(range, seed: seed) }

    @Test func partitionNamesAreThoseTheSchemaMakes() {
        #expect(PostgresFactLoad.partition(of: 0) == "fact_undated")
        #expect(PostgresFactLoad.partition(of: 7) == "fact_y0007")
        #expect(PostgresFactLoad.partition(of: 2019) == "fact_y2019")
    }

    @Test(arguments: [PostgresFactLoad.standard, .claimThenCopy(byPartition: false), .staged])
    func aBatchsFirstRowOfEachIdIsStoredWithFactIdsInTheFilesOrder(load: PostgresFactLoad) throws {
        let scratch = try TestPostgres.Scratch()
        defer { scratch.drop() }
        let location = try scratch.location()
        let writer = PostgresEventWriter(store: try PostgresGraphStore.open(location), vocabulary: .standard, bulkMinimumRows: 0, load: load)
        // Event 5 twice in the batch, the second time with another date: the first row is the event.
        var events = Self.events(0..<40)
        var repeated = events[5]
        repeated.date = FactDate(day: CalendarDay(year: 2030, month: 1, day: 1)!)
        events.insert(repeated, at: 20)
        let outcome = try writer.write(events, entities: [])
        #expect(outcome.stored == 40 && outcome.alreadyStored == 1)
        let stored = try PostgresScratchSchema.rows("SELECT external_id, date_start, date_reason, modality FROM fact ORDER BY id", at: location)
        #expect(stored.map { $0[0] } == (0..<40).map { "test:\($0)" })
        #expect(stored[5][1] == events[5].date.start.description && !stored.contains { $0[1].hasPrefix("2030") })
        #expect(stored.allSatisfy { $0[2] == "coded" && $0[3] == "reported" })
        let years = try PostgresScratchSchema.rows("SELECT DISTINCT tableoid::regclass::text FROM fact ORDER BY 1", at: location)
        #expect(years.map { $0[0] } == ["fact_y2016", "fact_y2017", "fact_y2018", "fact_y2019", "fact_y2020"])
    }

    @Test func twoImportersAtOnceThroughTheCopyStoreEachEventOnce() throws {
        let scratch = try TestPostgres.Scratch()
        defer { scratch.drop() }
        let location = try scratch.location()
        _ = try PostgresGraphStore.open(location)
        // Row by row (no bulk batch, which would lock the other importer out): both claim and
        // copy at the same time, over the same ids in the same and in other batches.
        let importers = [(0, 0..<2400), (1, 1200..<3600), (2, 0..<3600)].map { number, range in
            (name: "importer \(number)", run: { @Sendable () throws -> Void in
                let writer = PostgresEventWriter(store: try PostgresGraphStore.open(location), vocabulary: .standard, bulkMinimumRows: 0)
                for start in stride(from: range.lowerBound, to: range.upperBound, by: 400) {
                    _ = try writer.write(Self.events(start..<start + 400, seed: 11 &+ UInt64(start)), entities: [])
                }
            })
        }
        #expect(runAtOnce(importers).isEmpty)
        let counts = try PostgresScratchSchema.rows(
            "SELECT count(*), count(DISTINCT external_id), (SELECT count(*) FROM event_id) FROM fact", at: location)
        #expect(counts == [["3600", "3600", "3600"]])
    }

    @Test func aBatchFailingBetweenOnePartitionsCopyAndTheNextLeavesNothing() throws {
        let scratch = try TestPostgres.Scratch()
        defer { scratch.drop() }
        let location = try scratch.location()
        let store = try PostgresGraphStore.open(location)
        _ = try PostgresEventWriter(store: store, vocabulary: .standard, bulkMinimumRows: 0).write(Self.events(0..<100), entities: [])
        // The bad row is in the last year copied: 2016 to 2019 are copied before it fails.
        var broken = Self.events(100..<300)
        let last = try #require(broken.lastIndex { $0.date.start.year == 2020 })
        broken[last].confidence = 2
        #expect(throws: StoreError.self) {
            try PostgresEventWriter(store: store, vocabulary: .standard, bulkMinimumRows: 0).write(broken, entities: [])
        }
        let counts = try PostgresScratchSchema.rows("SELECT count(*), (SELECT count(*) FROM event_id) FROM fact", at: location)
        #expect(counts == [["100", "100"]])
        // The ids it had claimed are free again.
        broken[last].confidence = 0.5
        #expect(try PostgresEventWriter(store: store, vocabulary: .standard, bulkMinimumRows: 0).write(broken, entities: []).stored == 200)
    }

    /// Row by row (0), and in bulk (1), where the importer is killed while the partition it copies
    /// into is detached from the fact table without its indexes and keys.
    @Test(arguments: [0, 1])
    func anImporterKilledDuringACopyLeavesWholeBatchesOnly(bulkMinimumRows: Int) throws {
        let scratch = try TestPostgres.Scratch()
        defer { scratch.drop() }
        let location = try scratch.location()
        _ = try PostgresGraphStore.open(location)
        let batch = 3000
        let importer = Outcome()
        Thread {
            defer { importer.finish() }
            do {
                let writer = PostgresEventWriter(store: try PostgresGraphStore.open(location), vocabulary: .standard, bulkMinimumRows: bulkMinimumRows)
                for start in stride(from: 0, to: 100 * batch, by: batch) {
                    _ = try writer.write(Self.events(start..<start + batch), entities: [])
                }
            } catch {
                importer.fail("\(error)")
            }
        }.start()
        // The server ends the importer's connection while it copies rows into a partition: the
        // backend that holds this schema's `event_id` and is running a COPY into a fact partition.
        // Bounded waits: a test that hangs says nothing (a run once stopped here for minutes).
        let deadline = Date().addingTimeInterval(120)
        var killed = 0
        while killed == 0 && !importer.finished && Date() < deadline {
            killed = Int(try PostgresScratchSchema.rows(
                """
                SELECT count(*) FROM (
                    SELECT pg_terminate_backend(a.pid) FROM pg_stat_activity AS a
                    WHERE a.state = 'active' AND a.query LIKE 'COPY "fact\\_y%' AND a.pid IN (
                        SELECT l.pid FROM pg_locks AS l JOIN pg_class AS c ON c.oid = l.relation
                        WHERE c.relnamespace = current_schema()::regnamespace AND c.relname = 'event_id')
                ) AS terminated
                """, at: location)[0][0]) ?? 0
        }
        while !importer.finished && Date() < deadline.addingTimeInterval(60) { Thread.sleep(forTimeInterval: 0.01) }
        try #require(importer.finished, "the importer neither ended nor failed after its connection was ended")
        #expect(killed == 1 && importer.error != nil, "the importer ran to its end")
        // Whole batches only: each stored event with its claimed id, none of a batch cut short.
        let counts = try PostgresScratchSchema.rows(
            "SELECT count(*), count(DISTINCT external_id), (SELECT count(*) FROM event_id) FROM fact", at: location)[0].map { Int($0)! }
        #expect(counts[0] == counts[1] && counts[0] == counts[2] && counts[0] % batch == 0)
        // Every partition attached again with all of its indexes and keys.
        let partitions = try PostgresServerWorkTests.partitionsAndTheirIndexes(at: location)
        #expect(partitions.attached.count == 6 && partitions.attached.allSatisfy { $0[1] == "9" && $0[2] == "6" } && partitions.detached.isEmpty)
        // Imported again up to the batch it was killed in: that one is stored whole, nothing twice.
        let again = PostgresEventWriter(store: try PostgresGraphStore.open(location), vocabulary: .standard, bulkMinimumRows: 0)
        let outcome = try again.write(Self.events(0..<counts[0] + batch), entities: [])
        #expect(outcome.stored == batch && outcome.alreadyStored == counts[0])
    }
}

/// What the killed importer's thread did, read by the test's.
private final class Outcome: @unchecked Sendable {
    private let lock = NSLock()
    private var ended = false
    private var failure: String?
    func finish() { lock.withLock { ended = true } }
    func fail(_ error: String) { lock.withLock { failure = error } }
    var finished: Bool { lock.withLock { ended } }
    var error: String? { lock.withLock { failure } }
}
