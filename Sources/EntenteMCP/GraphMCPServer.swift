public import Entente
import EntenteServer
import Foundation
import MCP

/// `entente mcp`: the graph's reads as Model Context Protocol tools over standard input and
/// output, and the query language's guide as a resource. The database is opened read-only.
public struct GraphMCPServer: Sendable {
    /// The resource an assistant reads before it writes a query.
    static let guideURI = "entente://docs/query-language"

    let api: GraphAPI
    let version: String

    /// Opens the database read-only.
    public init(databasePath: String, version: String) throws(StoreError) {
        try self.init(store: GraphStore.open(path: databasePath, mode: .readOnly), name: databasePath, version: version)
    }

    /// Offers a store the caller opened read-only (SQLite or PostgreSQL); `name` says which in messages.
    public init(store: any GraphStoring, name: String, version: String) {
        let served = (store as? GraphStore).map { $0.withAdjacencyIndex() } ?? store
        api = GraphAPI(store: served, settings: ServerSettings(databasePath: name))
        self.version = version
    }

    /// Serves one client on standard input and output until it closes them.
    public func run() async throws {
        let server = Server(
            name: "entente", version: version,
            instructions: """
                Entente is a dated graph of who does what to whom, extracted from news articles. Find exact names \
                with `entities`, read relations with `neighbourhood`, `facts`, `changes`, `timeline`, `snapshot` and \
                `diff`, and ask anything else with `query` after reading \(Self.guideURI).
                """,
            capabilities: .init(resources: .init(), tools: .init()))
        let api = self.api
        await server.withMethodHandler(ListTools.self) { _ in .init(tools: GraphTools.all.map(\.tool)) }
        await server.withMethodHandler(CallTool.self) { call in
            guard let tool = GraphTools.all.first(where: { $0.name == call.name }) else {
                return .init(content: [.text(text: "no tool named '\(call.name)'", annotations: nil, _meta: nil)], isError: true)
            }
            let arguments = try Self.flattened(call.arguments ?? [:], for: tool)
            let answer: APIAnswer
            do {
                answer = try tool.answer(api, arguments)
            } catch {
                answer = APIError.answering(error).answer
            }
            return .init(content: [.text(text: answer.text, annotations: nil, _meta: nil)], isError: answer.isError)
        }
        await server.withMethodHandler(ListResources.self) { _ in
            .init(resources: [
                Resource(
                    name: "query-language", uri: Self.guideURI, title: "Entente's query language",
                    description: "The grammar and meaning of the query language the `query` tool runs, with examples.",
                    mimeType: "text/markdown")
            ])
        }
        await server.withMethodHandler(ReadResource.self) { read in
            guard read.uri == Self.guideURI else { throw MCPError.invalidParams("no resource '\(read.uri)'; there is \(Self.guideURI)") }
            return .init(contents: [.text(EmbeddedData.query_language, uri: Self.guideURI, mimeType: "text/markdown")])
        }
        try await server.start(transport: StdioTransport())
        await server.waitUntilCompleted()
    }

    /// A tool's arguments as the API's parameters: text, numbers and booleans as text; the query
    /// tool's request as the JSON body `POST /api/query` takes.
    static func flattened(_ arguments: [String: Value], for tool: GraphTool) throws -> [String: String] {
        let known = Set(tool.arguments.map(\.name))
        if let unknown = arguments.keys.first(where: { !known.contains($0) }) {
            throw MCPError.invalidParams("tool '\(tool.name)' has no argument '\(unknown)'; it takes \(known.sorted().joined(separator: ", "))")
        }
        if tool.name == "query" {
            struct Body: Encodable {
                var query: Value?
                var params: Value?
            }
            return ["body": String(decoding: try JSONEncoder().encode(Body(query: arguments["query"], params: arguments["params"])), as: UTF8.self)]
        }
        var flat: [String: String] = [:]
        for (name, value) in arguments {
            switch value {
            case .string(let text): flat[name] = text
            case .int(let number): flat[name] = String(number)
            case .double(let number): flat[name] = String(number)
            case .bool(let flag): flat[name] = flag ? "true" : "false"
            case .null: continue
            default: throw MCPError.invalidParams("argument '\(name)' of tool '\(tool.name)' must be text, a number or true/false")
            }
        }
        return flat
    }
}
