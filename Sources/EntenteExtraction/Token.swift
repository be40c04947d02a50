/// A word, number or punctuation mark of an article, with its place in the text.
///
/// Offsets count Unicode scalars from the start of the article text, end
/// exclusive, as Python counts string indices.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case word
        case number
        case punctuation
    }

    public var text: String
    public var kind: Kind
    public var start: Int
    public var end: Int
    /// The lower-cased text, for lexicon lookups.
    public var lower: String
    /// True when the first character is an upper-case letter.
    public var isCapitalised: Bool
    /// True when whitespace (or the start of the text) precedes the token.
    public var followsSpace: Bool
}
