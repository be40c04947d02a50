/// One token as spaCy's tokenizer produces it, before any statistical stage.
///
/// Offsets count Unicode code points, as Python's `str` indices do: `"e\u{301}"` is two and CR LF is
/// two, whatever Swift's `Character` makes of them.
struct TokenizedPiece: Sendable, Equatable {
    /// Offset of the first code point in the text (spaCy's `token.idx`).
    var start: Int
    /// One past the last code point.
    var end: Int
    /// The token text (ORTH).
    var text: String
    /// The NORM a tokenizer exception gives this token, nil when no exception produced it or the
    /// exception sets none.
    var norm: String?
    /// Whether one space (U+0020) follows and belongs to this token (spaCy's `whitespace_ == " "`).
    var spaceAfter: Bool
}
