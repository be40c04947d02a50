import EntenteModel
import EntenteQuery
import EntenteStore
@testable import EntenteSQLite
import EntenteTestSupport
import Foundation
import GRDB
import Testing

/// The adjacency index file beside a database: a new process's searches answer from it exactly as
/// SQL does, and it is refused whenever it was not built from the data stored now or is not whole.
@Suite struct AdjacencyIndexFileTests {
    /// Thirty actors and `count` events between them, deterministic: varied predicates (so that
    /// class filters matter), dates over five years, a few facts negated afterwards.
    static func events(_ range: Range<Int>, seed: UInt64 = 7) -> [CodedEvent] {
        var random = SplitMix64(seed: seed)
        let predicates = ["consults", "supports", "attacks", "threatens", "meets_with", "criticises"]
        return range.map { index in
            let subject = Int(random.next() % 30)
            let object = (subject + 1 + Int(random.next() % 29)) % 30
            let day = FactDate(day: CalendarDay(year: 2016 + Int(random.next() % 5), month: 1 + Int(random.next() % 12), day: 1 + Int(random.next() % 28))!)
            return CodedEvent(
                externalID: "test:\(index)", subject: actor(subject), object: actor(object), predicate: predicates[Int(random.next() % 6)],
                eventCode: nil, goldstein: nil, date: day, role: nil, confidence: 0.5, mentions: nil,
                article: Article(origin: .gdelt, source: "wire", url: "https://wire.example/", text: "", identity: "source:wire"),
                evidence: "event \(index)")
        }
    }

    static func actor(_ number: Int) -> Entity {
        Entity(name: "Actor \(number)", kind: .actor, type: "state")
    }

    /// The searches compared, each on a few origins: undirected and directed reachable sets, a class
    /// filter, a date window, shortest paths and PATHS.
    static let searches: [String] = (0..<4).flatMap { number in
        [
            #"MATCH ("Actor \#(number)")-[r*1..3]-(b) RETURN DISTINCT b"#,
            #"MATCH ("Actor \#(number)")-[r*1..2]->(b) RETURN DISTINCT b"#,
            #"MATCH ("Actor \#(number)")-[r:supports*1..3]-(b) RETURN DISTINCT b"#,
            #"MATCH ("Actor \#(number)")-[r*1..3]-(b) DURING 2018..2019 RETURN DISTINCT b"#,
            #"SHORTEST FROM "Actor \#(number)" TO "Actor \#(number + 10)" MAX 4 DIRECTED"#,
            #"ALL SHORTEST FROM "Actor \#(number)" TO "Actor \#(number + 20)" MAX 3"#,
            #"PATHS FROM "Actor \#(number)" TO "Actor \#(number + 5)" MAX 2 LIMIT 20"#,
        ]
    }

    /// Every search's rows, as text, on `store`. SHORTEST returns one of the shortest paths, and
    /// which one SQL finds first depends on the index SQLite picks for a step: unless `exact`, its
    /// answer is the number of hops, which every source must agree on.
    static func answers(_ store: GraphStore, _ searches: [String] = searches, exact: Bool = false) throws -> [[[String]]] {
        try searches.map { text in
            let options = Planner.Options(maxRows: 100_000, maxExpansions: 10_000_000)
            let rows = HandMadeGraph.strings(try HandMadeGraph.run(store, text, options: options))
            guard !exact, text.hasPrefix("SHORTEST") else { return rows }
            return rows.map { row in row.map { "\($0.components(separatedBy: " · ").count) hops" } }
        }
    }

    /// A new process's view of the database: a fresh read-only store that maps the file.
    static func fresh(_ path: String) throws -> GraphStore {
        try GraphStore.open(path: path, mode: .readOnly).withPersistedAdjacencyIndex()
    }

    /// The database at `path` with `events` stored and its index file written.
    static func graph(_ path: String, _ events: [CodedEvent]) throws -> GraphStore {
        let store = try GraphStore.open(path: path)
        _ = try EventImporter(store: store).write(events)
        #expect(try store.buildAdjacencyIndex().state == .current)
        return store
    }

    // MARK: - Exact answers

    @Test func aNewProcessMapsTheFileAndAnswersExactlyAsSQL() throws {
        let directory = try Scratch()
        defer { directory.remove() }
        let path = directory.path("graph.sqlite")
        let store = try Self.graph(path, Self.events(0..<600))
        let status = try store.adjacencyIndexStatus()
        #expect(status.facts == 600 && status.entities == 31)

        let mapped = try Self.fresh(path)
        let answers = try Self.answers(mapped)
        #expect(mapped.adjacency?.lastOrigin == .mapped)
        #expect(answers == (try Self.answers(store)))
        // Exactly the in-memory index's answers, the one path SHORTEST picks included.
        let inMemory = try GraphStore.open(path: path, mode: .readOnly).withAdjacencyIndex()
        #expect(try Self.answers(mapped, exact: true) == (try Self.answers(inMemory, exact: true)))
        // The searches found something: an empty answer on both sides would prove nothing.
        #expect(answers.filter { !$0.isEmpty }.count > Self.searches.count / 2)
    }

    @Test func factsAppendedAfterTheBuildAreReadFromSQLAndWrittenBack() throws {
        let directory = try Scratch()
        defer { directory.remove() }
        let path = directory.path("graph.sqlite")
        let store = try Self.graph(path, Self.events(0..<300))
        let before = try Self.answers(store)
        _ = try EventImporter(store: store).write(Self.events(300..<600, seed: 8))
        #expect(try store.adjacencyIndexStatus().state == .behind(newerFactIDs: 300))

        let mapped = try Self.fresh(path)
        let answers = try Self.answers(mapped)
        #expect(mapped.adjacency?.lastOrigin == .extended)
        #expect(answers == (try Self.answers(store)))
        #expect(answers != before)
        // The first search wrote the extended index back: the next process maps it as it is.
        #expect(try store.adjacencyIndexStatus().state == .current)
        let next = try Self.fresh(path)
        #expect(try Self.answers(next) == answers)
        #expect(next.adjacency?.lastOrigin == .mapped)
    }

    @Test func anIngestedArticleBringsTheFileBehindNotStale() throws {
        let directory = try Scratch()
        defer { directory.remove() }
        let path = directory.path("graph.sqlite")
        let store = try Self.graph(path, Self.events(0..<200))
        _ = try store.ingest(Fixture.mediation)
        guard case .behind = try store.adjacencyIndexStatus().state else {
            Issue.record("an ingest only appends facts: \(try store.adjacencyIndexStatus().state)")
            return
        }
        let mapped = try Self.fresh(path)
        let text = #"MATCH ("Russia")-[r*1..2]-(b) RETURN DISTINCT b"#
        let answer = HandMadeGraph.strings(try HandMadeGraph.run(mapped, text))
        #expect(mapped.adjacency?.lastOrigin == .extended)
        #expect(answer == HandMadeGraph.strings(try HandMadeGraph.run(store, text)))
        #expect(answer.contains(["Turkey"]))
    }

    // MARK: - Stale

    @Test func aMergeMakesTheFileStaleAndTheNextSearchRebuildsIt() throws {
        let directory = try Scratch()
        defer { directory.remove() }
        let path = directory.path("graph.sqlite")
        let store = try Self.graph(path, Self.events(0..<400))
        let before = try Self.answers(store)
        let rows = try store.entities(search: "Actor")
        let merged = try #require(rows.first { $0.name == "Actor 1" })
        let kept = try #require(rows.first { $0.name == "Actor 2" })
        _ = try store.merge(merged, into: kept)
        #expect(try store.adjacencyIndexStatus().state == .stale)

        // Searches from "Actor 1" are left out on both sides: it is a name of "Actor 2" now.
        let searches = Self.searches.filter { !$0.contains(#""Actor 1""#) }
        let rebuilt = try Self.fresh(path)
        let answers = try Self.answers(rebuilt, searches)
        #expect(rebuilt.adjacency?.lastOrigin == .built)
        #expect(answers == (try Self.answers(store, searches)))
        // The merge changed answers: a file trusted as it was would have given the old ones.
        let beforeKept = before.indices.filter { !Self.searches[$0].contains(#""Actor 1""#) }.map { before[$0] }
        #expect(answers != beforeKept)
        #expect(try store.adjacencyIndexStatus().state == .current)
    }

    @Test func aDeletedFactIsNeverFollowedFromAStaleFile() throws {
        let directory = try Scratch()
        defer { directory.remove() }
        let path = directory.path("graph.sqlite")
        let store = try GraphStore.open(path: path)
        _ = try EventImporter(store: store).write([
            CodedEvent.simple(1, "Actor 0", "Actor 1"), CodedEvent.simple(2, "Actor 1", "Actor 2"),
        ])
        try store.buildAdjacencyIndex()
        let text = #"MATCH ("Actor 0")-[r*1..2]-(b) RETURN DISTINCT b"#
        #expect(HandMadeGraph.strings(try HandMadeGraph.run(try Self.fresh(path), text)) == [["Actor 1"], ["Actor 2"]])

        try store.database.write { db in try db.execute(sql: "DELETE FROM fact WHERE external_id = ?", arguments: ["test:2"]) }
        #expect(try store.adjacencyIndexStatus().state == .stale)
        let reader = try Self.fresh(path)
        #expect(HandMadeGraph.strings(try HandMadeGraph.run(reader, text)) == [["Actor 1"]])
        #expect(reader.adjacency?.lastOrigin == .built)
    }

    @Test func aNewFactBelowTheHighestIdAfterADeleteStillMakesItStale() throws {
        let directory = try Scratch()
        defer { directory.remove() }
        let path = directory.path("graph.sqlite")
        let store = try GraphStore.open(path: path)
        _ = try EventImporter(store: store).write([CodedEvent.simple(1, "Actor 0", "Actor 1"), CodedEvent.simple(2, "Actor 1", "Actor 2")])
        try store.buildAdjacencyIndex()
        // The same highest id and the same count of facts, other facts: only the generation tells.
        try store.database.write { db in
            try db.execute(sql: "UPDATE fact SET object_id = (SELECT id FROM entity WHERE name = ?) WHERE external_id = ?", arguments: ["Actor 0", "test:2"])
        }
        #expect(try store.adjacencyIndexStatus().state == .stale)
        let reader = try Self.fresh(path)
        let text = #"MATCH ("Actor 0")-[r*1..2]-(b) RETURN DISTINCT b"#
        #expect(HandMadeGraph.strings(try HandMadeGraph.run(reader, text)) == [["Actor 1"]])
        #expect(reader.adjacency?.lastOrigin == .built)
    }

    @Test func aChangeToAColumnTheIndexDoesNotHoldLeavesItCurrent() throws {
        let directory = try Scratch()
        defer { directory.remove() }
        let path = directory.path("graph.sqlite")
        let store = try Self.graph(path, Self.events(0..<50))
        try store.database.write { db in try db.execute(sql: "UPDATE fact SET confidence = 0.9") }
        #expect(try store.adjacencyIndexStatus().state == .current)
        try store.database.write { db in try db.execute(sql: "UPDATE fact SET negated = 1 WHERE id = 1") }
        #expect(try store.adjacencyIndexStatus().state == .stale)
    }

    @Test func anotherDatabaseWithTheSameFactsDoesNotUseTheFile() throws {
        let directory = try Scratch()
        defer { directory.remove() }
        let first = directory.path("first.sqlite")
        let second = directory.path("second.sqlite")
        _ = try Self.graph(first, Self.events(0..<100))
        _ = try Self.graph(second, Self.events(0..<100, seed: 9))
        // The file of one database copied beside the other, both 100 facts, ids 1…100.
        try FileManager.default.removeItem(atPath: second + ".adjacency")
        try FileManager.default.copyItem(atPath: first + ".adjacency", toPath: second + ".adjacency")
        let store = try GraphStore.open(path: second, mode: .readOnly)
        #expect(try store.adjacencyIndexStatus().state == .stale)
    }

    // MARK: - Damaged

    /// The file's bytes after `change`, with the checksum put right again when `reseal` (so only
    /// the check under test can refuse it).
    static func damage(_ path: String, reseal: Bool = false, _ change: (inout [UInt8]) -> Void) throws {
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        change(&bytes)
        if reseal {
            let checksum = AdjacencyIndexFile.checksum(bytes)
            withUnsafeBytes(of: checksum) { bytes.replaceSubrange(56..<64, with: $0) }
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    static let damages: [(name: String, reseal: Bool, change: @Sendable (inout [UInt8]) -> Void)] = [
        ("truncated", false, { $0.removeLast(12) }),
        ("cut to half its header", false, { $0.removeLast($0.count - 32) }),
        ("empty", false, { $0.removeAll() }),
        ("a byte flipped in the slices", false, { $0[$0.count / 2] ^= 0x01 }),
        ("a byte flipped in the fingerprint", false, { $0[20] ^= 0x80 }),
        ("a byte flipped in the last word", false, { $0[$0.count - 1] ^= 0x40 }),
        ("wrong magic", true, { $0[0] = UInt8(ascii: "X") }),
        ("another format version", true, { $0[8] = 9 }),
        ("extended", true, { $0 += [UInt8](repeating: 0, count: 8) }),
        ("an entity out of range", true, { bytes in
            // The first subject, right after the 64-byte header and the fact ids, made huge.
            let facts = Int(bytes[40]) | Int(bytes[41]) << 8
            bytes[64 + facts * 8 + 3] = 0x7f
        }),
    ]

    @Test(arguments: 0..<damages.count)
    func aDamagedFileIsRefusedAndRebuilt(_ which: Int) throws {
        let damage = Self.damages[which]
        let directory = try Scratch()
        defer { directory.remove() }
        let path = directory.path("graph.sqlite")
        let store = try Self.graph(path, Self.events(0..<300))
        let expected = try Self.answers(store)
        let file = AdjacencyIndexFile(besideDatabase: path)
        try Self.damage(file.path, reseal: damage.reseal, damage.change)

        #expect(throws: AdjacencyIndexFile.Refusal.self, "\(damage.name)") { try file.read() }
        guard case .damaged = try store.adjacencyIndexStatus().state else {
            Issue.record("\(damage.name): \(try store.adjacencyIndexStatus().state)")
            return
        }
        let reader = try Self.fresh(path)
        #expect(try Self.answers(reader) == expected, "\(damage.name)")
        #expect(reader.adjacency?.lastOrigin == .built, "\(damage.name)")
        #expect(try store.adjacencyIndexStatus().state == .current, "\(damage.name)")
    }

    @Test func theUndamagedFileReadsBackAsItWasWritten() throws {
        let directory = try Scratch()
        defer { directory.remove() }
        let path = directory.path("graph.sqlite")
        let store = try Self.graph(path, Self.events(0..<300))
        let (index, fingerprint) = try AdjacencyIndexFile(besideDatabase: path).read()
        let built = try store.database.read { db in try AdjacencyIndex.build(db) }
        #expect(index.factIDs == built.factIDs && index.outEdges == built.outEdges && index.inStart == built.inStart)
        #expect(index.predicateNames == built.predicateNames && index.predicateClasses == built.predicateClasses)
        #expect(fingerprint == (try store.database.read { db in try AdjacencyFingerprint.read(db) }))
        #expect(fingerprint.maxFactID == 300)
    }

    // MARK: - Crashes while writing

    @Test func aHalfWrittenTemporaryFileIsIgnored() throws {
        let directory = try Scratch()
        defer { directory.remove() }
        let path = directory.path("graph.sqlite")
        let store = try Self.graph(path, Self.events(0..<300))
        let file = AdjacencyIndexFile(besideDatabase: path)
        let whole = try Data(contentsOf: URL(fileURLWithPath: file.path))
        // A build killed before its rename: the temporary file holds the first half, no file is final.
        let temporary = file.path + ".tmp-999-1"
        try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: temporary))
        try FileManager.default.removeItem(atPath: file.path)
        #expect(try store.adjacencyIndexStatus().state == .absent)

        let reader = try Self.fresh(path)
        #expect(try Self.answers(reader) == (try Self.answers(store)))
        #expect(reader.adjacency?.lastOrigin == .built)
        // Beside a whole file, the temporary one changes nothing either.
        let next = try Self.fresh(path)
        _ = try Self.answers(next)
        #expect(next.adjacency?.lastOrigin == .mapped)
        // Dropping the index takes the leftover with it.
        #expect(store.dropAdjacencyIndex())
        #expect(!FileManager.default.fileExists(atPath: temporary) && !FileManager.default.fileExists(atPath: file.path))
        #expect(!store.dropAdjacencyIndex())
    }

    @Test func aFileThatCannotBeWrittenFailsTheBuildButNoSearch() throws {
        let directory = try Scratch()
        defer { directory.remove() }
        let path = directory.path("graph.sqlite")
        let store = try Self.graph(path, Self.events(0..<200))
        let expected = try Self.answers(store)
        // A folder where the file should be: the rename over it fails, whoever tries.
        let file = AdjacencyIndexFile(besideDatabase: path)
        try FileManager.default.removeItem(atPath: file.path)
        try FileManager.default.createDirectory(atPath: file.path, withIntermediateDirectories: false)

        let error = try #require(throws: StoreError.self) { try store.buildAdjacencyIndex() }
        #expect(error.description.hasPrefix("\(file.path): the adjacency index cannot be written: "))
        guard case .damaged = try store.adjacencyIndexStatus().state else {
            Issue.record("a folder is not an index file: \(try store.adjacencyIndexStatus().state)")
            return
        }
        let reader = try Self.fresh(path)
        #expect(try Self.answers(reader) == expected)
        #expect(reader.adjacency?.lastOrigin == .built)
        // No temporary file is left behind by the failed writes.
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path(""))
        #expect(names.filter { $0.contains(".tmp-") }.isEmpty, "\(names)")
    }

    @Test func withoutTheFileSearchesRunAndAnswerTheSame() throws {
        let directory = try Scratch()
        defer { directory.remove() }
        let path = directory.path("graph.sqlite")
        let store = try Self.graph(path, Self.events(0..<300))
        let expected = try Self.answers(try Self.fresh(path))
        #expect(store.dropAdjacencyIndex())
        #expect(try Self.answers(try GraphStore.open(path: path, mode: .readOnly)) == expected)
    }
}

extension CodedEvent {
    /// One event between two actors of `AdjacencyIndexFileTests.actor`, on 2019-10-01.
    static func simple(_ id: Int, _ subject: String, _ object: String) -> CodedEvent {
        CodedEvent(
            externalID: "test:\(id)", subject: Entity(name: subject, kind: .actor, type: "state"),
            object: Entity(name: object, kind: .actor, type: "state"), predicate: "consults", eventCode: nil, goldstein: nil,
            date: FactDate(day: CalendarDay(year: 2019, month: 10, day: 1)!), role: nil, confidence: 0.5, mentions: nil,
            article: Article(origin: .gdelt, source: "wire", url: "https://wire.example/", text: "", identity: "source:wire"),
            evidence: "Consult")
    }
}
