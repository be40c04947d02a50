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

    public init(
        origin: Origin = .article, title: String? = nil, published: CalendarDay? = nil, source: String? = nil,
        url: String? = nil, text: String
    ) {
        self.origin = origin
        self.title = title
        self.published = published
        self.source = source
        self.url = url
        self.text = text
    }

    public var contentHash: String { SHA256.hexDigest(of: text) }
}
