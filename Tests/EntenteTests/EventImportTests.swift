import Entente
import Foundation
import GRDB
import Testing

/// GDELT and ICEWS imports on real GDELT rows and on ICEWS-format rows written for the tests.
@Suite struct EventImportTests {
    static func fixture(_ name: String) throws -> String {
        let file = (name as NSString).deletingPathExtension
        let url = try #require(Bundle.module.url(forResource: "Fixtures/events/\(file)", withExtension: "tsv"))
        return url.path
    }

    static func temporaryStore() throws -> (GraphStore, String) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("entente-events-\(UUID().uuidString).sqlite").path
        return (try GraphStore.open(path: path), path)
    }

    /// Runs `body` on a store in a directory of its own, then removes the directory once the store
    /// is closed, so that nothing SQLite writes beside the file on closing is left behind.
    static func withTemporaryStore(_ body: (GraphStore, String) throws -> Void) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("entente-events-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("graph.sqlite").path
        try openAndRun(path, body)
    }

    /// (A function of its own, so that the store is released when it returns, before the directory goes.)
    private static func openAndRun(_ path: String, _ body: (GraphStore, String) throws -> Void) throws {
        try body(try GraphStore.open(path: path), path)
    }

    /// Rows the test itself judges importable: both actors named (code or name), per GDELT's columns.
    static func rowsWithBothActors(_ path: String) throws -> [[Substring]] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
            .filter { fields in (!fields[5].isEmpty || !fields[6].isEmpty) && (!fields[15].isEmpty || !fields[16].isEmpty) }
    }

    static func count(_ path: String, _ sql: String) throws -> Int {
        try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: sql)! }
    }

    @Test func gdeltRowsOfBothVersionsBecomeFactsAndTheRestIsCounted() throws {
        try Self.withTemporaryStore { store, path in
            let v2 = try Self.fixture("gdelt2-slice.tsv")
            let v1 = try Self.fixture("gdelt1-slice.tsv")
            let report = try EventImport(dataset: .gdelt, batchSize: 7).run([v2, v1], into: store)
            // Two rows of POLICE with no place: a generic actor whose country the event does not give.
            let generic = 2
            let expected = try Self.rowsWithBothActors(v2).count + Self.rowsWithBothActors(v1).count - generic
            #expect(report.rowsRead == 60 + 30)
            #expect(report.factsStored == expected)
            #expect(
                report.skipped == [
                    "fewer than two actors (entities kept, no fact)": 90 - expected - generic,
                    "generic actor (police, president…) and no event country": generic,
                ])
            #expect(report.examples.first?.description == "\(v2):1: no Actor1")
            #expect(try Self.count(path, "SELECT count(*) FROM fact WHERE external_id LIKE 'gdelt:%'") == expected)
            // Every version's layout read the right columns: no date or code slipped.
            #expect(try Self.count(path, "SELECT count(*) FROM fact WHERE date_start IS NULL OR event_code IS NULL OR goldstein IS NULL") == 0)
            #expect(try Self.count(path, "SELECT count(*) FROM article WHERE source = 'GDELT 1.0 backfile'") > 0)

            // Putin (RUSGOV) consults Turkey on 2019-10-23, reported from Utah by the Guardian.
            let putin = try #require(try store.facts(about: "Vladimir Putin").first { $0.object == "Turkey" })
            #expect(putin.predicate == "consults" && putin.date == "2019-10-23" && putin.goldstein == 1.0)
            #expect(putin.role == "government" && putin.origin == .gdelt && putin.articleSource == "www.theguardian.com")
            let row = try DatabaseQueue(path: path).read { db in
                try Row.fetchOne(
                    db,
                    sql: """
                        SELECT f.event_code, f.num_mentions, f.num_sources, f.num_articles, p.name, p.latitude, p.longitude
                        FROM fact AS f JOIN entity AS p ON p.id = f.place_id WHERE f.external_id = 'gdelt:881990889'
                        """)
            }
            let place = try #require(row)
            let code: String = place[0]
            let counts: [Int] = [place[1], place[2], place[3]]
            let name: String = place[4]
            let latitude: Double = place[5]
            let longitude: Double = place[6]
            #expect(code == "040" && counts == [2, 1, 2])
            #expect(name == "Utah, United States" && latitude == 40.1135 && longitude == -111.854)
        }
    }

    @Test func importingTwiceAddsNothingAndGzipReadsTheSame() throws {
        try Self.withTemporaryStore { store, path in
            let v2 = try Self.fixture("gdelt2-slice.tsv")
            let first = try EventImport(dataset: .gdelt).run([v2], into: store)
            let facts = try Self.count(path, "SELECT count(*) FROM fact")
            let entities = try Self.count(path, "SELECT count(*) FROM entity")
            let articles = try Self.count(path, "SELECT count(*) FROM article")
            let compressed = FileManager.default.temporaryDirectory.appendingPathComponent("slice-\(UUID().uuidString).tsv.gz").path
            defer { try? FileManager.default.removeItem(atPath: compressed) }
            let gzip = Process()
            gzip.executableURL = URL(fileURLWithPath: "/bin/sh")
            gzip.arguments = ["-c", "gzip -c '\(v2)' > '\(compressed)'"]
            try gzip.run()
            gzip.waitUntilExit()
            let second = try EventImport(dataset: .gdelt).run([compressed], into: store)
            #expect(second.rowsRead == first.rowsRead)
            #expect(second.factsStored == 0 && second.alreadyStored == first.factsStored)
            #expect(try Self.count(path, "SELECT count(*) FROM fact") == facts)
            #expect(try Self.count(path, "SELECT count(*) FROM entity") == entities)
            #expect(try Self.count(path, "SELECT count(*) FROM article") == articles)
        }
    }

    @Test func badLinesAreCountedWithFileAndLineAndTheRestIsImported() throws {
        try Self.withTemporaryStore { store, path in
            let good = try Self.rowsWithBothActors(try Self.fixture("gdelt2-slice.tsv")).prefix(4).map { $0.map(String.init) }
            func row(_ index: Int, id: String, _ change: (inout [String]) -> Void = { _ in }) -> String {
                var fields = good[index]
                fields[0] = id
                change(&fields)
                return fields.joined(separator: "\t")
            }
            var lines = [
                row(0, id: "1"),
                row(1, id: "2") { $0 = Array($0.prefix(30)) },  // truncated
                row(2, id: "3") { $0[26] = "04A" },  // non-numeric code
                row(3, id: "4") { $0[1] = "20191340" },  // impossible date
                row(0, id: "5") { $0[30] = "ten" },  // non-numeric Goldstein
                "",
                row(1, id: "6"),
            ].joined(separator: "\n").utf8.map { $0 }
            lines += Array("\n".utf8) + Array(row(2, id: "7").utf8.prefix(40)) + [0xFF, 0xFE] + Array("\tx\n".utf8)  // not UTF-8
            lines += Array(row(3, id: "8").utf8) + Array("\n".utf8)
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).tsv").path
            defer { try? FileManager.default.removeItem(atPath: file) }
            _ = FileManager.default.createFile(atPath: file, contents: Data(lines))
            let report = try EventImport(dataset: .gdelt).run([file], into: store)
            #expect(report.factsStored == 3)
            #expect(report.examples.map(\.description) == [
                "\(file):2: 30 columns, expected 57 or 58 (GDELT 1.0) or 61 (GDELT 2.0)",
                "\(file):3: event code '04A' is not a CAMEO code (2 to 4 digits)",
                "\(file):4: '20191340' is not a date",
                "\(file):5: GoldsteinScale 'ten' is not a number",
                "\(file):8: the line is not valid UTF-8",
            ])
            #expect(try Self.count(path, "SELECT count(*) FROM fact WHERE external_id IN ('gdelt:1', 'gdelt:6', 'gdelt:8')") == 3)
        }
    }

    @Test func icewsRawEventsKnownByIdAndDateWithNAAsMissing() throws {
        try Self.withTemporaryStore { store, path in
            let file = try Self.fixture("icews-events.tsv")
            let report = try EventImport(dataset: .icews).run([file], into: store)
            #expect(report.rowsRead == 9)
            #expect(report.factsStored == 5)
            #expect(report.examples.map(\.description) == [
                "\(file):6: no Source Name",
                "\(file):8: '2018-06-31' is not a date",
                "\(file):9: event code '19X' is not a CAMEO code (2 to 4 digits)",
                "\(file):10: 20 columns, expected 20 (ICEWS events)".replacingOccurrences(of: "20 columns", with: "6 columns"),
            ])
            // The same Event ID on two dates is two events.
            #expect(try Self.count(path, "SELECT count(*) FROM fact WHERE external_id LIKE 'icews:9000001:%'") == 2)
            let turkey = try store.facts(about: "Turkey")
            #expect(turkey.contains { $0.subject == "Turkey" && $0.predicate == "comments_on" && $0.object == "Russia" && $0.date == "2018-06-01" })
            #expect(turkey.contains { $0.subject == "Russia" && $0.predicate == "offers_cooperation_to" && $0.articleSource == "TASS" })
            // `Police (Kenya)` is Kenya acting as police.
            let kenya = try #require(try store.facts(about: "Kenya").first { $0.predicate == "arrests" })
            #expect(kenya.subject == "Kenya" && kenya.role == "police" && kenya.goldstein == -5.0 && kenya.sentenceIndex == nil)
        }
    }

    @Test func icewsTemporalTriplesMapLabelsToCAMEO() throws {
        try Self.withTemporaryStore { store, path in
            let file = try Self.fixture("icews-kg.tsv")
            let report = try EventImport(dataset: .icews).run([file], into: store)
            #expect(report.factsStored == 5 && report.alreadyStored == 1)
            #expect(report.examples.map(\.description) == ["\(file):7: event text 'Sing loudly' is not a CAMEO label"])
            let codes = try DatabaseQueue(path: path).read { db in
                try String.fetchAll(db, sql: "SELECT predicate || ' ' || event_code FROM fact ORDER BY date_start, id")
            }
            #expect(codes == ["comments_on 010", "consults 040", "criticises 111", "demands 100", "meets_with 044"])
        }
    }

    @Test func importedAndExtractedFactsAnswerTheSameQuery() throws {
        try Self.withTemporaryStore { store, path in
            _ = try EventImport(dataset: .icews).run([try Self.fixture("icews-kg.tsv")], into: store)
            let graph = KnowledgeGraph(store: store)
            _ = try graph.store(
                try #require(
                    try ArticleDecoder.pages(
                        from: Array("Ankara and Moscow\n\nTurkey criticised Russia on Monday.\n".utf8), name: "a.txt", format: .text
                    ).first))
            let compiled = try Planner.compile(
                SourceText(#"MATCH ("Turkey")-[r]->("Russia") RETURN r.predicate, r.origin ORDER BY r.origin"#), resolver: try store.resolver())
            let rows = try store.run(compiled).rows.map { $0.map(\.description) }
            #expect(rows.contains(["comments_on", "icews"]))
            #expect(rows.contains { $0[1] == "article" })
        }
    }
}
