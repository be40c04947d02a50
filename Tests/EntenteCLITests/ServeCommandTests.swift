import Foundation
import EntenteTestSupport
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `entente serve` as a user starts it: the URL it prints, answers equal to the commands' JSON,
/// the access log, and a clean stop on SIGTERM.
@Suite struct ServeCommandTests {
    /// The example articles in a database, built by `entente demo`.
    static func examples(_ scratch: Scratch) throws -> String {
        let db = scratch.path("examples.sqlite")
        let built = try Entente.run(["demo", "--db", db])
        #expect(built.status == 0, "\(built.stderr)")
        return db
    }

    /// A running `entente serve`, stopped by `stop()`.
    struct Server {
        let process: Process
        let errors: Pipe
        let base: String

        static func start(_ arguments: [String]) throws -> Server {
            let process = Process()
            process.executableURL = Entente.binary
            process.arguments = ["serve", "--port", "0"] + arguments
            let output = Pipe()
            let errors = Pipe()
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            // The first line names the URL: "Serving … at http://127.0.0.1:PORT/ — Ctrl-C stops."
            var printed = Data()
            while !printed.contains(UInt8(ascii: "\n")) {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                printed.append(chunk)
            }
            let line = String(decoding: printed, as: UTF8.self)
            let url = try #require(line.split(separator: " ").first { $0.hasPrefix("http://") }, "no URL in: \(line)")
            return Server(process: process, errors: errors, base: String(url.dropLast()))
        }

        func get(_ path: String) async throws -> (status: Int, text: String) {
            let (data, response) = try await URLSession.shared.data(from: try #require(URL(string: base + path)))
            return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
        }

        func post(_ path: String, _ body: String) async throws -> (status: Int, text: String) {
            var request = URLRequest(url: try #require(URL(string: base + path)))
            request.httpMethod = "POST"
            request.httpBody = Data(body.utf8)
            let (data, response) = try await URLSession.shared.data(for: request)
            return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
        }

        /// Sends SIGTERM and returns the exit status and what the server wrote on standard error.
        func stop() -> (status: Int32, log: String) {
            process.terminate()
            let log = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return (process.terminationStatus, log)
        }
    }

    @Test func answersAsTheCommandsDoAndStopsOnSIGTERM() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try Self.examples(scratch)
        let server = try Server.start(["--db", db])
        #expect(server.base.hasPrefix("http://127.0.0.1:"))

        let query = #"MATCH (a)-[r]->("Turkey") RETURN a, r ORDER BY r.date"#
        let cli = try Entente.run(["query", "--db", db, "--format", "json", query])
        let body = String(decoding: try JSONSerialization.data(withJSONObject: ["query": query]), as: UTF8.self)
        let http = try await server.post("/api/query", body)
        #expect(http.status == 200)
        #expect(http.text == cli.stdout)

        let pairs: [(String, [String])] = [
            ("/api/timeline?a=Russia&b=Turkey&by=quarter", ["timeline", "Russia", "Turkey", "--by", "quarter", "--format", "json"]),
            ("/api/facts?about=Turkey&since=2016-06", ["facts", "--about", "Turkey", "--since", "2016-06", "--format", "json"]),
            ("/api/entities?kind=actor&limit=5", ["entities", "--kind", "actor", "--limit", "5", "--format", "json"]),
            ("/api/snapshot?as_of=2016-06-30&around=Turkey", ["snapshot", "--as-of", "2016-06-30", "--around", "Turkey", "--format", "json"]),
            ("/api/diff?p1=2015&p2=2016", ["diff", "2015", "2016", "--format", "json"]),
            ("/api/changes?about=Russia&limit=4", ["changes", "Russia", "--limit", "4", "--format", "json"]),
            ("/api/export.dot?around=Turkey&depth=2", ["export", "dot", "--around", "Turkey", "--depth", "2"]),
            ("/api/export.graphml?since=2016", ["export", "graphml", "--since", "2016"]),
            ("/api/export.csv?as_of=2016-06", ["export", "csv", "--as-of", "2016-06"]),
            ("/api/neighbourhood?around=Russia&include_negated=true", ["export", "json", "--around", "Russia", "--include-negated"]),
        ]
        for (path, arguments) in pairs {
            let cli = try Entente.run(Array(arguments.prefix(1)) + ["--db", db] + arguments.dropFirst())
            #expect(cli.status == 0, "\(arguments): \(cli.stderr)")
            let http = try await server.get(path)
            #expect(http.status == 200, "\(path): \(http.text)")
            #expect(http.text == cli.stdout, "\(path) differs from entente \(arguments.joined(separator: " "))")
        }
        let stopped = server.stop()
        #expect(stopped.status == 0, "\(stopped.log)")
        #expect(stopped.log.contains("POST /api/query 200"))
        #expect(stopped.log.contains("GET /api/timeline 200"))
    }

    @Test func refusesBadOptionsBeforeListening() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let missing = try Entente.run(["serve", "--db", scratch.path("none.sqlite"), "--port", "0"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("none.sqlite: no such database"))
        #expect(!FileManager.default.fileExists(atPath: scratch.path("none.sqlite")))
        let both = try Entente.run(["serve", "--read-only", "--allow-ingest"])
        #expect(both.stderr.contains("Please give either --read-only or --allow-ingest, not both."))
        let port = try Entente.run(["serve", "--port", "70000"])
        #expect(port.stderr.contains("--port from 0 to 65535"))
        let cors = try Entente.run(["serve", "--cors", "*"])
        #expect(cors.stderr.contains("Please give --cors one origin"))
    }
}
