import Foundation
import GRDB
import Testing
import EntenteTestSupport

/// The bad-input catalogue of `docs/bad-input.md`, case by case: each gets its message, its
/// exit code, and leaves what is stored exactly as it was.
@Suite struct BadInputCatalogueTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var id: String
        /// Builds the command in a scratch directory holding `graph.sqlite`; returns its arguments.
        var arguments: @Sendable (Scratch, String) throws -> [String]
        var status: Int32
        var message: String
        var environment: [String: String] = [:]
        var testDescription: String { id }
    }

    static let graphFacts = QueryCommandTests.facts
    static let gdeltRow = try! String(contentsOf: URL(fileURLWithPath: ConcurrencyTests.fixture), encoding: .utf8)
        .split(separator: "\n")[8]

    static let cases: [Case] = [
        // Files
        Case(id: "F1 missing file", arguments: { s, db in ["ingest", "--db", db, s.path("nowhere.txt")] }, status: 1,
             message: "nowhere.txt: no such file or directory"),
        Case(id: "F2 empty file", arguments: { s, db in ["ingest", "--db", db, try s.write("empty.txt", "")] }, status: 1,
             message: "empty.txt:1: empty file: no article to read"),
        Case(id: "F3 binary file", arguments: { s, db in
            let path = s.path("photo.txt")
            _ = FileManager.default.createFile(atPath: path, contents: Data([0xFF, 0xD8, 0xFF, 0x00, 0x10, 0x4A]))
            return ["ingest", "--db", db, path]
        }, status: 1, message: "photo.txt:1: binary file (it contains NUL bytes), not an article"),
        Case(id: "F4 invalid UTF-8", arguments: { s, db in
            let path = s.path("latin1.txt")
            _ = FileManager.default.createFile(atPath: path, contents: Data("Title\n\nTurkey met Russia in K".utf8 + [0xF6] + "ln.\n".utf8))
            return ["ingest", "--db", db, path]
        }, status: 1, message: "latin1.txt:3: not valid UTF-8 (byte 0xF6 at column 23)"),
        Case(id: "F5 directory without articles", arguments: { s, db in
            try FileManager.default.createDirectory(atPath: s.path("nothing"), withIntermediateDirectories: true)
            return ["ingest", "--db", db, s.path("nothing")]
        }, status: 1, message: "nothing: no article files in this directory"),
        Case(id: "F6 JSON article without text", arguments: { s, db in ["ingest", "--db", db, try s.write("a.json", #"{"title": "x"}"#)] },
             status: 1, message: #"a.json:1: the article has no "text" field"#),
        Case(id: "F7 JSON Lines with a broken line", arguments: { s, db in
            ["ingest", "--db", db, try s.write("b.jsonl", "{\"title\": \"a\", \"text\": \"Turkey met Iran.\"}\n{\"title\": \"b\", \"text\n")]
        }, status: 1, message: "b.jsonl:2:"),
        Case(id: "F8 triples CSV with a short row", arguments: { s, db in
            ["import", "triples", "--db", db, try s.write("t.csv", "subject,subject_kind,predicate,object,object_kind,date\nIran,actor,supports,Syria,actor\n")]
        }, status: 1, message: "t.csv:2: expected 6 fields, found 5"),
        Case(id: "F9 triples with an unknown predicate", arguments: { s, db in
            ["import", "triples", "--db", db, try s.write("t.jsonl", #"{"subject": "Iran", "subject_kind": "actor", "predicate": "befriends", "object": "Syria", "object_kind": "actor", "date": "2017"}"# + "\n")]
        }, status: 1, message: "t.jsonl:1: unknown predicate 'befriends'"),
        Case(id: "F10 GDELT rows of the wrong width", arguments: { s, db in
            ["import", "gdelt", "--db", db, try s.write("g.tsv", gdeltRow.split(separator: "\t").prefix(30).joined(separator: "\t") + "\n")]
        }, status: 0, message: "g.tsv:1: 30 columns, expected 57 or 58 (GDELT 1.0) or 61 (GDELT 2.0)"),
        Case(id: "F11 truncated gzip", arguments: { s, db in
            let path = s.path("cut.tsv.gz")
            _ = FileManager.default.createFile(atPath: path, contents: Data([0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x2B, 0x49]))
            return ["import", "gdelt", "--db", db, path]
        }, status: 1, message: "cut.tsv.gz: the gzip stream ends before its end (a truncated file?)"),
        Case(id: "F12 GDELT row with a non-numeric code", arguments: { s, db in
            var fields = gdeltRow.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            fields[26] = "04A"
            return ["import", "gdelt", "--db", db, try s.write("code.tsv", fields.joined(separator: "\t") + "\n")]
        }, status: 0, message: "code.tsv:1: event code '04A' is not a CAMEO code (2 to 4 digits)"),
        // Dates
        Case(id: "D1 impossible date in an option", arguments: { _, db in ["facts", "--db", db, "--since", "2017-02-30"] }, status: 64,
             message: "The value '2017-02-30' is invalid for '--since <since>'"),
        Case(id: "D2 until before since", arguments: { _, db in ["timeline", "--db", db, "Russia", "Turkey", "--since", "2017", "--until", "2016"] },
             status: 64, message: "Please give an --until (2016) that is not before --since (2017)."),
        Case(id: "D3 impossible date in a query", arguments: { _, db in ["query", "--db", db, "MATCH (a)-[r]->(b) DURING 2017-13 RETURN a"] },
             status: 1, message: "'2017-13' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
        Case(id: "D4 impossible date in triples", arguments: { s, db in
            ["import", "triples", "--db", db, try s.write("d.jsonl", #"{"subject": "Iran", "subject_kind": "actor", "predicate": "supports", "object": "Syria", "object_kind": "actor", "date": "2017-02-29"}"# + "\n")]
        }, status: 1, message: "d.jsonl:1:"),
        Case(id: "D5 impossible GDELT date", arguments: { s, db in
            var fields = gdeltRow.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            fields[1] = "20190231"
            return ["import", "gdelt", "--db", db, try s.write("date.tsv", fields.joined(separator: "\t") + "\n")]
        }, status: 0, message: "date.tsv:1: '20190231' is not a date"),
        Case(id: "D6 empty period", arguments: { _, db in ["diff", "--db", db, "1990", "1991"] }, status: 1,
             message: "There are no facts in 1990; nothing to compare."),
        // Databases
        Case(id: "B1 not a database", arguments: { s, _ in ["stats", "--db", try s.write("notes.sqlite", "just some notes\n")] }, status: 1,
             message: "notes.sqlite: not an SQLite database; nothing was changed"),
        Case(id: "B2 missing database for a reader", arguments: { s, _ in ["stats", "--db", s.path("none.sqlite")] }, status: 1,
             message: "none.sqlite: no such database (create one with 'entente ingest' or 'entente demo')"),
        Case(id: "B3 damaged database", arguments: { s, db in
            let copy = s.path("damaged.sqlite")
            try FileManager.default.copyItem(atPath: db, toPath: copy)
            let handle = FileHandle(forUpdatingAtPath: copy)!
            try handle.seek(toOffset: 4096)
            handle.write(Data(repeating: 0xA5, count: 8192))
            try handle.close()
            return ["facts", "--db", copy]
        }, status: 1, message: "the database file is damaged (SQLite reports it malformed); nothing was changed"),
        // Queries
        Case(id: "Q1 unterminated string", arguments: { _, db in ["query", "--db", db, #"MATCH ("Russia)-[r]->(b) RETURN b"#] }, status: 1,
             message: "error: unterminated string"),
        Case(id: "Q2 runaway path search", arguments: { _, db in ["query", "--db", db, "--max-expansions", "5", #"PATHS FROM "Iraq" TO "Hezbollah" MAX 6"#] },
             status: 1, message: "the path search stopped after visiting 5 steps"),
        Case(id: "Q3 deep nesting", arguments: { _, db in
            ["query", "--db", db, "MATCH (a)-[r]->(b) WHERE " + String(repeating: "(", count: 500) + "r.confidence > 0" + String(repeating: ")", count: 500) + " RETURN a"]
        }, status: 1, message: "the expression is nested more than 64 levels deep"),
        Case(id: "Q4 too many conditions", arguments: { _, db in
            ["query", "--db", db, "MATCH (a)-[r]->(b) WHERE " + Array(repeating: "r.confidence > 0", count: 300).joined(separator: " OR ") + " RETURN a"]
        }, status: 1, message: "more than 256 conditions joined by AND or OR"),
        Case(id: "Q5 unknown entity", arguments: { _, db in ["query", "--db", db, #"MATCH ("Rusia")-[r]->(b) RETURN b"#] }, status: 1,
             message: "= did you mean 'Russia'?"),
        Case(id: "Q6 missing parameter", arguments: { _, db in ["query", "--db", db, "MATCH ($who)-[r]->(b) RETURN b"] }, status: 1,
             message: "no value for parameter '$who'; pass --param who=VALUE"),
        Case(id: "Q7 statements after the query", arguments: { _, db in ["query", "--db", db, "MATCH (a)-[r]->(b) RETURN a; DROP TABLE fact"] },
             status: 1, message: "unexpected character ';'"),
        Case(id: "Q10 more paths than the row budget", arguments: { _, db in
            ["query", "--db", db, "--max-rows", "1", #"PATHS FROM "Russia" TO "Syria" MAX 4"#]
        }, status: 1, message: "the query returns more than 1 rows; add a LIMIT or raise --max-rows"),
        Case(id: "Q11 a date compared with what is no date", arguments: { _, db in
            ["query", "--db", db, #"MATCH (a)-[r]->(b) WHERE 'soon' <= r.date RETURN a"#]
        }, status: 1, message: "'soon' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
        Case(id: "Q12 a reachable set larger than the row budget", arguments: { _, db in
            ["query", "--db", db, "--max-rows", "2", #"MATCH ("Russia")-[r*1..3]-(b) RETURN DISTINCT b"#]
        }, status: 1, message: "the query returns more than 2 rows; add a LIMIT or raise --max-rows"),
        // Merging entities (issue 18): the names are resolved on a read-only connection first
        Case(id: "M1 merge with an unknown name", arguments: { _, db in ["merge", "--db", db, "Russia", "Rusia"] }, status: 1,
             message: "no entity named 'Rusia'; did you mean 'Russia'?"),
        Case(id: "M2 merge of one entity into itself", arguments: { _, db in ["merge", "--db", db, "Iran", "code:IRN"] }, status: 1,
             message: "cannot be merged into itself; nothing was changed"),
        Case(id: "M3 merge of an id no entity has", arguments: { _, db in ["merge", "--db", db, "#999999", "Iran"] }, status: 1,
             message: "no entity named '#999999'"),
        Case(id: "M4 merge with an empty name", arguments: { _, db in ["merge", "--db", db, "", "Iran"] }, status: 64,
             message: "Please give a name for the entity to keep, not an empty one."),
        Case(id: "M5 merge with one name", arguments: { _, db in ["merge", "--db", db, "Iran"] }, status: 64,
             message: "Missing expected argument '<merged>'"),
        Case(id: "M6 duplicates with a filter", arguments: { _, db in ["entities", "--db", db, "--duplicates", "--kind", "actor"] }, status: 64,
             message: "Please use --duplicates without --kind or --search."),
        // Command-line arguments
        Case(id: "C1 unknown option", arguments: { _, db in ["stats", "--db", db, "--colour"] }, status: 64, message: "Unknown option '--colour'"),
        Case(id: "C2 unknown format", arguments: { _, db in ["facts", "--db", db, "--format", "xml"] }, status: 64,
             message: "The value 'xml' is invalid for '--format <format>'"),
        Case(id: "C3 depth out of range", arguments: { _, db in ["snapshot", "--db", db, "--as-of", "2017", "--around", "Iran", "--depth", "9"] },
             status: 64, message: "Please give a --depth from 1 to 6, not 9."),
        Case(id: "C4 unwritable output", arguments: { s, db in ["export", "dot", "--db", db, "-o", s.path("no/such/dir/g.dot")] }, status: 1,
             message: "does not exist. Nothing was written."),
        Case(id: "C5 missing argument", arguments: { _, db in ["timeline", "--db", db, "Russia"] }, status: 64, message: "Missing expected argument '<second>'"),
        Case(id: "C6 batch size zero", arguments: { s, db in ["import", "gdelt", "--db", db, "--batch-size", "0", s.path("x.tsv")] }, status: 64,
             message: "Please give a --batch-size of at least 1."),
        // Argument values (issue 19): each checked before any work, the message naming the option
        Case(id: "A1 negative number", arguments: { _, db in ["export", "dot", "--db", db, "--around", "Iran", "--depth", "-1"] },
             status: 64, message: "Please give a --depth from 1 to 6, not -1."),
        Case(id: "A2 zero window", arguments: { _, db in ["snapshot", "--db", db, "--as-of", "2017", "--window", "0d"] }, status: 64,
             message: "Please give a --window from 1 day to 1000 years (like 30d, 12w, 6m or 1y), not 0 days."),
        Case(id: "A3 window past any count", arguments: { _, db in ["snapshot", "--db", db, "--as-of", "2017", "--window", "99999999999999999y"] },
             status: 64, message: "The value '99999999999999999y' is invalid for '--window <window>'"),
        Case(id: "A4 empty name", arguments: { _, db in ["timeline", "--db", db, "", "Turkey"] }, status: 64,
             message: "Please give a name for <first>, not an empty one."),
        Case(id: "A5 budget not a number", arguments: { _, db in ["query", "--db", db, "--timeout", "nan", "MATCH (a)-[r]->(b) RETURN a"] },
             status: 64, message: "Please give a --timeout above 0 and at most 86400 seconds, not nan."),
        Case(id: "A6 largest row budget", arguments: { _, db in
            ["query", "--db", db, "--max-rows", "9223372036854775807", "--format", "csv", #"MATCH ("Iran")-[r:supports]->(b) RETURN b"#]
        }, status: 0, message: "Hezbollah"),
        Case(id: "A7 empty output name", arguments: { _, db in ["export", "dot", "--db", db, "-o", ""] }, status: 64,
             message: "Please give -o a file name, or - for standard output; not an empty one."),
        Case(id: "O11 output over the database", arguments: { _, db in ["export", "dot", "--db", db, "-o", db] }, status: 1,
             message: "it is the database this command reads. Nothing was written."),
        Case(id: "B8 database not a file", arguments: { s, _ in ["stats", "--db", s.url.path] }, status: 1,
             message: "not a database file (a directory, a device or a FIFO); nothing was changed"),
    ]

    /// What is stored, in a form two runs can compare: the counts and every fact.
    static func digest(_ db: String) throws -> String {
        let stats = try Entente.run(["stats", "--db", db, "--format", "json"])
        let facts = try Entente.run(["facts", "--db", db, "--format", "csv"])
        return stats.stdout + facts.stdout
    }

    @Test func theCatalogueHasTwentyFiveClassesAtLeast() {
        #expect(Self.cases.count >= 25)
        let documented = (try? String(contentsOfFile: Self.docs, encoding: .utf8)) ?? ""
        for item in Self.cases {
            #expect(documented.contains("| \(item.id.prefix(while: { $0 != " " })) |"), "\(item.id) is not in docs/bad-input.md")
        }
    }

    static let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/bad-input.md").path

    @Test(arguments: cases) func explainedAndNothingChanged(_ item: Case) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try QueryCommandTests.graph(scratch)
        let before = try Self.digest(db)
        let result = try Entente.run(try item.arguments(scratch, db), environment: item.environment)
        #expect(result.status == item.status, "\(item.id): \(result.stderr)")
        #expect((result.stderr + result.stdout).contains(item.message), "\(item.id): \(result.stderr)\(result.stdout)")
        #expect(try Self.digest(db) == before, "\(item.id) changed what is stored")
    }

    @Test func aFullDiskStoresWholeArticlesOnly() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try QueryCommandTests.graph(scratch)
        let articles = scratch.path("many")
        try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
        let example = try String(contentsOfFile: examplesDirectory + "/01-jet-downed.txt", encoding: .utf8)
        for copy in 1...30 {
            _ = try scratch.write("many/\(copy).txt", example.replacingOccurrences(of: "\n", with: " (copy \(copy))\n", options: [], range: example.range(of: "\n")))
        }
        let size = (try FileManager.default.attributesOfItem(atPath: db)[.size] as? Int) ?? 0
        // A file size limit a little above the database's size: writes past it fail as on a full disk
        // (SIGXFSZ ignored, so the write returns an error instead of killing the process).
        let (_, status, message) = try Entente.runLimitingFileSize(
            blocks: size / 512 + 16, ignoringXFSZ: true, ["ingest", "--db", db, articles])
        #expect(status == 1)
        #expect(message.contains("a disk write failed (disk full, or a file size limit reached); the write in progress was rolled back"), "\(message)")
        let (integrity, counts) = try DatabaseQueue(path: db).read { db in
            (
                try String.fetchOne(db, sql: "PRAGMA integrity_check"),
                try Int.fetchAll(db, sql: "SELECT count(f.id) FROM article AS a LEFT JOIN fact AS f ON f.article_id = a.id WHERE a.title LIKE '%(copy %' GROUP BY a.id")
            )
        }
        #expect(integrity == "ok")
        // Every copy that was stored has all its facts: as many as every other stored copy.
        #expect(Set(counts).count <= 1, "half-stored articles: \(counts)")
        #expect(counts.count < 30, "the limit should have stopped some articles")
    }
}
