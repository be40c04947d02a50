package import Entente
import Foundation
import HTTPTypes
import Hummingbird
package import NIOCore

/// The JSON API's answers, each from the library call the matching command makes and encoded as
/// that command's `--format json` prints it. Each method runs in the caller's thread and blocks
/// on SQLite; `GraphServer` calls them off the event loops, the MCP server from its tools.
package struct GraphAPI: Sendable {
    let graph: KnowledgeGraph
    let store: any GraphStoring
    let settings: ServerSettings
    /// What the front end keeps after articles are stored (statistics, an index file).
    let afterWriting: @Sendable () -> Void

    package init(store: any GraphStoring, settings: ServerSettings, afterWriting: @escaping @Sendable () -> Void = {}) {
        self.graph = KnowledgeGraph(store: store)
        self.store = store
        self.settings = settings
        self.afterWriting = afterWriting
    }

    /// The most rows a listing gives, whatever `limit` asks.
    static let maxListing = 5_000

    /// Whether the server answers, whether it takes articles, what the graph holds (the viewer
    /// sets its date slider from the first and last dates), and how the viewer draws it: the DOT
    /// export's shapes and colours, so a drawing in the browser reads like one from GraphViz.
    package func health() throws -> APIAnswer {
        struct Health: Encodable {
            var status = "ok"
            var readOnly: Bool
            var statistics: StoreStatistics
            var shapes: [String: String]
            var colours: [String: String]
        }
        return APIAnswer.json(
            Health(
                readOnly: !settings.allowIngest, statistics: try store.statistics(),
                shapes: Dictionary(uniqueKeysWithValues: EntityKind.allCases.map { ($0.rawValue, DOTExporter.shape($0)) }),
                colours: Dictionary(uniqueKeysWithValues: RelationClass.allCases.map { ($0.rawValue, DOTExporter.colour($0)) })))
    }

    /// `POST /api/query`: `{"query", "params", "budgets", "includeModal"}` → `{"columns", "rows"}`.
    package func query(_ body: ByteBuffer) throws -> APIAnswer {
        struct Body: Decodable {
            var query: String
            var params: [String: QueryValue]?
            var budgets: Budgets?
            var includeModal: Bool?
            var excludeDomestic: Bool?
        }
        struct Budgets: Decodable {
            var maxRows: Int?
            var maxExpansions: Int?
            var timeout: Double?
        }
        let request: Body
        do {
            request = try JSONDecoder().decode(Body.self, from: Data(body.readableBytesView))
        } catch {
            throw APIError(.badRequest, #"the body is not a query request: send JSON like {"query": "MATCH …", "params": {"name": "value"}}"#)
        }
        guard !request.query.allSatisfy(\.isWhitespace) else { throw APIError(.badRequest, "the query is empty") }
        let asked = request.budgets
        for (name, value) in [("maxRows", asked?.maxRows), ("maxExpansions", asked?.maxExpansions)] {
            if let value, value < 1 { throw APIError(.badRequest, "budget '\(name)' must be at least 1, not \(value)") }
        }
        if let timeout = asked?.timeout, !(timeout > 0 && timeout.isFinite) {
            throw APIError(.badRequest, "budget 'timeout' must be a number of seconds above 0, not \(timeout)")
        }
        let budgets = settings.budgets.granted(maxRows: asked?.maxRows, maxExpansions: asked?.maxExpansions, timeout: asked?.timeout)
        let answer = try graph.answer(
            QueryRequest(
                request.query, sourceName: "query", parameters: request.params ?? [:], budgets: budgets,
                includeModal: request.includeModal ?? false, excludeDomestic: request.excludeDomestic ?? false))
        switch answer {
        case .rows(let result): return APIAnswer.json(result)
        case .explanation(let explanation): return APIAnswer.json(["explanation": explanation.text])
        }
    }

    package func entities(_ parameters: RequestParameters) throws -> APIAnswer {
        let rows = try store.entities(
            kind: try parameters.choice("kind", EntityKind.self), search: parameters.text("search"),
            limit: try parameters.integer("limit", in: 1...Self.maxListing) ?? 50)
        return APIAnswer.json(["entities": rows])
    }

    package func facts(_ parameters: RequestParameters) throws -> APIAnswer {
        // An unknown name is a 404 here; the facts are then read for the name as given, as the command reads them.
        let about = parameters.text("about")
        if let about { _ = try store.entity(named: about) }
        let (since, until) = try parameters.dateRange()
        let rows = try store.facts(
            about: about, since: since, until: until, limit: try parameters.integer("limit", in: 1...Self.maxListing) ?? 500,
            excludeDomestic: try parameters.flag("no_domestic"))
        return APIAnswer.json(["facts": rows])
    }

    package func changes(_ parameters: RequestParameters) throws -> APIAnswer {
        let entity = try store.entity(named: try parameters.required("about"))
        let includeModal = try parameters.flag("include_modal")
        let rows = try store.facts(
            about: entity.name, since: try parameters.date("since"), newestFirst: true,
            limit: try parameters.integer("limit", in: 1...Self.maxListing) ?? 500, committedOnly: !includeModal,
            excludeDomestic: try parameters.flag("no_domestic"))
        return APIAnswer.json(["changes": rows])
    }

    package func timeline(_ parameters: RequestParameters) throws -> APIAnswer {
        let a = try store.entity(named: try parameters.required("a"))
        let b = try store.entity(named: try parameters.required("b"))
        let bucket = try parameters.choice("by", Timeline.Bucket.self) ?? .month
        let direction = try parameters.choice("direction", TimelineDirection.self) ?? .both
        let (since, until) = try parameters.dateRange()
        let entries = try store.timelineEntries(
            between: a.id, and: b.id, direction: direction, since: since, until: until,
            includeModal: try parameters.flag("include_modal"), excludeDomestic: try parameters.flag("no_domestic"))
        // As the command: from the first fact (or `since`) to the last (or `until`), zero-filled.
        var rows: [Timeline.Row] = []
        if let earliest = entries.map(\.day).min(), let latest = entries.map(\.day).max() {
            rows = Timeline(entries, by: bucket, from: since?.start ?? earliest, to: until?.end ?? latest).rows
        }
        let report = TimelineReport(between: a.name, b.name, by: bucket, direction: direction, rows: rows)
        return APIAnswer.json(report)
    }

    package func snapshot(_ parameters: RequestParameters) throws -> APIAnswer {
        guard let asOf = try parameters.date("as_of") else { throw APIError.badParameter("as_of", "missing; please give a date") }
        let window = try parameters.window("window") ?? TimeWindow(days: 180)
        let selection = RelationSelection(
            time: .asOf(asOf.end, window: window), includeModal: try parameters.flag("include_modal"),
            excludeDomestic: try parameters.flag("no_domestic"))
        let relations: [RelationSummary]
        if let around = parameters.text("around") {
            let depth = try parameters.integer("depth", in: 1...GraphExportRequest.maxDepth) ?? 1
            relations = try store.neighbourhood(around: try store.entity(named: around).id, depth: depth, selection)
        } else {
            relations = try store.relations(selection)
        }
        return APIAnswer.json(SnapshotReport(asOf: asOf.end, window: window, relations: relations))
    }

    package func diff(_ parameters: RequestParameters) throws -> APIAnswer {
        let before = try parameters.period("p1")
        let after = try parameters.period("p2")
        let touching = try parameters.text("around").map { Set([try store.entity(named: $0).id]) }
        let includeModal = try parameters.flag("include_modal")
        let excludeDomestic = try parameters.flag("no_domestic")
        func relations(_ period: Period) throws -> [RelationSummary] {
            try store.relations(
                .init(time: .aliveDuring(first: period.first, last: period.last), includeModal: includeModal, excludeDomestic: excludeDomestic),
                touching: touching)
        }
        return APIAnswer.json(RelationDiff(before: before, try relations(before), after: after, try relations(after)))
    }

    /// `GET /api/neighbourhood`: the export's node-link JSON around one entity.
    package func neighbourhood(_ parameters: RequestParameters) throws -> APIAnswer {
        _ = try parameters.required("around")
        return try export(.json, parameters)
    }

    /// `GET /api/export.FORMAT`: what `entente export FORMAT` writes for the same options.
    package func export(_ format: ExportFormat, _ parameters: RequestParameters) throws -> APIAnswer {
        let request = try ExportParameters(parameters, budgets: settings.budgets.defaults).request
        let drawn = try store.exportGraph(request)
        return APIAnswer(text: format.render(drawn, dot: .init(legend: !(try parameters.flag("no_legend")))), type: format.mediaType)
    }

    /// `POST /api/articles` (only with `--allow-ingest`): the articles of the body, text, JSON or JSON Lines.
    package func ingest(_ body: ByteBuffer, _ parameters: RequestParameters) throws -> APIAnswer {
        guard settings.allowIngest else {
            throw APIError(.forbidden, "this server is read-only; start it with --allow-ingest to accept articles")
        }
        let format = try parameters.choice("format", ArticleDecoder.Format.self) ?? .json
        let report = graph.ingest(Array(body.readableBytesView), name: "request", format: format)
        if report.factsAdded > 0 { afterWriting() }
        let nothingStored = report.articlesNew + report.articlesUnchanged == 0
        if nothingStored, let failure = report.failures.first {
            throw APIError(.badRequest, failure.description)
        }
        return APIAnswer.json(report)
    }
}
