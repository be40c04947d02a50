/// A source document: a news article, or a file of facts extracted elsewhere.
///
/// Its identity is the SHA-256 of its text, so the same article read twice,
/// under any file name, is stored once.
public struct Article: Sendable, Hashable, Codable {
    /// Where a document came from.
    public enum Origin: String, Sendable, Hashable, Codable, CaseIterable {
        case article
        case triples
        case gdelt
        case icews
    }

    /// Where it came from.
    public var origin: Origin
    /// Its title, if it has one.
    public var title: String?
    /// The day it was published, if known.
    public var published: CalendarDay?
    /// The publisher, or the file the article came from.
    public var source: String?
    /// Its address, if it has one.
    public var url: String?
    /// Its text.
    public var text: String
    /// What identifies an article without text of its own (an imported event's source URL);
    /// when set, the content hash is taken from it instead of the text.
    public var identity: String?

    /// A document of these fields; only the text is required.
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

    /// The SHA-256 of its identity, else of its text: the same article stored twice is one.
    public var contentHash: String { SHA256.hexDigest(of: identity ?? text) }
}
