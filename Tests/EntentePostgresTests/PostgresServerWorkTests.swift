import Entente
import EntenteTestSupport
import Foundation
import Testing

/// The work PostgreSQL's store does on the server for speed, each checked to change nothing
/// but where the work is done: a reach's levels counted on the server (the same answers and the
/// same budget errors as SQLite's), date ranges reading only their years' partitions, and large
/// batches loaded without the fact table's indexes and keys, which are all there again after.
@Suite(.enabled(if: TestPostgres.enabled, "needs ENTENTE_TEST_POSTGRES (required when ENTENTE_REQUIRE_POSTGRES=1)"))
struct PostgresServerWorkTests {
    static func events(_ range: Range<Int>, seed: UInt64 = 7) -> [CodedEvent] { PostgresStoreTests.events(range, seed: seed) }
    static func actor(_ number: Int) -> Entity { PostgresStoreTests.actor(number) }

    /// The answer, or the budget error, as text: the two stores must agree on either.
    static func outcome(_ store: any GraphStoring, _ query: String, maxExpansions: Int) -> String {
        do {
            return HandMadeGraph.strings(try HandMadeGraph.run(store, query, options: .init(maxExpansions: maxExpansions))).description
        } catch {
            return "\(error)"
        }
    }

    @Test func aReachCountedOnTheServerAnswersAndStopsAtItsBudgetAsSQLitesDoes() throws {
        let scratch = try TestPostgres.Scratch()
        defer { scratch.drop() }
        let postgres = try scratch.makeStore()
        let sqlite = try GraphStore.inMemory()
        for store in [postgres, sqlite] as [any GraphStoring] {
            _ = try store.eventWriter(vocabulary: .standard).write(Self.events(0..<400), entities: [])
        }
        var budgetErrors = 0
        for query in [#"MATCH ("Actor 0")-[r*1..3]-(b) RETURN DISTINCT b ORDER BY b"#, #"MATCH ("Actor 4")-[r:supports*2..3]->(b) RETURN DISTINCT b ORDER BY b"#] {
            for budget in [1, 12, 40, 150, 600, 100_000] {
                let fromSQLite = Self.outcome(sqlite, query, maxExpansions: budget)
                #expect(Self.outcome(postgres, query, maxExpansions: budget) == fromSQLite, "\(query) within \(budget)")
                if fromSQLite.contains("expansion") { budgetErrors += 1 }
            }
        }
        // Both kinds of outcome were compared: some budgets stop the search, the largest does not.
        #expect(budgetErrors >= 4)
    }

    @Test func aDateRangeReadsOnlyItsYearsPartitions() throws {
        let scratch = try TestPostgres.Scratch()
        defer { scratch.drop() }
        let location = try scratch.location()
        let store = try PostgresGraphStore.open(location)
        _ = try store.eventWriter(vocabulary: .standard).write(Self.events(0..<300), entities: [])
        func partitions(_ query: String) throws -> Set<String> {
            let plan = try store.queryPlan(try Planner.compile(SourceText(query), resolver: try store.resolver())).joined(separator: "\n")
            return Set(["fact_undated", "fact_y2016", "fact_y2017", "fact_y2018", "fact_y2019", "fact_y2020"].filter { plan.contains($0) })
        }
        #expect(try partitions("MATCH (a)-[r]->(b) RETURN count(r)").count == 6)
        #expect(try partitions("MATCH (a)-[r]->(b) DURING 2018 RETURN count(r)") == ["fact_y2018"])
        #expect(try partitions("MATCH (a)-[r]->(b) WITHIN 2017-03..2018-06 RETURN count(r)") == ["fact_y2017", "fact_y2018"])
        #expect(try partitions("MATCH (a)-[r]->(b) WHERE r.date >= 2019-03 RETURN count(r)") == ["fact_y2019", "fact_y2020"])
        #expect(try partitions(#"MATCH (a)-[r:supports]->("Actor 3") DURING 2016..2017 RETURN DISTINCT a"#) == ["fact_y2016", "fact_y2017"])
        // The answers are those of the facts' own dates.
        let counted = try HandMadeGraph.run(store, "MATCH (a)-[r]->(b) DURING 2018 RETURN count(r)").rows[0][0]
        let stored = try PostgresScratchSchema.rows("SELECT count(*) FROM fact WHERE date_start LIKE '2018-%'", at: location)
        #expect(counted.description == stored[0][0])
    }

    @Test func aFactWhoseDaysCrossAYearIsRefusedByTheSchema() throws {
        let scratch = try TestPostgres.Scratch()
        defer { scratch.drop() }
        let location = try scratch.location()
        let store = try PostgresGraphStore.open(location)
        _ = try store.eventWriter(vocabulary: .standard).write(Self.events(0..<1), entities: [])
        #expect(throws: (any Error).self) {
            try PostgresScratchSchema.execute("UPDATE fact SET date_end = '2099-01-01'", at: location)
        }
    }

    /// The fact table's indexes and foreign keys as the catalog describes them, valid or not.
    static func indexesAndKeys(at location: PostgresLocation) throws -> [[String]] {
        try PostgresScratchSchema.rows(
            """
            SELECT c.relname::text, pg_get_indexdef(i.indexrelid), i.indisvalid::text FROM pg_index AS i JOIN pg_class AS c ON c.oid = i.indexrelid
            WHERE i.indrelid IN (SELECT oid FROM pg_class WHERE relname LIKE 'fact%' AND relnamespace = current_schema()::regnamespace)
            UNION ALL
            SELECT conname::text, pg_get_constraintdef(oid), convalidated::text FROM pg_constraint
            WHERE contype = 'f' AND conrelid IN (SELECT oid FROM pg_class WHERE relname LIKE 'fact%' AND relnamespace = current_schema()::regnamespace)
            ORDER BY 1, 2
            """, at: location)
    }

    /// Each partition attached to the fact table with how many of its indexes (valid) and foreign
    /// keys belong to the table's, and the fact tables of the schema not attached to it.
    static func partitionsAndTheirIndexes(at location: PostgresLocation) throws -> (attached: [[String]], detached: [String]) {
        let attached = try PostgresScratchSchema.rows(
            """
            SELECT c.relname::text,
                   (SELECT count(*) FROM pg_index AS i JOIN pg_inherits AS h ON h.inhrelid = i.indexrelid WHERE i.indrelid = c.oid AND i.indisvalid)::text,
                   (SELECT count(*) FROM pg_constraint AS k WHERE k.conrelid = c.oid AND k.contype = 'f' AND k.conparentid <> 0)::text
            FROM pg_inherits AS p JOIN pg_class AS c ON c.oid = p.inhrelid WHERE p.inhparent = 'fact'::regclass ORDER BY 1
            """, at: location)
        let detached = try PostgresScratchSchema.rows(
            """
            SELECT c.relname::text FROM pg_class AS c
            WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' AND (c.relname LIKE 'fact\\_y%' OR c.relname = 'fact_undated')
              AND NOT EXISTS (SELECT FROM pg_inherits AS p WHERE p.inhrelid = c.oid)
            """, at: location).map { $0[0] }
        return (attached, detached)
    }

    /// The identities of each partition's indexes: a rebuilt index is a new one.
    static func indexIdentities(at location: PostgresLocation) throws -> [String: [String]] {
        let rows = try PostgresScratchSchema.rows(
            """
            SELECT c.relname::text, i.indexrelid::oid::text FROM pg_index AS i JOIN pg_class AS c ON c.oid = i.indrelid
            WHERE i.indrelid IN (SELECT inhrelid FROM pg_inherits WHERE inhparent = 'fact'::regclass) AND NOT i.indisprimary ORDER BY 1, 2
            """, at: location)
        return Dictionary(grouping: rows, by: { $0[0] }).mapValues { $0.map { $0[1] } }
    }

    /// `events` moved into `year`, the same months and days.
    static func dated(_ events: [CodedEvent], year: Int) -> [CodedEvent] {
        events.map { event in
            var event = event
            let day = event.date.start
            event.date = FactDate(day: CalendarDay(year: year, month: day.month, day: day.day)!)
            return event
        }
    }

    @Test(arguments: [PostgresEventWriter.BulkRebuild.partitions, .wholeTable])
    func aBulkBatchLeavesEveryIndexAndKeyAsItWasAndAnswersAsAnIndexedOne(rebuild: PostgresEventWriter.BulkRebuild) throws {
        let scratch = try TestPostgres.Scratch()
        defer { scratch.drop() }
        let (bulkLocation, rowLocation) = (try scratch.location(), try scratch.location())
        let (bulk, byRow) = (try PostgresGraphStore.open(bulkLocation), try PostgresGraphStore.open(rowLocation))
        // The partitions first, so both catalogs hold the same tables.
        for store in [bulk, byRow] { _ = try store.eventWriter(vocabulary: .standard).write(Self.events(0..<100), entities: []) }
        let before = try Self.indexesAndKeys(at: bulkLocation)
        #expect(before.count > 9 * 6 && before.allSatisfy { $0[2] == "true" })
        let bulkWriter = PostgresEventWriter(store: bulk, vocabulary: .standard, bulkMinimumRows: 1, rebuild: rebuild)
        let rowWriter = PostgresEventWriter(store: byRow, vocabulary: .standard, bulkMinimumRows: 0)
        for start in stride(from: 100, to: 700, by: 200) {
            let outcomes = try [bulkWriter, rowWriter].map { try $0.write(Self.events(start..<start + 200), entities: [Self.actor(50)]) }
            #expect(outcomes[0] == outcomes[1])
        }
        #expect(try Self.indexesAndKeys(at: bulkLocation) == before)
        for query in [#"MATCH ("Actor 2")-[r]->(b) RETURN b, r.date ORDER BY r.date, b"#, "MATCH (a)-[r]->(b) DURING 2017 RETURN a, count(r) AS n ORDER BY n DESC, a LIMIT 5"] {
            #expect(HandMadeGraph.strings(try HandMadeGraph.run(bulk, query)) == HandMadeGraph.strings(try HandMadeGraph.run(byRow, query)))
        }
        // A bulk batch that fails takes nothing away: its drops roll back with it.
        var broken = Self.events(700..<800)
        broken[10].confidence = 2
        #expect(throws: StoreError.self) {
            try PostgresEventWriter(store: bulk, vocabulary: .standard, bulkMinimumRows: 1, rebuild: rebuild).write(broken, entities: [])
        }
        #expect(try Self.indexesAndKeys(at: bulkLocation) == before)
        #expect(try bulk.statistics().facts == 700)
        let partitions = try Self.partitionsAndTheirIndexes(at: bulkLocation)
        #expect(partitions.attached.count == 6 && partitions.attached.allSatisfy { $0[1] == "9" && $0[2] == "6" } && partitions.detached.isEmpty)
    }

    @Test func aBulkBatchRebuildsOnlyTheSmallPartitionsItWritesInto() throws {
        let scratch = try TestPostgres.Scratch()
        defer { scratch.drop() }
        let location = try scratch.location()
        let store = try PostgresGraphStore.open(location)
        // 2016 to 2020, 40 facts each, then 400 more in 2020: 2020 is large beside a batch of 50.
        _ = try store.eventWriter(vocabulary: .standard).write(Self.events(0..<200), entities: [])
        _ = try store.eventWriter(vocabulary: .standard).write(Self.dated(Self.events(200..<600), year: 2020), entities: [])
        let before = try Self.indexIdentities(at: location)
        let catalog = try Self.indexesAndKeys(at: location)
        // 50 rows into 2018 (holding about 40: rebuilt), 50 into 2020 (holding about 480: row by row).
        let batch = Self.dated(Self.events(600..<650), year: 2018) + Self.dated(Self.events(650..<700), year: 2020)
        let outcome = try PostgresEventWriter(store: store, vocabulary: .standard, bulkMinimumRows: 100).write(batch, entities: [])
        #expect(outcome.stored == 100)
        let after = try Self.indexIdentities(at: location)
        #expect(after.keys.sorted() == ["fact_undated", "fact_y2016", "fact_y2017", "fact_y2018", "fact_y2019", "fact_y2020"])
        for (partition, indexes) in after {
            #expect(indexes.count == 8)
            #expect((indexes == before[partition]) == (partition != "fact_y2018"), "\(partition)")
        }
        #expect(try Self.indexesAndKeys(at: location) == catalog)
        // The whole table's way (holding fewer than 4 times the batch) rebuilds every partition.
        _ = try PostgresEventWriter(store: store, vocabulary: .standard, bulkMinimumRows: 100, rebuild: .wholeTable)
            .write(Self.dated(Self.events(700..<900), year: 2017), entities: [])
        #expect(try Self.indexIdentities(at: location).allSatisfy { $0.value != after[$0.key] })
        #expect(try Self.indexesAndKeys(at: location) == catalog)
    }

    @Test func twoBulkImportersAndAReaderAtOnceStoreEachEventOnce() throws {
        let scratch = try TestPostgres.Scratch()
        defer { scratch.drop() }
        let location = try scratch.location()
        _ = try PostgresGraphStore.open(location)
        let importers = [(0, 0..<1200), (1, 600..<1800)].map { offset, range in
            (name: "importer \(offset)", run: { @Sendable () throws -> Void in
                let writer = PostgresEventWriter(store: try PostgresGraphStore.open(location), vocabulary: .standard, bulkMinimumRows: 1)
                for start in stride(from: range.lowerBound, to: range.upperBound, by: 300) {
                    _ = try writer.write(Self.events(start..<start + 300, seed: 7 &+ UInt64(start)), entities: [])
                }
            })
        }
        let reader = (name: "reader", run: { @Sendable () throws -> Void in
            let reader = try PostgresGraphStore.open(location, mode: .readOnly)
            for _ in 0..<20 { _ = try HandMadeGraph.run(reader, "MATCH (a)-[r]->(b) RETURN count(r)") }
        })
        #expect(runAtOnce(importers + [reader]).isEmpty)
        let counts = try PostgresScratchSchema.rows("SELECT count(*), count(DISTINCT external_id), (SELECT count(*) FROM entity) FROM fact", at: location)
        #expect(counts == [["1800", "1800", "30"]])
        #expect(try Self.indexesAndKeys(at: location).allSatisfy { $0[2] == "true" })
        let partitions = try Self.partitionsAndTheirIndexes(at: location)
        #expect(partitions.attached.count == 6 && partitions.attached.allSatisfy { $0[1] == "9" && $0[2] == "6" } && partitions.detached.isEmpty)
    }
}
