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
    }

    /// The text as received; offsets index its Unicode scalars.
    public let text: String
    public let scalars: [Unicode.Scalar]
    public var title: String?
    public var published: CalendarDay?
    public var source: String?
    public var url: String?
    public var zones: [Zone]

    public func text(of zone: Zone) -> String {
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars[zone.range])
        return result
    }

    public func zones(_ kind: ZoneKind) -> [Zone] { zones.filter { $0.kind == kind } }
}
