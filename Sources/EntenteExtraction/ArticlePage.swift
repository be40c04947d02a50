public import EntenteModel

/// An article's text divided into what a reader would tell apart: the title,
/// the dateline, the body, photo captions, site boilerplate and comments.
///
/// Only the body yields relation facts; captions may yield entities.
public struct ArticlePage: Sendable {
    public enum ZoneKind: String, Sendable, Hashable, CaseIterable {
        case title
        case dateline
        case body
        case caption
        case boilerplate
        case comments
    }

    public struct Zone: Sendable, Hashable {
        public var kind: ZoneKind
        /// Offsets into the text, in Unicode scalars.
        public var range: Range<Int>
        /// The same stretch as string indices.
        public var indices: Range<String.Index>
    }

    /// The text as received; offsets count its Unicode scalars.
    public let text: String
    public var title: String?
    public var published: CalendarDay?
    public var source: String?
    public var url: String?
    public var zones: [Zone]

    public func text(of zone: Zone) -> String { String(text.unicodeScalars[zone.indices]) }

    /// The zone's scalars; a page is read one zone at a time, so memory follows the longest zone, not the page.
    public func scalars(of zone: Zone) -> [Unicode.Scalar] { Array(text.unicodeScalars[zone.indices]) }

    /// The zone's tokens, with offsets into the whole text.
    public func tokens(of zone: Zone) -> [Token] {
        let scalars = scalars(of: zone)
        return Tokenizer.tokens(scalars, in: 0..<scalars.count, base: zone.range.lowerBound)
    }

    public func zones(_ kind: ZoneKind) -> [Zone] { zones.filter { $0.kind == kind } }

    /// The day and month of a dateline that gives no year (`Sept 4` of `KYIV, Sept 4 (Reuters) -`)
    /// on a page with no publication date to take the year from: its facts are then undated.
    /// Read in the opening words of each zone up to the first body paragraph, the title aside.
    public var yearlessDateline: String? {
        guard published == nil else { return nil }
        for zone in zones where zone.kind != .title && zone.kind != .comments {
            if let date = DateFinder.yearlessDate(openingWithin: 12, of: tokens(of: zone)) { return date }
            if zone.kind == .body { break }
        }
        return nil
    }

    /// What to tell the reader of `file` when ``yearlessDateline`` finds a date, or nil.
    public func yearlessDatelineWarning(file: String) -> String? {
        yearlessDateline.map { date in
            "\(file): the dateline gives '\(date)' without a year and the article has no publication date, so its facts are undated; "
                + "give the article its date (a 'Published: YYYY-MM-DD' line at the top, or \"published\" in JSON)"
        }
    }

    /// The article this page is, as the store keeps it.
    public func article(origin: Article.Origin = .article) -> Article {
        Article(origin: origin, title: title, published: published, source: source, url: url, text: text)
    }
}
