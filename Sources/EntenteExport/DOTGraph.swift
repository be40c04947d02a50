/// A small directed graph rendered as deterministic DOT: nodes and edges
/// sorted, IDs synthetic, labels escaped.
public struct DOTGraph: Sendable {
    public struct Edge: Sendable, Hashable {
        public var from: String
        public var to: String
        public var label: String
        public var negated: Bool

        public init(from: String, to: String, label: String, negated: Bool = false) {
            self.from = from
            self.to = to
            self.label = label
            self.negated = negated
        }
    }

    public private(set) var nodes: Set<String> = []
    public private(set) var edges: Set<Edge> = []

    public init() {}

    public mutating func add(node: String) { nodes.insert(node) }

    public mutating func add(_ edge: Edge) {
        nodes.insert(edge.from)
        nodes.insert(edge.to)
        edges.insert(edge)
    }

    public func rendered(name: String = "entente") -> String {
        let sortedNodes = nodes.sorted()
        let ids = Dictionary(uniqueKeysWithValues: sortedNodes.enumerated().map { ($1, "n\($0 + 1)") })
        var lines = ["digraph \(DOTEscaping.quoted(name)) {", "  node [shape=box];"]
        for node in sortedNodes {
            lines.append("  \(ids[node]!) [label=\(DOTEscaping.quoted(node))];")
        }
        let sortedEdges = edges.sorted { ($0.from, $0.to, $0.label) < ($1.from, $1.to, $1.label) }
        for edge in sortedEdges {
            let style = edge.negated ? ", style=dashed" : ""
            lines.append("  \(ids[edge.from]!) -> \(ids[edge.to]!) [label=\(DOTEscaping.quoted(edge.label))\(style)];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}
