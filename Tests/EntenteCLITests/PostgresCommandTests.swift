import Entente
import EntenteTestSupport
import Foundation
import Testing

/// The command line on a PostgreSQL server (`--db postgres://…`, or $ENTENTE_DB): the same
/// commands on the same articles and events answer as they do on an SQLite file, and a bad
/// server or database is one line on stderr and exit status 1.
@Suite(.enabled(if: TestPostgres.enabled, "needs ENTENTE_TEST_POSTGRES (required when ENTENTE_REQUIRE_POSTGRES=1)"))
struct PostgresCommandTests {
    static let queries = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Examples/queries")
    static let events = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("EntenteTests/Fixtures/events/gdelt2-slice.tsv").path

    /// Each command's output on both stores, the database's name made one.
    static func both(_ arguments: [String], sqlite: String, postgres: String) throws -> (sqlite: CommandResult, postgres: CommandResult) {
        var onSQLite = try Entente.run(arguments + ["--db", sqlite])
        var onPostgres = try Entente.run(arguments, environment: ["ENTENTE_DB": postgres])
        // The schema's version is each store's own.
        let version = #/"schemaVersion" : "[^"]*"/#
        onSQLite.stdout = onSQLite.stdout.replacing(version, with: "SCHEMA")
        onPostgres.stdout = onPostgres.stdout.replacing(version, with: "SCHEMA")
        onSQLite.stdout = onSQLite.stdout.replacingOccurrences(of: sqlite, with: "DB")
        onPostgres.stdout = onPostgres.stdout.replacingOccurrences(of: postgres, with: "DB")
        return (onSQLite, onPostgres)
    }

    @Test func serveAnswersFromTheServerAsTheCommandsDo() async throws {
        let scratch = try TestPostgres.Scratch()
        defer { scratch.drop() }
        let postgres = try scratch.url()
        let stored = try Entente.run(["ingest", examplesDirectory, "--db", postgres])
        #expect(stored.status == 0, "\(stored.stderr)")
        let server = try ServeCommandTests.Server.start(["--db", postgres])
        let query = #"MATCH (a)-[r]->("Turkey") RETURN a, type(r) ORDER BY r.date, a"#
        let cli = try Entente.run(["query", "--db", postgres, "--format", "json", query])
        let body = String(decoding: try JSONSerialization.data(withJSONObject: ["query": query]), as: UTF8.self)
        let http = try await server.post("/api/query", body)
        #expect(http.status == 200 && http.text == cli.stdout)
        let timeline = try await server.get("/api/timeline?a=Russia&b=Turkey&by=quarter")
        let timelineCLI = try Entente.run(["timeline", "Russia", "Turkey", "--by", "quarter", "--format", "json", "--db", postgres])
        #expect(timeline.status == 200 && timeline.text == timelineCLI.stdout)
        let stopped = server.stop()
        #expect(stopped.status == 0, "\(stopped.log)")
    }

    @Test func everyCommandAnswersAsItDoesOnSQLite() throws {
        let scratch = try TestPostgres.Scratch()
        defer { scratch.drop() }
        let files = try Scratch()
        defer { files.remove() }
        let (sqlite, postgres) = (files.path("graph.sqlite"), try scratch.url())
        for (name, arguments) in [("ingest", [examplesDirectory]), ("import", ["gdelt", Self.events])] {
            let stored = try Self.both([name] + arguments + ["--format", "json"], sqlite: sqlite, postgres: postgres)
            #expect(stored.sqlite.status == 0 && stored.postgres.status == 0, "\(name): \(stored.postgres.stderr)")
        }
        var commands: [[String]] = [
            ["stats", "--format", "json"],
            ["entities", "--kind", "actor", "--format", "csv"],
            ["entities", "--search", "erdog", "--format", "csv"],
            ["facts", "--about", "Turkey", "--format", "csv"],
            ["facts", "--since", "2016-06", "--until", "2016-12", "--format", "json"],
            ["timeline", "Russia", "Turkey", "--by", "quarter", "--include-modal", "--format", "csv"],
            ["snapshot", "--as-of", "2016-09-01", "--window", "30d", "--format", "json"],
            ["diff", "2016", "2017", "--format", "json"],
            ["export", "csv", "--all-facts"],
            ["export", "json"],
            ["export", "dot", "--around", "Turkey", "--depth", "2"],
            ["query", "--format", "csv", #"MATCH (a)-[r]->(b) WHERE r.origin = 'gdelt' RETURN a, type(r), b, r.date ORDER BY r.date, a, b, type(r) LIMIT 40"#],
            ["query", "--format", "json", #"PATHS FROM "Russia" TO "Syria" MAX 3 LIMIT 10"#],
        ]
        for command in commands {
            let answers = try Self.both(command, sqlite: sqlite, postgres: postgres)
            #expect(answers.sqlite.status == 0, "\(command): \(answers.sqlite.stderr)")
            #expect(answers.postgres.status == answers.sqlite.status, "\(command): \(answers.postgres.stderr)")
            #expect(answers.postgres.stdout == answers.sqlite.stdout, "\(command)")
            #expect(!answers.sqlite.stdout.isEmpty)
        }
        // The example queries: the same rows, though where a query leaves their order (or which
        // rows a LIMIT keeps) open, each store may choose its own.
        var answered = 0
        for file in try FileManager.default.contentsOfDirectory(atPath: Self.queries.path).sorted() where file.hasSuffix(".kgq") {
            let text = try String(contentsOf: Self.queries.appendingPathComponent(file), encoding: .utf8)
            let answers = try Self.both(["query", "--format", "json", text], sqlite: sqlite, postgres: postgres)
            #expect(answers.sqlite.status == 0 && answers.postgres.status == 0, "\(file): \(answers.postgres.stderr)")
            if text.contains("EXPLAIN") {
                // Each store explains its own statement: numbered placeholders and PostgreSQL's plan.
                #expect(answers.postgres.stdout.contains("WHERE n1.id = $1") && answers.postgres.stdout.contains("strategy: join"))
                continue
            }
            let (fromSQLite, fromPostgres) = (try Self.rows(answers.sqlite.stdout), try Self.rows(answers.postgres.stdout))
            #expect(fromPostgres.count == fromSQLite.count, "\(file)")
            if !fromSQLite.isEmpty { answered += 1 }
            if text.contains("LIMIT") {
                let whole = try Self.rows(Entente.run(["query", "--format", "json", "--db", sqlite, text.replacing(#/LIMIT \d+/#, with: "")]).stdout)
                #expect(Set(fromPostgres).isSubset(of: Set(whole)), "\(file)")
            } else {
                #expect(fromPostgres.sorted() == fromSQLite.sorted(), "\(file)")
            }
        }
        #expect(answered >= 5, "most example queries answer something, or the comparison checks little")
        // A second import stores nothing new on either.
        let again = try Self.both(["import", "gdelt", Self.events, "--format", "json"], sqlite: sqlite, postgres: postgres)
        #expect(again.postgres.stdout.contains("\"factsStored\" : 0"))
        #expect(again.postgres.status == 0)
        // Merging, then reading what the merge changed.
        let merged = try Self.both(["merge", "Recep Tayyip Erdogan", "Turkey"], sqlite: sqlite, postgres: postgres)
        #expect(merged.postgres.stdout == merged.sqlite.stdout && merged.postgres.status == 0, "\(merged.postgres.stderr)")
        let after = try Self.both(["facts", "--about", "Turkey", "--format", "csv"], sqlite: sqlite, postgres: postgres)
        #expect(after.postgres.stdout == after.sqlite.stdout)
    }

    /// The rows of a query's JSON answer, each as its JSON text.
    static func rows(_ json: String) throws -> [String] {
        let answer = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let rows = try #require(answer["rows"] as? [Any])
        return try rows.map { String(decoding: try JSONSerialization.data(withJSONObject: $0, options: .sortedKeys), as: UTF8.self) }
    }

    @Test func aBadServerOrDatabaseIsOneLineAndExitStatusOne() throws {
        let scratch = try TestPostgres.Scratch()
        defer { scratch.drop() }
        let server = scratch.server
        let foreign = try scratch.location()
        try PostgresScratchSchema.execute("CREATE TABLE invoices (id integer PRIMARY KEY)", at: foreign)
        let password = server.password ?? ""
        let cases: [(url: String, says: String)] = [
            ("postgres://\(server.user)@127.0.0.1:1/\(server.database)", "no PostgreSQL server answers there"),
            ("postgres://\(server.user):\(password)-wrong@\(server.host):\(server.port)/\(server.database)", "the server refused the login"),
            ("postgres://\(server.user):\(password)@\(server.host):\(server.port)/\(server.database)?schema=\(foreign.schema!)", "another application's tables"),
            ("postgres://\(server.host):\(server.port)/\(server.database)", "names no user"),
        ]
        for (url, says) in cases {
            for command in [["stats"], ["ingest", examplesDirectory]] {
                let result = try Entente.run([command[0], "--db", url] + command.dropFirst(), environment: ["PGPASSWORD": ""])
                #expect(result.status == 1, "\(command) \(url): \(result.stderr)")
                #expect(result.stderr.contains(says), "\(command) \(url): \(result.stderr)")
                #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
                #expect(!result.stderr.contains(password.isEmpty ? "\u{0}" : password), "a password in a message")
            }
        }
        // The foreign database is as it was: Entente wrote nothing beside its table.
        #expect(try PostgresScratchSchema.rows("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()", at: foreign) == [["1"]])
    }
}
