import EntenteModel
import EntenteQuery
import EntenteStore
@testable import EntenteSQLite
import EntenteTestSupport
import Foundation
import GRDB
import Testing

/// A dyad timeline read from the adjacency index (in memory or mapped from its file) must be
/// exactly the one SQL gives, whatever filters it has and whatever happened to the data since
/// the index was built.
@Suite struct TimelineFromIndexTests {
    /// Twelve actors, `range.count` events between them: days and months over five years, Goldstein
    /// scores or none, eight sources (two articles with no publisher, told apart by their hash).
    static func events(_ range: Range<Int>, seed: UInt64 = 11) -> [CodedEvent] {
        var random = SplitMix64(seed: seed)
        let predicates = ["consults", "supports", "attacks", "threatens", "meets_with", "criticises"]
        return range.map { index in
            let subject = Int(random.next() % 12)
            let object = (subject + 1 + Int(random.next() % 11)) % 12
            let year = 2016 + Int(random.next() % 5)
            let month = 1 + Int(random.next() % 12)
            let date = random.next() % 4 == 0
                ? FactDate(year: year, month: month)!
                : FactDate(day: CalendarDay(year: year, month: month, day: 1 + Int(random.next() % 28))!)
            let score: Double? = random.next() % 3 == 0 ? nil : Double(Int(random.next() % 201) - 100) / 10
            let source = Int(random.next() % 8)
            let article = source < 6
                ? Article(origin: .gdelt, source: "wire\(source)", url: "https://wire\(source).example/", text: "", identity: "source:wire\(source)")
                : Article(origin: .gdelt, url: "https://blog.example/\(source)", text: "", identity: "blog:\(source)")
            return CodedEvent(
                externalID: "timeline:\(index)", subject: actor(subject), object: actor(object), predicate: predicates[Int(random.next() % 6)],
                eventCode: nil, goldstein: score, date: date, role: nil, confidence: 0.5, mentions: nil, article: article,
                evidence: "event \(index)")
        }
    }

    static func actor(_ number: Int) -> Entity {
        Entity(name: "Actor \(number)", kind: .actor, type: "state")
    }

    /// The database at `path` with `events` stored (reported, as events are), some made asserted, modal, negated,
    /// undated or domestic (as an ingest or an old import may leave them), and its index file written.
    static func graph(_ path: String, _ events: [CodedEvent]) throws -> GraphStore {
        let store = try GraphStore.open(path: path)
        _ = try EventImporter(store: store).write(events)
        try store.database.write { db in
            try db.execute(sql: "UPDATE fact SET modality = 'asserted' WHERE id % 5 = 1")
            try db.execute(sql: "UPDATE fact SET modality = 'hypothetical' WHERE id % 11 = 2")
            try db.execute(sql: "UPDATE fact SET negated = 1 WHERE id % 13 = 3")
            try db.execute(sql: "UPDATE fact SET date_start = NULL, date_end = NULL, date_precision = NULL, date_reason = NULL WHERE id % 17 = 4")
            try db.execute(sql: "UPDATE fact SET object_id = subject_id WHERE id % 19 = 5")
        }
        #expect(try store.buildAdjacencyIndex().state == .current)
        return store
    }

    /// The questions compared: pairs, each way and both, open or in a window, with and without
    /// domestic facts.
    struct Question: CustomStringConvertible {
        var first: Int
        var second: Int
        var direction: TimelineDirection
        var since: FactDate?
        var until: FactDate?
        var excludeDomestic: Bool

        var description: String {
            "\(first)–\(second) \(direction) \(since?.start.description ?? "…")..\(until?.end.description ?? "…") \(excludeDomestic ? "no domestic" : "")"
        }
    }

    static let questions: [Question] = {
        var questions: [Question] = []
        let windows: [(FactDate?, FactDate?)] = [(nil, nil), (FactDate(year: 2017, month: 3), FactDate(year: 2018, month: 6)), (FactDate(year: 2019), nil)]
        for (first, second) in [(0, 1), (1, 0), (2, 7), (3, 3), (4, 11), (5, 6)] {
            for direction in TimelineDirection.allCases {
                for (since, until) in windows {
                    for excludeDomestic in [false, true] {
                        questions.append(Question(first: first, second: second, direction: direction, since: since, until: until, excludeDomestic: excludeDomestic))
                    }
                }
            }
        }
        return questions
    }()

    /// Each question's entries (in an order of their own: the index's differs from SQL's) and its
    /// timelines by week, month and year, as text.
    static func answers(_ store: GraphStore) throws -> [String] {
        let ids = Dictionary(uniqueKeysWithValues: try store.entities(search: "Actor").map { ($0.name, $0.id) })
        return try questions.map { question in
            guard let first = ids["Actor \(question.first)"], let second = ids["Actor \(question.second)"] else { return "\(question): no such actor" }
            let entries = try store.timelineEntries(
                between: first, and: second, direction: question.direction, since: question.since, until: question.until,
                includeModal: false, excludeDomestic: question.excludeDomestic)
            let listed = entries.map { "\($0.day) \($0.relationClass.rawValue) \($0.goldstein.map { "\($0)" } ?? "-") \($0.source) \($0.modality)" }.sorted()
            guard let earliest = entries.map(\.day).min(), let latest = entries.map(\.day).max() else { return "\(question): none" }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let timelines = try [Timeline.Bucket.week, .month, .year].map { bucket in
                let timeline = Timeline(entries, by: bucket, from: question.since?.start ?? earliest, to: question.until?.end ?? latest)
                return String(decoding: try encoder.encode(timeline), as: UTF8.self)
            }
            return "\(question)\n" + listed.joined(separator: "\n") + "\n" + timelines.joined(separator: "\n")
        }
    }

    /// Each question as a TIMELINE query (both ways, or DIRECTED from the side the facts leave;
    /// domestic facts left out by the planner's option) by week, month and year, with its answer.
    static func queryAnswers(_ store: GraphStore) throws -> [String] {
        let resolver = try store.resolver()
        return try questions.flatMap { question in
            let (from, to) = question.direction == .in ? (question.second, question.first) : (question.first, question.second)
            var scope = question.since.map { " SINCE \($0)" } ?? ""
            if let until = question.until { scope += " UNTIL \(until)" }
            return try ["week", "month", "year"].map { bucket in
                let text = #"TIMELINE "Actor \#(from)" AND "Actor \#(to)""# + (question.direction == .both ? "" : " DIRECTED") + " BY \(bucket)" + scope
                let compiled = try Planner.compile(SourceText(text), resolver: resolver, options: .init(excludeDomestic: question.excludeDomestic))
                let result = try store.run(compiled)
                // Every value as it is, scores to the last bit: the index must give SQL's answer exactly.
                return "\(text)\(question.excludeDomestic ? " (no domestic)" : "")\n"
                    + result.rows.map { row in row.map { value in
                        if case .double(let number) = value { return "\(number.bitPattern)" }
                        return value.description
                    }.joined(separator: " ") }.joined(separator: "\n")
            }
        }
    }

    @Test func aTimelineQueryCountedFromTheIndexIsSQLs() throws {
        let directory = try Scratch()
        defer { directory.remove() }
        let path = directory.path("graph.sqlite")
        _ = try Self.graph(path, Self.events(0..<1_500))
        let expected = try Self.queryAnswers(try GraphStore.open(path: path, mode: .readOnly))
        let mapped = try Self.fresh(path)
        let answers = try Self.queryAnswers(mapped)
        #expect(mapped.adjacency?.lastOrigin == .mapped)
        for (answer, sql) in zip(answers, expected) where answer != sql {
            Issue.record("index and SQL differ:\n\(answer)\n--- SQL:\n\(sql)")
        }
        #expect(answers.count == expected.count)
        // Most answers have rows, with scores: an empty answer on both sides would prove nothing.
        #expect(expected.filter { $0.contains("\n") }.count > expected.count * 2 / 3)
        // An index built in memory by a search answers the same.
        let store = try GraphStore.open(path: path, mode: .readOnly).withAdjacencyIndex()
        _ = try HandMadeGraph.run(store, #"MATCH ("Actor 0")-[r*1..2]-(b) RETURN DISTINCT b"#)
        #expect(store.adjacency?.lastOrigin == .built)
        #expect(try Self.queryAnswers(store) == expected)
    }

    /// A new process's store: read-only, mapping the file when it is current.
    static func fresh(_ path: String) throws -> GraphStore {
        try GraphStore.open(path: path, mode: .readOnly).withPersistedAdjacencyIndex()
    }

    /// The answers of a store with no index at all: SQL's.
    static func sql(_ path: String) throws -> [String] {
        try answers(try GraphStore.open(path: path, mode: .readOnly))
    }

    @Test func theMappedFileGivesSQLsTimelines() throws {
        let directory = try Scratch()
        defer { directory.remove() }
        let path = directory.path("graph.sqlite")
        _ = try Self.graph(path, Self.events(0..<1_500))
        let expected = try Self.sql(path)
        let mapped = try Self.fresh(path)
        let answers = try Self.answers(mapped)
        #expect(mapped.adjacency?.lastOrigin == .mapped)
        for (answer, sql) in zip(answers, expected) where answer != sql {
            Issue.record("index and SQL differ:\n\(answer)\n--- SQL:\n\(sql)")
        }
        // Most questions have facts: an empty answer on both sides would prove nothing.
        #expect(expected.filter { !$0.hasSuffix(": none") }.count > Self.questions.count * 2 / 3)
        // The modal, negated and undated facts are in the data and left out of both.
        let counts = try mapped.database.read { db in
            try Row.fetchOne(
                db, sql: "SELECT sum(modality = 'reported') * sum(modality = 'asserted'), sum(modality = 'hypothetical'), sum(negated), sum(date_start IS NULL) FROM fact")!
        }
        #expect((0..<4).allSatisfy { (counts[$0] as Int? ?? 0) > 0 })
    }

    @Test func anIndexBuiltInMemoryGivesSQLsTimelinesAndTheModalOnesStayInSQL() throws {
        let directory = try Scratch()
        defer { directory.remove() }
        let path = directory.path("graph.sqlite")
        _ = try Self.graph(path, Self.events(0..<800))
        let store = try GraphStore.open(path: path, mode: .readOnly).withAdjacencyIndex()
        // No search has built the index yet: the timeline reads SQL and builds nothing.
        _ = try Self.answers(store)
        #expect(store.adjacency?.lastOrigin == nil)
        _ = try HandMadeGraph.run(store, #"MATCH ("Actor 0")-[r*1..2]-(b) RETURN DISTINCT b"#)
        #expect(store.adjacency?.lastOrigin == .built)
        #expect(try Self.answers(store) == (try Self.sql(path)))
        // With modal facts the timeline is SQL's: the index holds none.
        let plain = try GraphStore.open(path: path, mode: .readOnly)
        let ids = Dictionary(uniqueKeysWithValues: try store.entities(search: "Actor").map { ($0.name, $0.id) })
        var modal = 0
        for number in 0..<11 {
            let (first, second) = (ids["Actor \(number)"]!, ids["Actor \(number + 1)"]!)
            func listed(_ store: GraphStore) throws -> [String] {
                try store.timelineEntries(between: first, and: second, direction: .both, since: nil, until: nil, includeModal: true, excludeDomestic: false)
                    .map { "\($0.day) \($0.goldstein ?? 99) \($0.source) \($0.modality)" }.sorted()
            }
            let entries = try listed(store)
            #expect(entries == (try listed(plain)))
            modal += entries.filter { $0.hasSuffix("hypothetical") }.count
        }
        #expect(modal > 0)
    }

    @Test func factsImportedOrIngestedAfterTheBuildAreCounted() throws {
        let directory = try Scratch()
        defer { directory.remove() }
        let path = directory.path("graph.sqlite")
        let store = try Self.graph(path, Self.events(0..<600))
        let before = try Self.sql(path)
        let reader = try Self.fresh(path)
        _ = try Self.answers(reader)
        _ = try EventImporter(store: store).write(Self.events(600..<1_200, seed: 12))
        _ = try store.ingest(Fixture.mediation)
        // The index in memory, extended with the facts appended since.
        #expect(try Self.answers(reader) == (try Self.sql(path)))
        #expect(try Self.answers(reader) != before)
        // A new process maps the file and reads the appended facts from SQL.
        let next = try Self.fresh(path)
        #expect(try Self.answers(next) == (try Self.sql(path)))
        #expect(next.adjacency?.lastOrigin == .extended)
    }

    @Test func aDeletionOrAMergeIsNeverAnsweredFromTheOldIndex() throws {
        let directory = try Scratch()
        defer { directory.remove() }
        let path = directory.path("graph.sqlite")
        let store = try Self.graph(path, Self.events(0..<800))
        let reader = try Self.fresh(path)
        let before = try Self.answers(reader)

        try store.database.write { db in try db.execute(sql: "DELETE FROM fact WHERE id % 3 = 0") }
        let afterDelete = try Self.answers(reader)
        #expect(afterDelete == (try Self.sql(path)))
        #expect(afterDelete != before)

        let rows = try store.entities(search: "Actor")
        _ = try store.merge(try #require(rows.first { $0.name == "Actor 11" }), into: try #require(rows.first { $0.name == "Actor 4" }))
        #expect(try Self.answers(reader) == (try Self.sql(path)))
        // Once a search rebuilt the file, a new process maps it and still agrees.
        try store.buildAdjacencyIndex()
        let next = try Self.fresh(path)
        #expect(try Self.answers(next) == (try Self.sql(path)))
        #expect(next.adjacency?.lastOrigin == .mapped)
    }

    /// A fact between Actor 0 and Actor 1 that the timeline counts, whose source is not `wire0`.
    static let counted = """
        (SELECT f.id FROM fact AS f JOIN article AS a ON a.id = f.article_id
         WHERE f.subject_id = (SELECT id FROM entity WHERE name = 'Actor 0') AND f.object_id = (SELECT id FROM entity WHERE name = 'Actor 1')
           AND f.negated = 0 AND f.modality IN ('asserted', 'reported') AND f.date_start IS NOT NULL AND coalesce(a.source, '') <> 'wire0'
         ORDER BY f.id LIMIT 1)
        """

    @Test(arguments: [
        "UPDATE fact SET goldstein = 9.75 WHERE id = \(TimelineFromIndexTests.counted)",
        "UPDATE fact SET article_id = (SELECT id FROM article WHERE source = 'wire0') WHERE id = \(TimelineFromIndexTests.counted)",
        "UPDATE predicate SET goldstein = -3.25",
        "UPDATE article SET source = 'wire0' WHERE source = 'wire1'",
    ])
    func aChangeToWhatATimelineReadsMakesTheFileStale(_ change: String) throws {
        let directory = try Scratch()
        defer { directory.remove() }
        let path = directory.path("graph.sqlite")
        let store = try Self.graph(path, Self.events(0..<400))
        let before = try Self.sql(path)
        try store.database.write { db in try db.execute(sql: change) }
        #expect(try store.adjacencyIndexStatus().state == .stale)
        let after = try Self.sql(path)
        #expect(after != before, "the change should change a timeline: \(change)")
        #expect(try Self.answers(try Self.fresh(path)) == after)
    }

    @Test func aCrashedImportLeavesTimelinesThatMatchSQL() throws {
        let directory = try Scratch()
        defer { directory.remove() }
        let path = directory.path("graph.sqlite")
        let store = try Self.graph(path, Self.events(0..<500))
        // What a killed import leaves: the batches it committed after the file was written, and
        // the half-written temporary file of the index build it did not finish.
        for batch in stride(from: 500, to: 900, by: 100) {
            _ = try EventImporter(store: store).write(Self.events(batch..<batch + 100, seed: UInt64(batch)))
        }
        let temporary = AdjacencyIndexFile(besideDatabase: path).path + ".tmp-4242-1"
        try Data("EntAdjIx half a file".utf8).write(to: URL(fileURLWithPath: temporary))
        let reader = try Self.fresh(path)
        #expect(try Self.answers(reader) == (try Self.sql(path)))
        #expect(reader.adjacency?.lastOrigin == .extended)
        // A file cut short by the crash is refused; SQL answers, the same.
        try AdjacencyIndexFileTests.damage(AdjacencyIndexFile(besideDatabase: path).path) { $0.removeLast(100) }
        let afterDamage = try Self.fresh(path)
        #expect(try Self.answers(afterDamage) == (try Self.sql(path)))
        #expect(afterDamage.adjacency?.lastOrigin == nil)
    }

    @Test func theFileReadsBackWhatATimelineNeeds() throws {
        let directory = try Scratch()
        defer { directory.remove() }
        let path = directory.path("graph.sqlite")
        let store = try Self.graph(path, Self.events(0..<300))
        let (index, _) = try AdjacencyIndexFile(besideDatabase: path).read()
        let built = try store.database.read { db in try AdjacencyIndex.build(db) }
        #expect(index.scores == built.scores && index.sources == built.sources && index.modalities == built.modalities)
        #expect(index.sourceNames == built.sourceNames)
        // One name per source of the facts it holds, publishers and articles without one alike.
        let sources = try store.database.read { db in
            try String.fetchSet(db, sql: """
                SELECT DISTINCT coalesce(a.source, a.content_hash) FROM fact AS f JOIN article AS a ON a.id = f.article_id
                WHERE f.negated = 0 AND f.modality IN ('asserted', 'reported')
                """)
        }
        #expect(Set(index.sourceNames) == sources && index.sourceNames.count == sources.count)
        #expect(sources.count == 8)
        // Every predicate of these facts has a score of its own, so no fact is without one.
        #expect(!index.scores.contains(AdjacencyIndex.noScore) && index.modalities.contains(1) && index.modalities.contains(0))
    }
}
