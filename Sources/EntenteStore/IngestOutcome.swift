/// What storing one article did.
public struct IngestOutcome: Sendable, Equatable {
    public enum Status: String, Sendable, Equatable {
        /// The article was new and is now stored with its facts.
        case stored
        /// An article with the same content hash was already stored; nothing changed.
        case unchanged
    }

    public var status: Status
    public var articleID: Int64
    public var entitiesAdded: Int
    public var factsAdded: Int

    /// A value of every field, for a store to build.
    package init(status: Status, articleID: Int64, entitiesAdded: Int, factsAdded: Int) {
        self.status = status
        self.articleID = articleID
        self.entitiesAdded = entitiesAdded
        self.factsAdded = factsAdded
    }
}
