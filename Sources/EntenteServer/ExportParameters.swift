import Entente
import HTTPTypes

/// The options of `entente export` as query parameters: `around`, `depth`, `query`, `since`,
/// `until`, `as_of`, `window`, `min_sources`, `min_confidence`, `include_negated`,
/// `include_modal`, `no_domestic`, `all_facts`.
struct ExportParameters {
    let request: GraphExportRequest

    /// `budgets` bound a `query` subject, as they bound `POST /api/query`.
    init(_ parameters: RequestParameters, budgets: QueryBudgets) throws(APIError) {
        let (since, until) = try parameters.dateRange()
        let asOf = try parameters.date("as_of")
        if asOf != nil, since != nil || until != nil {
            throw APIError(.badRequest, "give either 'as_of' or 'since'/'until', not both")
        }
        let window = try parameters.window("window") ?? TimeWindow(days: 180)
        let time: RelationSelection.Time =
            if let asOf { .asOf(asOf.end, window: window) } else if since != nil || until != nil {
                .overlapping(since: since?.start, until: until?.end)
            } else { .always }
        var minConfidence = 0.0
        if let text = parameters.text("min_confidence") {
            guard let value = Double(text), (0...1).contains(value) else {
                throw .badParameter("min_confidence", "expected a number from 0 to 1, found '\(text)'")
            }
            minConfidence = value
        }
        let selection = RelationSelection(
            time: time, includeNegated: try parameters.flag("include_negated"),
            minSources: try parameters.integer("min_sources", in: 1...1_000_000) ?? 1, minConfidence: minConfidence,
            perFact: try parameters.flag("all_facts"), includeModal: try parameters.flag("include_modal"),
            excludeDomestic: try parameters.flag("no_domestic"))
        let around = parameters.text("around")
        let query = parameters.text("query")
        if around != nil, query != nil { throw APIError(.badRequest, "give either 'around' or 'query', not both") }
        let depth = try parameters.integer("depth", in: 1...GraphExportRequest.maxDepth) ?? 1
        let subject: GraphExportRequest.Subject =
            if let around { .around(around, depth: depth) } else if let query { .query(query, source: "query", parameters: [:]) } else {
                .everything
            }
        request = GraphExportRequest(subject: subject, selection: selection, budgets: budgets)
    }
}
