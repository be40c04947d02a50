/// Cuts a long text into pieces the networks can take with bounded memory, one piece at a time.
///
/// A cut falls just after the last paragraph break in the second half of the window, else the last
/// line break, else the last sentence end (`. `), else the last space, else at the limit; it always
/// goes after a whole whitespace run. Tokens are then the same as in the uncut text except at a
/// forced cut inside a word.
struct TextPieces: Sequence, IteratorProtocol {
    struct Piece {
        var text: String
        /// Offset of the piece's first scalar in the whole text.
        var offset: Int
    }

    private let scalars: String.UnicodeScalarView
    private let maximumLength: Int
    private var position: String.UnicodeScalarView.Index
    private var offset = 0

    init(_ text: String, maximumLength: Int) {
        scalars = text.unicodeScalars
        self.maximumLength = maximumLength
        position = scalars.startIndex
    }

    mutating func next() -> Piece? {
        guard position < scalars.endIndex else { return nil }
        let start = position
        let half = scalars.index(start, offsetBy: maximumLength / 2, limitedBy: scalars.endIndex) ?? scalars.endIndex
        let limit = scalars.index(half, offsetBy: maximumLength - maximumLength / 2, limitedBy: scalars.endIndex)
            ?? scalars.endIndex
        let end = limit == scalars.endIndex ? limit : cutPoint(from: half, to: limit)
        let length = scalars.distance(from: start, to: end)
        let piece = Piece(text: String(scalars[start..<end]), offset: offset)
        offset += length
        position = end
        return piece
    }

    private func cutPoint(from lower: String.UnicodeScalarView.Index,
                          to upper: String.UnicodeScalarView.Index) -> String.UnicodeScalarView.Index {
        func lastEnd(_ matches: (String.UnicodeScalarView.Index) -> Bool) -> String.UnicodeScalarView.Index? {
            var index = upper
            while index > lower {
                index = scalars.index(before: index)
                if matches(index) { return scalars.index(after: index) }
            }
            return nil
        }
        func follows(_ index: String.UnicodeScalarView.Index, _ scalar: Unicode.Scalar) -> Bool {
            index > scalars.startIndex && scalars[scalars.index(before: index)] == scalar
        }
        let cut = lastEnd { scalars[$0] == "\n" && follows($0, "\n") }
            ?? lastEnd { scalars[$0] == "\n" }
            ?? lastEnd { scalars[$0] == " " && follows($0, ".") }
            ?? lastEnd { scalars[$0] == " " }
        guard var end = cut else { return upper }
        while end < upper && PythonString.isSpace(scalars[end]) { end = scalars.index(after: end) }
        return end
    }
}
