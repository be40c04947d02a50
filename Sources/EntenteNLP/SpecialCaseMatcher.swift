/// The second pass of spaCy's tokenizer (`_apply_special_cases`): exceptions that the first pass
/// cannot see whole, because affix or infix splitting or whitespace cuts them apart, are found as
/// token sequences and re-tokenized.
///
/// An exception takes part when its string has a prefix, suffix or infix match, or a space (with
/// spaCy's default `faster_heuristics`). Its token sequence is the first pass's tokenization of the
/// string with exceptions off. So `great(*_*)` first splits into `great ( * _ * )` and this pass
/// rejoins `(*_*)`; in `Portland,Ore.Iran` it rejoins `Ore.` and gives it the NORM `Oregon`.
struct SpecialCaseMatcher: Sendable {
    private struct Node: Sendable {
        var children: [CodePointKey: Int] = [:]
        var endsPattern = false
    }

    private var nodes = [Node()]
    /// The first UTF-8 bytes of pattern-starting tokens, to skip most tokens without hashing them.
    private var firstBytes = [Bool](repeating: false, count: 256)
    private let exceptions: [CodePointKey: [ChunkToken]]

    init(affixes: AffixTokenizer) {
        exceptions = affixes.exceptions
        var scratch = RegexScratch()
        for key in affixes.exceptions.keys {
            let codePoints = CodePointBuffer.codePoints(of: key.string)
            let pattern: [String]? = codePoints.withUnsafeBufferPointer { text in
                let whole = 0..<text.count
                let splits = (affixes.prefixPattern.firstMatch(in: text, whole, scratch: &scratch)?.count ?? 0) > 0
                    || !affixes.infixPattern.allMatches(in: text, whole, scratch: &scratch).isEmpty
                    || (affixes.suffixPattern.firstMatch(in: text, whole, scratch: &scratch)?.count ?? 0) > 0
                    || codePoints.contains(0x20)
                guard splits else { return nil }
                return affixes.tokenize(text, withExceptions: false, cache: nil, scratch: &scratch).map(\.text)
            }
            if let pattern, !pattern.isEmpty { insert(pattern) }
        }
    }

    private mutating func insert(_ pattern: [String]) {
        var node = 0
        for text in pattern {
            let key = CodePointKey(text)
            if let child = nodes[node].children[key] {
                node = child
            } else {
                nodes.append(Node())
                nodes[node].children[key] = nodes.count - 1
                node = nodes.count - 1
            }
        }
        nodes[node].endsPattern = true
        firstBytes[Int(pattern[0].utf8.first!)] = true
    }

    /// Replaces, in place, each chosen match whose text (with the spaces between its tokens) is an
    /// exception by that exception's tokens. Matches are chosen longest first, then leftmost; one is
    /// dropped if its first or last token lies in a match seen before it.
    func apply(to pieces: inout [TokenizedPiece]) {
        var matches: [Range<Int>] = []
        for first in pieces.indices {
            guard let byte = pieces[first].text.utf8.first, firstBytes[Int(byte)] else { continue }
            var node = 0
            var next = first
            while next < pieces.count, let child = nodes[node].children[CodePointKey(pieces[next].text)] {
                node = child
                next += 1
                if nodes[node].endsPattern { matches.append(first..<next) }
            }
        }
        guard !matches.isEmpty else { return }

        matches.sort { $0.count != $1.count ? $0.count > $1.count : $0.lowerBound < $1.lowerBound }
        var claimed = [Bool](repeating: false, count: pieces.count)
        var chosen: [Range<Int>] = []
        for match in matches {
            if !claimed[match.lowerBound] && !claimed[match.upperBound - 1] { chosen.append(match) }
            for index in match { claimed[index] = true }
        }
        chosen.sort { $0.lowerBound < $1.lowerBound }

        var result: [TokenizedPiece] = []
        result.reserveCapacity(pieces.count + chosen.count)
        var copied = 0
        for match in chosen {
            result.append(contentsOf: pieces[copied..<match.lowerBound])
            copied = match.upperBound
            var spanText = ""
            for index in match {
                spanText += pieces[index].text
                if pieces[index].spaceAfter && index < match.upperBound - 1 { spanText += " " }
            }
            guard let tokens = exceptions[CodePointKey(spanText)] else {
                result.append(contentsOf: pieces[match])
                continue
            }
            var offset = pieces[match.lowerBound].start
            for token in tokens {
                result.append(TokenizedPiece(start: offset, end: offset + token.length, text: token.text,
                                             norm: token.norm, spaceAfter: false))
                offset += token.length
            }
            result[result.count - 1].spaceAfter = pieces[match.upperBound - 1].spaceAfter
        }
        result.append(contentsOf: pieces[copied...])
        pieces = result
    }
}
