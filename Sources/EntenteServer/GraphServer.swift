public import Entente
public import Hummingbird
import HTTPTypes
import Logging
import NIOCore

/// `entente serve`: the JSON API under `/api` and the web viewer at `/`, over one graph store
/// opened once, so its adjacency index stays in memory between requests.
///
/// For example:
///
///     let server = try GraphServer(ServerSettings(databasePath: "entente.sqlite", port: 0))
///     try await server.run { port in print("http://127.0.0.1:\(port)/") }
public struct GraphServer: Sendable {
    public let settings: ServerSettings
    let api: GraphAPI

    /// Opens the SQLite database, read-only unless the settings allow ingest.
    public init(_ settings: ServerSettings) throws(StoreError) {
        let opened = try GraphStore.open(path: settings.databasePath, mode: settings.allowIngest ? .readWrite : .readOnly)
        self.init(store: opened, settings: settings) { _ = try? opened.keepStatistics() }
    }

    /// Serves a store the caller opened (SQLite or PostgreSQL), read-only unless the settings
    /// allow ingest; `afterWriting` runs after a request stored facts.
    public init(store: any GraphStoring, settings: ServerSettings, afterWriting: @escaping @Sendable () -> Void = {}) {
        // An SQLite store's index in memory, never written beside the database: a read-only server writes nothing.
        let served = (store as? GraphStore).map { $0.withAdjacencyIndex() } ?? store
        self.settings = settings
        self.api = GraphAPI(store: served, settings: settings, afterWriting: afterWriting)
    }

    /// Serves until SIGINT or SIGTERM, then finishes the requests under way and returns.
    /// `onListening` hears the port once the server accepts connections.
    public func run(onListening: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        try await application(onListening: onListening).runService()
    }

    /// The application, to run as a service among others (tests cancel it to stop it).
    public func application(onListening: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        var logger = Logger(label: "entente-serve")
        logger.logLevel = .warning
        return Application(
            router: router(),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "entente"),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? 0) },
            logger: logger)
    }

    func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: AccessLog())
        if let origin = settings.corsOrigin {
            router.add(middleware: CORSMiddleware(allowOrigin: .custom(origin), allowHeaders: [.contentType], allowMethods: [.get, .post, .options]))
        }
        router.add(middleware: ErrorAnswer())
        let api = self.api
        let maxBody = settings.maxBodyBytes

        func get(_ path: String, _ answer: @escaping @Sendable (GraphAPI, RequestParameters) throws -> APIAnswer) {
            router.get(RouterPath(path)) { request, _ in
                let parameters = RequestParameters(request)
                return try await Blocking.run { try answer(api, parameters) }.response
            }
        }
        get("/api/health") { api, _ in try api.health() }
        get("/api/entities") { api, parameters in try api.entities(parameters) }
        get("/api/facts") { api, parameters in try api.facts(parameters) }
        get("/api/changes") { api, parameters in try api.changes(parameters) }
        get("/api/timeline") { api, parameters in try api.timeline(parameters) }
        get("/api/snapshot") { api, parameters in try api.snapshot(parameters) }
        get("/api/diff") { api, parameters in try api.diff(parameters) }
        get("/api/neighbourhood") { api, parameters in try api.neighbourhood(parameters) }
        for format in ExportFormat.allCases {
            get("/api/export.\(format.rawValue)") { api, parameters in try api.export(format, parameters) }
        }
        router.post("/api/query") { request, _ in
            var request = request
            let body = try await request.collectBody(upTo: maxBody)
            return try await Blocking.run { try api.query(body) }.response
        }
        router.post("/api/articles") { request, _ in
            // Refused before the body is read: a read-only server takes nothing in.
            guard api.settings.allowIngest else {
                throw APIError(.forbidden, "this server is read-only; start it with --allow-ingest to accept articles")
            }
            var request = request
            let body = try await request.collectBody(upTo: maxBody)
            let parameters = RequestParameters(request)
            return try await Blocking.run { try api.ingest(body, parameters) }.response
        }
        for path in ViewerAssets.byPath.keys {
            router.get(RouterPath(path)) { request, _ in
                guard let response = ViewerAssets.response(for: request.uri.path) else { throw APIError(.notFound, "no such page") }
                return response
            }
        }
        return router
    }
}
