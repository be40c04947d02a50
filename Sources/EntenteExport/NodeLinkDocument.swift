public import EntenteModel

/// An `ExportGraph` in the node-link JSON shape D3, networkx (`node_link_graph`) and most
/// notebooks read: `{"directed": true, "nodes": [...], "links": [...]}`.
public struct NodeLinkDocument: Sendable, Encodable {
    public struct Node: Sendable, Encodable {
        public var id: String
        public var name: String
        public var kind: EntityKind
        public var type: String
        public var iso3: String?
    }

    public struct Link: Sendable, Encodable {
        public var source: String
        public var target: String
        public var predicate: String
        public var `class`: RelationClass
        public var negated: Bool
        public var facts: Int
        public var sources: Int
        public var firstSeen: String?
        public var lastSeen: String?
        public var confidence: Double
        public var validFrom: String?
        public var validTo: String?
        /// Absent for asserted and reported facts; `hypothetical`, `future`, `advocated` or `hedged`.
        public var modality: Modality?
        /// The capacities the subject and the object act in (`police`, `civilians`), where the
        /// facts give them: for a domestic relation, or for each fact with `--all-facts`.
        public var subjectRole: String?
        public var objectRole: String?
    }

    public var directed = true
    public var multigraph = true
    public var nodes: [Node]
    public var links: [Link]

    public init(_ graph: ExportGraph) {
        nodes = graph.nodes.map { Node(id: graph.id(of: $0), name: $0.name, kind: $0.kind, type: $0.type, iso3: $0.iso3) }
        links = graph.edges.map {
            Link(
                source: graph.id(of: $0.subject), target: graph.id(of: $0.object), predicate: $0.predicate,
                class: $0.relationClass, negated: $0.negated, facts: $0.facts, sources: $0.sources, firstSeen: $0.firstSeen,
                lastSeen: $0.lastSeen, confidence: $0.confidence, validFrom: $0.validFrom, validTo: $0.validTo,
                modality: $0.modality, subjectRole: $0.subjectRole, objectRole: $0.objectRole)
        }
    }
}
