import Entente
import EntenteServer
import NIOCore

/// The tools `entente mcp` offers, read-only, each the HTTP API endpoint of the same name.
enum GraphTools {
    static let dateHelp = "a date as YYYY, YYYY-MM or YYYY-MM-DD"

    static let all: [GraphTool] = [
        GraphTool(
            name: "query",
            description: """
                Run a query in Entente's path-query language (read the resource entente://docs/query-language first) and \
                get {"columns", "rows"}. Example: MATCH ("Russia")-[r:mediates]->(b) RETURN b, r.date. A mistake comes \
                back as {"error", "line", "column", "caret"}; a query past its row, expansion or time budget is stopped.
                """,
            arguments: [
                .init(name: "query", type: "string", description: "The query text.", required: true),
                .init(name: "params", type: "object", description: "Values for $name placeholders in the query, e.g. {\"target\": \"Syria\"}."),
            ],
            answer: { api, arguments in
                try api.query(ByteBuffer(string: arguments["body"] ?? "{}"))
            }),
        GraphTool(
            name: "entities",
            description: "Find entities (actors, places, organisations) by the start of a word of their name, alias or code; most connected first. Use it to learn the exact names the other tools accept.",
            arguments: [
                .init(name: "search", type: "string", description: "Text a word of the name starts with, e.g. 'turk'."),
                .init(name: "kind", type: "string", description: "Only this kind.", choices: EntityKind.allCases.map(\.rawValue)),
                .init(name: "limit", type: "integer", description: "At most this many (default 50)."),
            ],
            answer: { api, arguments in try api.entities(RequestParameters(arguments)) }),
        GraphTool(
            name: "facts",
            description: "List facts (who did what to whom, dated) with their evidence sentence, speaker, modality and source article, oldest first.",
            arguments: [
                .init(name: "about", type: "string", description: "Only facts with this entity as subject or object."),
                .init(name: "since", type: "string", description: "Only facts on or after \(dateHelp)."),
                .init(name: "until", type: "string", description: "Only facts on or before \(dateHelp)."),
                .init(name: "limit", type: "integer", description: "At most this many (default 500)."),
            ],
            answer: { api, arguments in try api.facts(RequestParameters(arguments)) }),
        GraphTool(
            name: "neighbourhood",
            description: "The relations within `depth` hops of an entity, as node-link JSON (nodes with kind; links with predicate, class, negated, facts, sources, first and last dates).",
            arguments: [
                .init(name: "around", type: "string", description: "The entity at the centre.", required: true),
                .init(name: "depth", type: "integer", description: "Hops from it, 1 to \(GraphExportRequest.maxDepth) (default 1)."),
                .init(name: "since", type: "string", description: "Only relations with facts on or after \(dateHelp)."),
                .init(name: "until", type: "string", description: "Only relations with facts on or before \(dateHelp)."),
                .init(name: "as_of", type: "string", description: "Only relations alive on this day (instead of since/until)."),
                .init(name: "window", type: "string", description: "With as_of: how long a point event stays alive, e.g. 180d, 6m."),
                .init(name: "min_sources", type: "integer", description: "Only relations reported by at least this many sources."),
                .init(name: "include_negated", type: "boolean", description: "Also relations reported as not happening."),
            ],
            answer: { api, arguments in try api.neighbourhood(RequestParameters(arguments)) }),
        GraphTool(
            name: "timeline",
            description: "Count the facts between two actors per period, by relation class, with the mean Goldstein score and the cooperation–conflict balance.",
            arguments: [
                .init(name: "a", type: "string", description: "The first actor.", required: true),
                .init(name: "b", type: "string", description: "The second actor.", required: true),
                .init(name: "by", type: "string", description: "The period (default month).", choices: Timeline.Bucket.allCases.map(\.rawValue)),
                .init(name: "since", type: "string", description: "Start at \(dateHelp)."),
                .init(name: "until", type: "string", description: "End at \(dateHelp)."),
                .init(name: "direction", type: "string", description: "both (default), out (a acts on b) or in.", choices: TimelineDirection.allCases.map(\.rawValue)),
            ],
            answer: { api, arguments in try api.timeline(RequestParameters(arguments)) }),
        GraphTool(
            name: "snapshot",
            description: "The relations alive on a day: a point event stays alive for `window` after its date; a lasting relation (member of, ally of) until a negated fact closes it.",
            arguments: [
                .init(name: "as_of", type: "string", description: "The day (a month or year means its last day).", required: true),
                .init(name: "window", type: "string", description: "How long a point event stays alive (default 180d)."),
                .init(name: "around", type: "string", description: "Only relations near this entity."),
                .init(name: "depth", type: "integer", description: "Hops from `around` (default 1)."),
            ],
            answer: { api, arguments in try api.snapshot(RequestParameters(arguments)) }),
        GraphTool(
            name: "diff",
            description: "Compare the relations of two periods: which appeared, disappeared, or changed their dominant class.",
            arguments: [
                .init(name: "p1", type: "string", description: "The earlier period: 2016, 2017-03, or 2016-01..2016-06.", required: true),
                .init(name: "p2", type: "string", description: "The later period.", required: true),
                .init(name: "around", type: "string", description: "Only relations of this entity."),
            ],
            answer: { api, arguments in try api.diff(RequestParameters(arguments)) }),
        GraphTool(
            name: "changes",
            description: "The story of an entity's relations, newest first, each fact with its date, the sentence it comes from and its source.",
            arguments: [
                .init(name: "about", type: "string", description: "The entity.", required: true),
                .init(name: "since", type: "string", description: "Only facts on or after \(dateHelp)."),
                .init(name: "limit", type: "integer", description: "At most this many (default 500)."),
            ],
            answer: { api, arguments in try api.changes(RequestParameters(arguments)) }),
    ]
}
