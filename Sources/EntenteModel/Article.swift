/// A source document: a news article, or a file of facts extracted elsewhere.
///
/// Its identity is the SHA-256 of its text, so the same article read twice,
/// under any file name, is stored once.
public struct Article: Sendable, Hashable, Codable {
    public enum Origin: String, Sendable, Hashable, Codable, CaseIterable {
        case article
        case triples
        case gdelt
        case icews
    }

    public var origin: Origin
    public var title: String?
    public var published: CalendarDay?
    /// The publisher, or the file the article came from.
    public var source: String?
    public var url: String?
    public var text: String
    /// What identifies an article without text of its own (an imported event's source URL);
    /// when set, the content hash is taken from it instead of the text.
    public var identity: String?

    public init(
        origin: Origin = .article, title: String? = nil, published: CalendarDay? = nil, source: String? = nil,
        url: String? = nil, text: String, identity: String? = nil
    ) {
        self.identity = identity
        self.origin = origin
        self.title = title
        self.published = published
        self.source = source
        self.url = url
        self.text = text
    }

    public var contentHash: String { SHA256.hexDigest(of: identity ?? text) }
}
