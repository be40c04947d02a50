import Entente
import EntenteExamples
import EntenteServer
import EntenteTestSupport
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The example articles stored once in an SQLite file that every test's server reads.
enum ExampleDatabase {
    static let path: String = {
        let scratch = try! Scratch()
        let path = scratch.path("examples.sqlite")
        let graph = KnowledgeGraph(store: try! GraphStore.open(path: path))
        let report = graph.ingest(examples: ExampleArticles.all)
        precondition(report.failures.isEmpty, "the example articles did not ingest: \(report.failures)")
        return path
    }()

    /// A copy of the file, for a test that writes.
    static func copy(into scratch: Scratch) throws -> String {
        let copy = scratch.path("copy.sqlite")
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        return copy
    }

    /// The bytes of a database file and its WAL, to show a request changed nothing. (An empty WAL
    /// holds no change: a reader that opens the file while another test's server reads it may
    /// leave one behind, so it counts as none.)
    static func contents(of path: String) -> [Data?] {
        [path, path + "-wal"].map { FileManager.default.contents(atPath: $0).flatMap { $0.isEmpty ? nil : $0 } }
    }
}

/// One HTTP answer.
struct Answer {
    var status: Int
    var text: String
    var headers: [String: String]

    var json: [String: Any] {
        get throws { try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not a JSON object: \(text)") }
    }
}

/// The real server, on a free port of the loopback, for the length of `body`.
func withServer(
    _ settings: ServerSettings = ServerSettings(databasePath: ExampleDatabase.path, port: 0),
    _ body: @Sendable (ServerClient) async throws -> Void
) async throws {
    var settings = settings
    settings.port = 0
    let server = try GraphServer(settings)
    let (ports, listening) = AsyncStream.makeStream(of: Int.self)
    let application = server.application(onListening: { listening.yield($0) })
    let group = ServiceGroup(configuration: .init(services: [application], logger: Logger(label: "test")))
    let running = Task { try await group.run() }
    var iterator = ports.makeAsyncIterator()
    let port = try #require(await iterator.next())
    #expect(port > 0)
    do {
        try await body(ServerClient(base: "http://127.0.0.1:\(port)"))
    } catch {
        await group.triggerGracefulShutdown()
        throw error
    }
    // As on SIGTERM: the server finishes what it answers and stops.
    await group.triggerGracefulShutdown()
    try await running.value
}

/// Requests to the server under test, as a browser or `curl` sends them.
struct ServerClient: Sendable {
    var base: String

    func get(_ path: String) async throws -> Answer {
        try await send(URLRequest(url: try #require(URL(string: base + path), "not a URL: \(path)")))
    }

    func post(_ path: String, _ body: String, type: String = "application/json") async throws -> Answer {
        var request = URLRequest(url: try #require(URL(string: base + path)))
        request.httpMethod = "POST"
        request.httpBody = Data(body.utf8)
        request.setValue(type, forHTTPHeaderField: "Content-Type")
        return try await send(request)
    }

    func send(_ request: URLRequest) async throws -> Answer {
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        var headers: [String: String] = [:]
        for (key, value) in http.allHeaderFields { headers[String(describing: key).lowercased()] = String(describing: value) }
        return Answer(status: http.statusCode, text: String(decoding: data, as: UTF8.self), headers: headers)
    }
}
