public import EntenteModel

/// An `ExportGraph` as GraphViz DOT: nodes shaped by kind, edges coloured by relation class,
/// wider with more sources, dashed when negated, modal (hypothetical, future, advocated, hedged)
/// or below a confidence, labelled by predicate, modality, count and date range; optional
/// clusters by country and a legend.
///
/// Never `strict` (it would merge parallel relations), always `charset="UTF-8"`, every label
/// through `DOTEscaping.quoted`.
public struct DOTExporter: Sendable {
    public struct Options: Sendable, Hashable {
        /// Put actors and places of one country in a box of their own.
        public var clustersByCountry: Bool
        public var legend: Bool
        /// Edges below this confidence are drawn dashed.
        public var dashedBelowConfidence: Double
        public var title: String?
        /// With clusters: the country of entities whose own `iso3` is empty, by entity id (a
        /// person's, from their `member_of`/`leader_of` facts or code), so they join its box.
        public var countries: [Int64: String]

        public init(
            clustersByCountry: Bool = false, legend: Bool = true, dashedBelowConfidence: Double = 0.5, title: String? = nil,
            countries: [Int64: String] = [:]
        ) {
            self.clustersByCountry = clustersByCountry
            self.legend = legend
            self.dashedBelowConfidence = dashedBelowConfidence
            self.title = title
            self.countries = countries
        }
    }

    public var options: Options

    public init(options: Options = .init()) { self.options = options }

    public static func shape(_ kind: EntityKind) -> String {
        switch kind {
        case .actor: "ellipse"
        case .organisation: "box"
        case .place: "house"
        }
    }

    public static func colour(_ relationClass: RelationClass) -> String {
        switch relationClass {
        case .verbalCooperation: "#4daf4a"
        case .materialCooperation: "#1b7837"
        case .verbalConflict: "#f46d43"
        case .materialConflict: "#c51b1b"
        case .neutral: "#8c8c8c"
        case .structural: "#000000"
        }
    }

    /// 1 for one source, growing with the logarithm of the count, at most 6.
    public static func penWidth(sources: Int) -> String {
        var width = 1.0
        var count = max(sources, 1)
        while count > 1 && width < 6 {
            width += 1
            count /= 2
        }
        return String(Int(width))
    }

    public static func label(_ edge: RelationSummary) -> String {
        var label = edge.predicate.replacingUnderscores
        if edge.negated { label = "not " + label }
        if edge.facts > 1 { label += " ×\(edge.facts)" }
        if let modality = edge.modality { label += " (\(modality.rawValue))" }
        // A domestic edge loops on its node: the roles tell its two parties apart.
        if edge.isDomestic, edge.subjectRole != nil || edge.objectRole != nil {
            label += "\n" + (edge.subjectRole ?? "?") + " → " + (edge.objectRole ?? "?")
        }
        if let validFrom = edge.validFrom {
            label += "\nsince \(validFrom)"
        } else if !edge.dateRange.isEmpty {
            label += "\n" + edge.dateRange
        }
        return label
    }

    public func render(_ graph: ExportGraph) -> String {
        var lines = ["digraph entente {", "  charset=\"UTF-8\";", "  graph [fontname=\"Helvetica\", overlap=false, splines=true];"]
        if let title = options.title {
            lines.append("  label=\(DOTEscaping.quoted(title)); labelloc=t;")
        }
        lines.append("  node [fontname=\"Helvetica\", fontsize=11];")
        lines.append("  edge [fontname=\"Helvetica\", fontsize=9];")
        var clustered: [String: [EntityReference]] = [:]
        var loose: [EntityReference] = []
        for node in graph.nodes {
            if options.clustersByCountry, node.kind != .organisation, let iso3 = node.iso3 ?? options.countries[node.id] {
                clustered[iso3, default: []].append(node)
            } else {
                loose.append(node)
            }
        }
        func nodeLine(_ node: EntityReference, indent: String) -> String {
            "\(indent)\(graph.id(of: node)) [label=\(DOTEscaping.quoted(node.name)), shape=\(Self.shape(node.kind)), tooltip=\(DOTEscaping.quoted("\(node.kind.rawValue), \(node.type)"))];"
        }
        for (index, iso3) in clustered.keys.sorted().enumerated() {
            let members = clustered[iso3]!
            let country = members.first { $0.type == "state" || $0.type == "country" }?.name ?? iso3
            lines.append("  subgraph cluster_c\(index + 1) {")
            lines.append("    label=\(DOTEscaping.quoted(country == iso3 ? iso3 : "\(country) (\(iso3))")); style=rounded; color=\"#bbbbbb\";")
            for node in members { lines.append(nodeLine(node, indent: "    ")) }
            lines.append("  }")
        }
        for node in loose { lines.append(nodeLine(node, indent: "  ")) }
        for edge in graph.edges {
            var attributes = [
                "label=\(DOTEscaping.quoted(Self.label(edge)))",
                "color=\"\(Self.colour(edge.relationClass))\"",
                "fontcolor=\"\(Self.colour(edge.relationClass))\"",
                "penwidth=\(Self.penWidth(sources: edge.sources))",
            ]
            if isDashed(edge) { attributes.append("style=dashed") }
            if edge.relationClass == .structural { attributes.append("arrowhead=empty") }
            lines.append("  \(graph.id(of: edge.subject)) -> \(graph.id(of: edge.object)) [\(attributes.joined(separator: ", "))];")
        }
        if options.legend { lines += legend(for: graph) }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Negated, modal and low-confidence relations are drawn dashed: they are not plain events.
    func isDashed(_ edge: RelationSummary) -> Bool {
        edge.negated || edge.modality != nil || edge.confidence < options.dashedBelowConfidence
    }

    /// A box naming the shapes and colours in use, drawn with IDs no entity can take.
    func legend(for graph: ExportGraph) -> [String] {
        var lines = ["  subgraph cluster_legend {", "    label=\"Legend\"; style=dashed; color=\"#bbbbbb\"; fontsize=10;"]
        let kinds = EntityKind.allCases.filter { kind in graph.nodes.contains { $0.kind == kind } }
        for (index, kind) in kinds.enumerated() {
            lines.append("    legend_k\(index + 1) [label=\(DOTEscaping.quoted(kind.rawValue)), shape=\(Self.shape(kind)), fontsize=9];")
        }
        let classes = RelationClass.allCases.filter { relationClass in graph.edges.contains { $0.relationClass == relationClass } }
        for (index, relationClass) in classes.enumerated() {
            let from = "legend_a\(index + 1)"
            let to = "legend_b\(index + 1)"
            lines.append("    \(from) [label=\"\", shape=point, width=0.05]; \(to) [label=\"\", shape=point, width=0.05];")
            lines.append(
                "    \(from) -> \(to) [label=\(DOTEscaping.quoted(relationClass.rawValue)), color=\"\(Self.colour(relationClass))\", fontcolor=\"\(Self.colour(relationClass))\"];")
        }
        if graph.edges.contains(where: isDashed) {
            let modal = graph.edges.contains { $0.modality != nil }
            lines.append("    legend_c1 [label=\"\", shape=point, width=0.05]; legend_c2 [label=\"\", shape=point, width=0.05];")
            lines.append(
                "    legend_c1 -> legend_c2 [label=\"\(modal ? "negated, uncertain or modal" : "negated or uncertain")\", style=dashed];")
        }
        lines.append("  }")
        return lines
    }
}

extension String {
    /// `labels_as_terrorists` → `labels as terrorists`.
    var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}
