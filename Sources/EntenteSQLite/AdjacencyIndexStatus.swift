/// What the adjacency index file beside a database holds, against the database now.
public struct AdjacencyIndexStatus: Sendable, Equatable {
    public enum State: Sendable, Equatable {
        /// No file.
        case absent
        /// Built from exactly the facts stored now: searches map it.
        case current
        /// Built from these facts before more were appended: searches map it and read the newer
        /// facts from SQLite (`facts`: how many ids lie past it).
        case behind(newerFactIDs: Int64)
        /// Built from other data (a stored fact changed since, or another database): never used.
        case stale
        /// Not a whole index file (truncated, damaged, another format): never used.
        case damaged(String)
    }

    /// The file's path.
    public let path: String
    public let state: State
    /// Facts in the index (not negated, asserted or reported), when the file could be read.
    public let facts: Int?
    /// Entity ids it has slices for, when the file could be read.
    public let entities: Int?
    /// The file's size in bytes, when there is one.
    public let bytes: Int?

    /// Whether searches use the file as it is.
    public var isUsable: Bool {
        switch state {
        case .current, .behind: true
        case .absent, .stale, .damaged: false
        }
    }
}
