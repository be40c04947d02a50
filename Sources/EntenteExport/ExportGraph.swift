public import EntenteModel

/// The nodes and edges an export draws, in the order every format writes them: nodes by
/// name, edges by subject, object and predicate. Node IDs are synthetic (`n1`, `n2`, …) and
/// follow that order, so the same graph always exports the same text.
public struct ExportGraph: Sendable, Hashable {
    public private(set) var nodes: [EntityReference]
    public private(set) var edges: [RelationSummary]
    /// Synthetic ID per entity id.
    public private(set) var nodeIDs: [Int64: String]

    /// The graph of `edges`, plus `extraNodes` that stand alone.
    public init(edges: [RelationSummary], extraNodes: [EntityReference] = []) {
        var byID: [Int64: EntityReference] = [:]
        for node in extraNodes { byID[node.id] = node }
        for edge in edges {
            byID[edge.subject.id] = edge.subject
            byID[edge.object.id] = edge.object
        }
        self.init(nodes: Array(byID.values), edges: edges)
    }

    /// A frame of an animation: only `edges`, but every node of `allNodes`, with the IDs they
    /// have in the whole, so a node keeps its ID from frame to frame.
    public init(nodes allNodes: [EntityReference], edges: [RelationSummary]) {
        self.nodes = allNodes.sorted()
        self.edges = edges.sorted(by: RelationSummary.ordered)
        self.nodeIDs = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1.id, "n\($0 + 1)") })
    }

    public func id(of node: EntityReference) -> String { nodeIDs[node.id] ?? "n0" }
}
