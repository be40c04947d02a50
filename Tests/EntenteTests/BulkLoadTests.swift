import Entente
import Foundation
import GRDB
import Testing

/// The bulk path of event imports (fact indexes dropped, rebuilt once at the end) against the
/// ordinary one, on real files.
@Suite struct BulkLoadTests {
    static let gdelt = ["gdelt2-slice.tsv", "gdelt1-slice.tsv"]
    static let icews = ["icews-events.tsv", "icews-2018-slice.tsv", "icews-kg.tsv", "icews14-slice.tsv"]

    /// Everything an import stores, ids included, without the times it was stored at; and the
    /// database's indexes.
    static func contents(_ path: String) throws -> [String] {
        try DatabaseQueue(path: path).read { db in
            func lines(_ prefix: String, _ sql: String) throws -> [String] {
                try Row.fetchAll(db, sql: sql).map { row in prefix + row.databaseValues.map(\.description).joined(separator: "|") }
            }
            let factColumns = try Row.fetchAll(db, sql: "SELECT name FROM pragma_table_info('fact') WHERE name <> 'recorded_at' ORDER BY cid")
                .map { $0[0] as String }.joined(separator: ", ")
            return try lines("entity ", "SELECT * FROM entity ORDER BY id")
                + lines("alias ", "SELECT * FROM alias ORDER BY key, entity_id")
                + lines("article ", "SELECT id, content_hash, origin, source, url, title, published, text FROM article ORDER BY id")
                + lines("predicate ", "SELECT * FROM predicate ORDER BY name")
                + lines("fact ", "SELECT \(factColumns) FROM fact ORDER BY id")
                + lines("index ", "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name")
        }
    }

    static func importFixtures(_ dataset: EventImport.Dataset, _ names: [String], batchSize: Int, _ rebuild: EventImport.IndexRebuild)
        throws -> (EventImportReport, String)
    {
        let (store, path) = try EventImportTests.temporaryStore()
        let report = try EventImport(dataset: dataset, batchSize: batchSize, indexRebuild: rebuild).run(
            try names.map(EventImportTests.fixture), into: store)
        return (report, path)
    }

    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    @Test(arguments: [(EventImport.Dataset.gdelt, 7), (.gdelt, 10_000), (.icews, 3), (.icews, 10_000)])
    func theBulkPathStoresTheSameGraphAsTheRowByRowPath(dataset: EventImport.Dataset, batchSize: Int) throws {
        let names = dataset == .gdelt ? Self.gdelt : Self.icews
        let (rowByRow, plainPath) = try Self.importFixtures(dataset, names, batchSize: batchSize, .never)
        defer { Self.remove(plainPath) }
        let (bulk, bulkPath) = try Self.importFixtures(dataset, names, batchSize: batchSize, .always)
        defer { Self.remove(bulkPath) }

        #expect(rowByRow.rebuiltIndexes.isEmpty)
        #expect(bulk.rebuiltIndexes.count >= 7, "every secondary index of the fact table: \(bulk.rebuiltIndexes)")
        #expect(bulk.factsStored > 0 && bulk.factsStored == rowByRow.factsStored)
        #expect(bulk.entitiesAdded == rowByRow.entitiesAdded && bulk.alreadyStored == rowByRow.alreadyStored)
        #expect(bulk.rowsRead == rowByRow.rowsRead && bulk.skipped == rowByRow.skipped && bulk.examples == rowByRow.examples)
        #expect(bulk.unreadable == rowByRow.unreadable && bulk.files == rowByRow.files)
        let expected = try Self.contents(plainPath)
        let actual = try Self.contents(bulkPath)
        #expect(actual.count == expected.count)
        #expect(actual == expected, "first difference: \(zip(actual, expected).first { $0 != $1 }.map { "\($0.0) ≠ \($0.1)" } ?? "in length")")
        #expect(try EventImportTests.count(bulkPath, "SELECT count(*) FROM pending_index") == 0)
    }

    @Test func aBulkImportRunTwiceStoresEveryEventOnce() throws {
        let (store, path) = try EventImportTests.temporaryStore()
        defer { Self.remove(path) }
        let files = try Self.gdelt.map(EventImportTests.fixture)
        let first = try EventImport(dataset: .gdelt, indexRebuild: .always).run(files, into: store)
        let stored = try Self.contents(path)
        let second = try EventImport(dataset: .gdelt, indexRebuild: .always).run(files, into: store)
        #expect(first.factsStored > 0)
        #expect(second.factsStored == 0 && second.alreadyStored == first.factsStored && second.entitiesAdded == 0)
        #expect(second.skipped == first.skipped && second.examples == first.examples)
        #expect(try Self.contents(path) == stored)
        #expect(!second.rebuiltIndexes.isEmpty)
    }

    @Test func autoRebuildsOnlyForALargeImportIntoASmallerGraph() throws {
        let (store, path) = try EventImportTests.temporaryStore()
        defer { Self.remove(path) }
        let v2 = try EventImportTests.fixture("gdelt2-slice.tsv")
        let v1 = try EventImportTests.fixture("gdelt1-slice.tsv")
        var notices: [EventImport.Notice] = []
        // 30 rows at a threshold of 30, into an empty graph: a bulk load, said before and after.
        var threshold30 = EventImport(dataset: .gdelt)
        threshold30.bulkLoadMinimumRows = 30
        let bulk = try threshold30.run([v1], into: store, notice: { notices.append($0) })
        #expect(!bulk.rebuiltIndexes.isEmpty)
        guard case .indexesDropped(let dropped, let estimate)? = notices.first, case .indexesRebuilt(let rebuilt, _)? = notices.last else {
            Issue.record("notices: \(notices)")
            return
        }
        #expect(dropped == rebuilt && estimate == 30)
        // 60 rows below a threshold of 61: the indexes are kept.
        notices.removeAll()
        var threshold61 = EventImport(dataset: .gdelt)
        threshold61.bulkLoadMinimumRows = 61
        #expect(try threshold61.run([v2], into: store, notice: { notices.append($0) }).rebuiltIndexes.isEmpty)
        #expect(notices.isEmpty)
        // 30 rows again, now into a graph with more facts than that: the indexes are kept.
        #expect(try EventImportTests.count(path, "SELECT count(*) FROM fact") > 30)
        #expect(try threshold30.run([v1], into: store, notice: { notices.append($0) }).rebuiltIndexes.isEmpty)
        #expect(notices.isEmpty)
    }

    /// The work given to run beside the rebuild runs once, sees every stored fact, and is done
    /// when the import returns; an import that kept its indexes never runs it. The adjacency
    /// index file it builds (as the command line's does) is current after the rebuild.
    @Test func workAlongsideTheRebuildSeesEveryFactAndEndsBeforeTheImport() throws {
        let (store, path) = try EventImportTests.temporaryStore()
        defer {
            Self.remove(path)
            store.dropAdjacencyIndex()
        }
        let files = try Self.gdelt.map(EventImportTests.fixture)
        let seen = Counts()
        let report = try EventImport(dataset: .gdelt, indexRebuild: .always).run(
            files, into: store,
            alongsideIndexRebuild: {
                let facts = (try? DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM fact") }) ?? nil
                _ = try? store.buildAdjacencyIndex()
                seen.append(facts ?? -1)
            })
        #expect(report.factsStored > 0 && !report.rebuiltIndexes.isEmpty)
        #expect(seen.values == [report.factsStored])
        #expect(try store.adjacencyIndexStatus().state == .current)
        #expect(try store.pendingIndexes().isEmpty)

        let kept = try EventImport(dataset: .gdelt, indexRebuild: .never).run(
            files, into: store, alongsideIndexRebuild: { seen.append(-2) })
        #expect(kept.rebuiltIndexes.isEmpty)
        #expect(seen.values == [report.factsStored])
    }

    /// A file given through a symbolic link is estimated by the size of the file it names, not of
    /// the link (which made `auto` take every linked import for a small one).
    @Test func aLinkedFileIsEstimatedByTheFileItNames() throws {
        let (store, path) = try EventImportTests.temporaryStore()
        let link = path + ".events-link.tsv"
        defer {
            Self.remove(path)
            try? FileManager.default.removeItem(atPath: link)
        }
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: try EventImportTests.fixture("gdelt1-slice.tsv"))
        var notices: [EventImport.Notice] = []
        var threshold30 = EventImport(dataset: .gdelt)
        threshold30.bulkLoadMinimumRows = 30
        let report = try threshold30.run([link], into: store, notice: { notices.append($0) })
        #expect(!report.rebuiltIndexes.isEmpty)
        guard case .indexesDropped(_, let estimate)? = notices.first else {
            Issue.record("notices: \(notices)")
            return
        }
        #expect(estimate == 30)
    }

    @Test func indexesDroppedByAnImportThatNeverFinishedAreRebuiltByTheNextWritableOpen() throws {
        let (store, path) = try EventImportTests.temporaryStore()
        defer { Self.remove(path) }
        let before = try Self.contents(path).filter { $0.hasPrefix("index ") }
        // What a bulk import does before its first batch; then the process dies.
        let dropped = try store.dropFactIndexesForBulkLoad()
        #expect(dropped.count >= 7)
        _ = try EventImporter(store: store).write([], entities: [Entity(name: "Turkey", kind: .actor, type: "state")])
        #expect(try store.pendingIndexes() == dropped.sorted())
        #expect(try Self.contents(path).filter { $0.hasPrefix("index ") }.count == before.count - dropped.count)

        // A reader neither repairs nor fails: its answers are SQL's, only slower.
        let reader = try GraphStore.open(path: path, mode: .readOnly)
        #expect(try reader.pendingIndexes() == dropped.sorted())
        #expect(try reader.statistics().entities == 1)

        let reopened = try GraphStore.open(path: path)
        #expect(try reopened.pendingIndexes().isEmpty)
        #expect(try Self.contents(path).filter { $0.hasPrefix("index ") } == before)
    }
}

/// Numbers appended from another thread, read back after it is done.
private final class Counts: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Int] = []
    var values: [Int] { lock.withLock { stored } }
    func append(_ value: Int) { lock.withLock { stored.append(value) } }
}
