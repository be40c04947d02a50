/// What part of the graph an export draws: a neighbourhood, a query's answer, or everything,
/// in a period or as of a day.
public struct GraphExportRequest: Sendable {
    /// The deepest neighbourhood an export walks; beyond it a neighbourhood is most of the graph.
    public static let maxDepth = 6

    public enum Subject: Sendable {
        case everything
        case around(String, depth: Int)
        /// The entities and relations a query returns; `source` names the query in messages.
        case query(String, source: String, parameters: [String: QueryValue])
    }

    public var subject: Subject
    public var selection: RelationSelection
    /// What a `.query` subject may spend: the command line's defaults unless a server caps them.
    public var budgets: QueryBudgets

    public init(subject: Subject = .everything, selection: RelationSelection = .init(), budgets: QueryBudgets = .init()) {
        self.subject = subject
        self.selection = selection
        self.budgets = budgets
    }
}

extension GraphStoring {
    /// The graph a request asks for.
    public func exportGraph(_ request: GraphExportRequest) throws -> ExportGraph {
        switch request.subject {
        case .everything:
            return ExportGraph(edges: try relations(request.selection))
        case .around(let name, let depth):
            let center = try entity(named: name)
            let edges = try neighbourhood(around: center.id, depth: depth, request.selection)
            let alone = edges.isEmpty ? try references(named: [center.name]).filter { $0.id == center.id } : []
            return ExportGraph(edges: edges, extraNodes: alone)
        case .query(let text, let source, let parameters):
            let compiled = try Planner.compile(
                SourceText(text, name: source), resolver: try resolver(), parameters: parameters,
                options: .init(
                    maxRows: request.budgets.maxRows, maxExpansions: request.budgets.maxExpansions,
                    includeModal: request.selection.includeModal, excludeDomestic: request.selection.excludeDomestic))
            let result = try run(compiled, timeout: request.budgets.timeout)
            return try exportGraph(answering: result, request.selection)
        }
    }
}

