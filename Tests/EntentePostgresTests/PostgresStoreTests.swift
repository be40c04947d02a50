import Entente
import EntenteTestSupport
import Foundation
import Testing

/// What the PostgreSQL store does beyond the checks every store passes: COPY imports stored once
/// per event into year partitions, concurrent importers, whole batches only, the same answers as
/// SQLite's store on the same events, and each bad server or database refused in one line.
@Suite(.enabled(if: TestPostgres.enabled, "needs ENTENTE_TEST_POSTGRES (required when ENTENTE_REQUIRE_POSTGRES=1)"))
struct PostgresStoreTests {
    static func actor(_ number: Int) -> Entity { Entity(name: "Actor \(number)", kind: .actor, type: "state") }

    /// Events among 30 actors over 2016–2020, the same for a seed.
    static func events(_ range: Range<Int>, seed: UInt64 = 7) -> [CodedEvent] {
        var random = SplitMix64(seed: seed)
        let predicates = ["consults", "supports", "attacks", "threatens", "meets_with", "criticises"]
        return range.map { index in
            let subject = Int(random.next() % 30)
            let object = (subject + 1 + Int(random.next() % 29)) % 30
            let day = FactDate(day: CalendarDay(year: 2016 + Int(random.next() % 5), month: 1 + Int(random.next() % 12), day: 1 + Int(random.next() % 28))!)
            return CodedEvent(
                externalID: "test:\(index)", subject: actor(subject), object: actor(object), predicate: predicates[Int(random.next() % 6)],
                eventCode: nil, goldstein: nil, date: day, role: nil, confidence: 0.5, mentions: index % 7,
                article: Article(origin: .gdelt, source: "wire", url: "https://wire.example/", text: "", identity: "source:wire"),
                evidence: "event \(index)\twith a tab\nand a line")
        }
    }

    @Test func anImportIsStoredOncePerEventInTheYearsPartitions() throws {
        let scratch = try TestPostgres.Scratch()
        defer { scratch.drop() }
        let location = try scratch.location()
        let store = try PostgresGraphStore.open(location)
        let writer = store.eventWriter(vocabulary: .standard)
        let first = try writer.write(Self.events(0..<300), entities: [Self.actor(99)])
        #expect(first.stored == 300 && first.alreadyStored == 0 && first.entitiesAdded == 31)
        // Again, and overlapping: only the new ones are stored, by another writer too (ids 200 to
        // 299 again, with other dates: an id is one event whatever its row says the second time).
        let again = try store.eventWriter(vocabulary: .standard).write(Self.events(200..<400, seed: 8), entities: [])
        #expect(again.stored == 100 && again.alreadyStored == 100)
        let years = try PostgresScratchSchema.rows(
            "SELECT tableoid::regclass::text, count(*) FROM fact GROUP BY 1 ORDER BY 1", at: location)
        #expect(years.map { $0[0] } == ["fact_y2016", "fact_y2017", "fact_y2018", "fact_y2019", "fact_y2020"])
        #expect(years.map { Int($0[1])! }.reduce(0, +) == 400)
        // COPY's text format carried the tab and the line break.
        let evidence = try store.facts(FactFilter(about: "Actor 1", limit: 1))
        #expect(evidence.first?.evidence?.contains("\twith a tab\nand a line") == true)
        #expect(try store.statistics().facts == 400)
    }

    @Test func twoImportersAtOnceStoreEachEventOnce() throws {
        let scratch = try TestPostgres.Scratch()
        defer { scratch.drop() }
        let location = try scratch.location()
        _ = try PostgresGraphStore.open(location)
        let failures = runAtOnce([(0, 0..<600), (1, 300..<900)].map { offset, range in
            (name: "importer \(offset)", run: {
                let writer = try PostgresGraphStore.open(location).eventWriter(vocabulary: .standard)
                // Batches of 100, the two importers interleaved over the events they share.
                for start in stride(from: range.lowerBound, to: range.upperBound, by: 100) {
                    _ = try writer.write(Self.events(start..<start + 100, seed: 7 &+ UInt64(start)), entities: [])
                }
            })
        })
        #expect(failures.isEmpty)
        let counts = try PostgresScratchSchema.rows("SELECT count(*), count(DISTINCT external_id), (SELECT count(*) FROM entity) FROM fact", at: location)
        #expect(counts == [["900", "900", "30"]])
    }

    @Test func aBatchThatFailsStoresNothingAndTheImportStops() throws {
        let scratch = try TestPostgres.Scratch()
        defer { scratch.drop() }
        let store = try scratch.makeStore()
        let writer = store.eventWriter(vocabulary: .standard)
        _ = try writer.write(Self.events(0..<50), entities: [])
        var broken = Self.events(50..<100)
        // The schema's CHECK refuses a confidence above 1: the whole batch is rolled back.
        broken[25].confidence = 2
        #expect(throws: StoreError.self) { try writer.write(broken, entities: [Self.actor(77)]) }
        #expect(try store.statistics().facts == 50)
        #expect(try store.candidates(for: .name("Actor 77")).isEmpty)
        #expect(throws: StoreError.self) { try writer.write(Self.events(100..<110), entities: []) }
    }

    /// Against SQLite's store as the command line opens it, with its adjacency index, whose order
    /// of facts (entity, predicate, date) decides which of equally short paths SHORTEST shows.
    @Test func searchesAnswerAsSQLitesStoreDoes() throws {
        let scratch = try TestPostgres.Scratch()
        defer { scratch.drop() }
        let postgres = try scratch.makeStore()
        let sqlite = try GraphStore.inMemory().withAdjacencyIndex()
        for store in [postgres, sqlite] as [any GraphStoring] {
            _ = try store.eventWriter(vocabulary: .standard).write(Self.events(0..<500), entities: [])
        }
        let queries = (0..<3).flatMap { number in
            [
                #"MATCH ("Actor \#(number)")-[r*1..3]-(b) RETURN DISTINCT b ORDER BY b"#,
                #"MATCH ("Actor \#(number)")-[r:supports*1..2]->(b) RETURN DISTINCT b ORDER BY b"#,
                #"SHORTEST FROM "Actor \#(number)" TO "Actor \#(number + 10)" MAX 4"#,
                #"ALL SHORTEST FROM "Actor \#(number)" TO "Actor \#(number + 5)" VIA attacks|threatens MAX 4"#,
                #"PATHS FROM "Actor \#(number)" TO "Actor \#(number + 3)" MAX 2 LIMIT 20"#,
                #"MATCH p = ("Actor \#(number)")-[:consults*1..2]->(b) RETURN b, p ORDER BY b LIMIT 30"#,
                #"MATCH ("Actor \#(number)")-[r]->(b) DURING 2017..2018-06 RETURN b, count(r) AS n, sum(r.mentions) AS m, collect(DISTINCT r.predicate) AS p ORDER BY n DESC, b"#,
                #"MATCH ("Actor \#(number)")-[r]-(b) WHERE r.date >= 2019-03 AND b.name ENDS WITH '1' RETURN b, r.date, type(r) ORDER BY r.date, b, type(r)"#,
            ]
        }
        for query in queries {
            let fromPostgres = try HandMadeGraph.run(postgres, query)
            let fromSQLite = try HandMadeGraph.run(sqlite, query)
            #expect(HandMadeGraph.strings(fromPostgres) == HandMadeGraph.strings(fromSQLite), "\(query)")
            #expect(!fromSQLite.rows.isEmpty, "\(query) answers nothing: it checks nothing")
        }
        #expect(try postgres.relations(RelationSelection()) == sqlite.relations(RelationSelection()))
        #expect(try postgres.statistics().factsByClass == sqlite.statistics().factsByClass)
    }

    @Test func eachBadServerOrDatabaseIsRefusedInOneLine() throws {
        let scratch = try TestPostgres.Scratch()
        defer { scratch.drop() }
        func refusal(_ location: PostgresLocation, mode: PostgresGraphStore.Mode = .readWrite) -> String {
            do {
                _ = try PostgresGraphStore.open(location, mode: mode)
                return "opened"
            } catch {
                return error.description
            }
        }
        var wrongPassword = scratch.server
        wrongPassword.password = (wrongPassword.password ?? "") + "-not-it"
        #expect(refusal(wrongPassword).contains("the server refused the login"))
        var nowhere = scratch.server
        nowhere.port = 1
        #expect(refusal(nowhere).contains("no PostgreSQL server answers there (connection refused)"))
        // Another application's tables: refused, and nothing written beside them.
        let foreign = try scratch.location()
        try PostgresScratchSchema.execute("CREATE TABLE invoices (id integer PRIMARY KEY)", at: foreign)
        #expect(refusal(foreign).contains("holds another application's tables (invoices)"))
        #expect(try PostgresScratchSchema.rows("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()", at: foreign) == [["1"]])
        // A graph a newer Entente migrated.
        let newer = try scratch.location()
        _ = try PostgresGraphStore.open(newer)
        try PostgresScratchSchema.execute("INSERT INTO entente_migrations (identifier) VALUES ('9999_postgres_future')", at: newer)
        #expect(refusal(newer).contains("written by a newer Entente (migrations 9999_postgres_future)"))
        // A reader never migrates.
        let empty = try scratch.location()
        #expect(refusal(empty, mode: .readOnly).contains("needs an upgrade"))
        for message in [refusal(wrongPassword), refusal(nowhere), refusal(foreign), refusal(newer)] {
            #expect(!message.contains("\n"), "\(message)")
        }
    }
}

/// Runs each job on a thread of its own, all at once, and waits for them: the failures, each
/// named by its job.
func runAtOnce(_ jobs: [(name: String, run: @Sendable () throws -> Void)]) -> [String] {
    let failures = Failures()
    let group = DispatchGroup()
    for job in jobs {
        group.enter()
        Thread {
            defer { group.leave() }
            do { try job.run() } catch { failures.add("\(job.name): \(error)") }
        }.start()
    }
    group.wait()
    return failures.all
}

/// Failures of the threads of `runAtOnce`, gathered.
private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []
    func add(_ message: String) { lock.withLock { messages.append(message) } }
    var all: [String] { lock.withLock { messages } }
}
