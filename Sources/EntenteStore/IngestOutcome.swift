/// What storing one article did.
public struct IngestOutcome: Sendable, Equatable {
    /// Whether the article was stored.
    public enum Status: String, Sendable, Equatable {
        /// The article was new and is now stored with its facts.
        case stored
        /// An article with the same content hash was already stored; nothing changed.
        case unchanged
    }

    /// Whether the article was stored.
    public var status: Status
    /// The article's id, new or already stored.
    public var articleID: Int64
    /// Entities the article added to the store.
    public var entitiesAdded: Int
    /// Facts the article added to the store.
    public var factsAdded: Int

    /// A value of every field, for a store to build.
    package init(status: Status, articleID: Int64, entitiesAdded: Int, factsAdded: Int) {
        self.status = status
        self.articleID = articleID
        self.entitiesAdded = entitiesAdded
        self.factsAdded = factsAdded
    }
}
