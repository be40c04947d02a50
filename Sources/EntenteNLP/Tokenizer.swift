/// spaCy's English tokenizer (`spacy/tokenizer.pyx`) for one model's rules, giving exactly its tokens,
/// offsets and trailing spaces.
///
/// Thread-safe: matching keeps its scratch memory per call, and the shared chunk cache is locked.
final class Tokenizer: Sendable {
    private let affixes: AffixTokenizer
    private let specialCases: SpecialCaseMatcher
    private let cache = TokenizerChunkCache(capacity: 5_000)

    init(rules: TokenizerRules) throws {
        affixes = try AffixTokenizer(rules: rules)
        specialCases = SpecialCaseMatcher(affixes: affixes)
    }

    func tokenize(_ text: String) -> [TokenizedPiece] {
        let codePoints = CodePointBuffer.codePoints(of: text)
        var scratch = RegexScratch()
        var pieces = codePoints.withUnsafeBufferPointer { buffer in
            affixes.tokenize(buffer, withExceptions: true, cache: cache, scratch: &scratch)
        }
        specialCases.apply(to: &pieces)
        return pieces
    }
}
