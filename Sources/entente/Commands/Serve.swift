import ArgumentParser
import Entente
import EntenteServer
import Foundation

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the graph: a JSON API under /api and a web viewer at /.",
        discussion: """
            The database is opened read-only unless --allow-ingest, which also accepts articles at \
            POST /api/articles. The server listens on 127.0.0.1 unless --host says otherwise, sends \
            no CORS headers unless --cors names the one origin allowed, logs one line per request \
            on standard error, and stops cleanly on Ctrl-C (SIGINT) or SIGTERM. Every query runs \
            within row, expansion and time budgets the server caps. The API is described in \
            docs/http-api.md and at /api/openapi.json.

            Examples:
              entente serve
              entente serve --db news.sqlite --port 9000
              entente serve --allow-ingest --cors http://localhost:3000
            """)

    @OptionGroup var store: StoreOptions

    @Option(name: .long, help: "The address to listen on (127.0.0.1: this machine only; 0.0.0.0: every interface).")
    var host = "127.0.0.1"

    @Option(name: .long, parsing: .unconditional, help: "The port to listen on; 0 picks a free one.")
    var port = 8080

    @Flag(name: .long, help: "Open the database read-only (the default).")
    var readOnly = false

    @Flag(name: .long, help: "Open the database writable and accept articles at POST /api/articles.")
    var allowIngest = false

    @Option(name: .long, help: ArgumentHelp("Let pages from this origin call the API (CORS), e.g. http://localhost:3000.", valueName: "origin"))
    var cors: String?

    func validate() throws {
        if readOnly && allowIngest { throw ValidationError("Please give either --read-only or --allow-ingest, not both.") }
        try ArgumentCheck.notEmpty(host, "--host", "an address")
        try ArgumentCheck.within(port, 0...65_535, "--port")
        try ArgumentCheck.notEmpty(cors, "--cors", "an origin")
        if let cors, cors == "*" || !(cors.hasPrefix("http://") || cors.hasPrefix("https://")) {
            throw ValidationError("Please give --cors one origin like https://example.org, not '\(cors)'.")
        }
    }

    func run() throws {
        let path = store.path
        if !store.isPostgres, !allowIngest, !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("\(path): no such database; build one with 'entente demo' or 'entente ingest', or give --db.")
        }
        let mode: GraphStore.Mode = allowIngest ? .readWrite : .readOnly
        // (SQLite's without the index file beside it: the server keeps its index in memory, and a
        // read-only server writes nothing.)
        let opened: any GraphStoring = store.isPostgres ? try store.open(mode) : try GraphStore.open(path: path, mode: mode, busyTimeout: store.busyTimeout)
        let options = store
        let settings = ServerSettings(databasePath: path, host: host, port: port, allowIngest: allowIngest, corsOrigin: cors)
        let server = GraphServer(store: opened, settings: settings) { options.refreshAfterWriting(opened) }
        if !["127.0.0.1", "localhost", "::1"].contains(host) {
            Output.writeError("Warning: listening on \(host): other machines can read the graph.\n")
        }
        let access = allowIngest ? "accepting articles" : "read-only"
        let host = self.host.contains(":") ? "[\(self.host)]" : self.host
        try AsyncBridge.wait {
            try await server.run { port in
                Output.write("Serving \(options.shownName) (\(access)) at http://\(host):\(port)/ — Ctrl-C stops.\n")
            }
        }
        Output.writeError("Stopped.\n")
    }
}
