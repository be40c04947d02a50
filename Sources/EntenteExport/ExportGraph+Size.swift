// MARK: - Whether a drawing fits a screen

extension ExportGraph {
    /// About what one screen shows legibly: past either, labels overlap and GraphViz takes long.
    public static let screenful = (nodes: 60, edges: 150)

    /// Whether a drawing of this graph will be larger than a screen.
    public var isLargerThanAScreen: Bool {
        nodes.count > Self.screenful.nodes || edges.count > Self.screenful.edges
    }
}
