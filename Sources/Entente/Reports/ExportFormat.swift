import Foundation

/// The formats `entente export` writes and the HTTP API's `/api/export.*` serves, each drawn by
/// the same exporter for both.
public enum ExportFormat: String, Sendable, CaseIterable {
    case dot, graphml, json, csv

    /// The media type an HTTP answer gives the format.
    public var mediaType: String {
        switch self {
        case .dot: "text/vnd.graphviz; charset=utf-8"
        case .graphml: "application/graphml+xml; charset=utf-8"
        case .json: "application/json; charset=utf-8"
        case .csv: "text/csv; charset=utf-8"
        }
    }

    /// `graph` written in this format; `dot` options apply to DOT only.
    public func render(_ graph: ExportGraph, dot: DOTExporter.Options = .init()) -> String {
        switch self {
        case .dot:
            return DOTExporter(options: dot).render(graph)
        case .graphml:
            return GraphMLExporter.render(graph)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.keyEncodingStrategy = .convertToSnakeCase
            return String(decoding: (try? encoder.encode(NodeLinkDocument(graph))) ?? Data(), as: UTF8.self) + "\n"
        case .csv:
            return TextTable(
                columns: [
                    "subject", "predicate", "object", "class", "negated", "facts", "sources", "first_seen", "last_seen", "confidence",
                    "subject_kind", "object_kind", "modality", "subject_role", "object_role",
                ],
                rows: graph.edges.map {
                    [
                        $0.subject.name, $0.predicate, $0.object.name, $0.relationClass.rawValue, $0.negated ? "true" : "false",
                        String($0.facts), String($0.sources), $0.firstSeen ?? "", $0.lastSeen ?? "", String($0.confidence),
                        $0.subject.kind.rawValue, $0.object.kind.rawValue, $0.modality?.rawValue ?? "", $0.subjectRole ?? "",
                        $0.objectRole ?? "",
                    ]
                }
            ).csv()
        }
    }
}
