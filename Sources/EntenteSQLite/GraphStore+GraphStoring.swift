public import EntenteStore

/// The SQLite store is a graph store like any other: the checks of `GraphStoreConformance` hold.
extension GraphStore: GraphStoring {}
