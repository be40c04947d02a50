/// One token of a whitespace-delimited chunk, with its length so offsets need no recounting.
struct ChunkToken: Sendable {
    var text: String
    /// Length in code points.
    var length: Int
    var norm: String?
}

/// The first pass of spaCy's tokenizer (`_tokenize_affixes`): split the text at whitespace, then
/// split each chunk with the exceptions and the prefix, suffix, infix and URL patterns.
///
/// Work per chunk is bounded whatever the text: exception lookups only happen for strings no
/// longer than the longest exception, prefix and suffix searches look only near their end of the
/// chunk (see `PythonRegex`), and each pass of the affix loop removes at least one code point.
struct AffixTokenizer: Sendable {
    let prefixPattern: PythonRegex
    let suffixPattern: PythonRegex
    let infixPattern: PythonRegex
    let urlPattern: PythonRegex
    let exceptions: [CodePointKey: [ChunkToken]]
    /// The longest exception key, in code points; longer strings need no lookup.
    let longestException: Int

    init(rules: TokenizerRules) throws {
        func compile(_ pattern: String, _ name: String, stepLimit: PythonRegex.StepLimit = .unlimited) throws -> PythonRegex {
            do {
                return try PythonRegex(pattern, stepLimit: stepLimit)
            } catch {
                throw NLPModelError("tokenizer: \(name): \(error)")
            }
        }
        prefixPattern = try compile(rules.prefixSearch, "prefix_search")
        suffixPattern = try compile(rules.suffixSearch, "suffix_search")
        infixPattern = try compile(rules.infixFinditer, "infix_finditer")
        urlPattern = try compile(rules.urlMatch, "url_match", stepLimit: Self.urlStepLimit)
        exceptions = rules.exceptions.mapValues { tokens in
            tokens.map { ChunkToken(text: $0.text, length: CodePointBuffer.count(of: $0.text), norm: $0.norm) }
        }
        longestException = rules.exceptions.keys.map { CodePointBuffer.count(of: $0.string) }.max() ?? 0
    }

    /// A safety net: with its run memo `PythonRegex` needs at most about 30 steps per code point for
    /// `url_match` on every input tried (real URLs about 6; Python's backtracking is quadratic on
    /// strings with many `:` and `@`). Past this limit a string is taken for no URL, which keeps the
    /// tokenizer linear whatever the input.
    static let urlStepLimit = PythonRegex.StepLimit.linear(base: 10_000, perCodePoint: 100)

    /// Chunks up to this length are cached; longer ones are rare and would make the cache's memory
    /// depend on the input.
    private static let longestCachedChunk = 64

    /// Tokens of `text` before the special-case pass. With `withExceptions` false the exceptions are
    /// ignored, as spaCy does when it turns an exception into a token pattern.
    func tokenize(
        _ text: UnsafeBufferPointer<UInt32>, withExceptions: Bool, cache: TokenizerChunkCache?,
        scratch: inout RegexScratch
    ) -> [TokenizedPiece] {
        var pieces: [TokenizedPiece] = []
        guard !text.isEmpty else { return pieces }
        pieces.reserveCapacity(text.count / 5 + 1)
        var inSpace = PythonString.isSpace(text[0])
        var chunkStart = 0
        for index in 0..<text.count {
            let isSpace = PythonString.isSpace(text[index])
            guard isSpace != inSpace else { continue }
            if chunkStart < index {
                appendChunk(chunkStart..<index, of: text, to: &pieces, withExceptions: withExceptions,
                            cache: cache, scratch: &scratch)
            }
            // A single space after a word belongs to the word; the rest of the run is a token.
            if text[index] == 0x20 && !pieces.isEmpty {
                pieces[pieces.count - 1].spaceAfter = true
                chunkStart = index + 1
            } else {
                chunkStart = index
            }
            inSpace = isSpace
        }
        if chunkStart < text.count {
            appendChunk(chunkStart..<text.count, of: text, to: &pieces, withExceptions: withExceptions,
                        cache: cache, scratch: &scratch)
            pieces[pieces.count - 1].spaceAfter = false
        }
        return pieces
    }

    private func appendChunk(
        _ chunk: Range<Int>, of text: UnsafeBufferPointer<UInt32>, to pieces: inout [TokenizedPiece],
        withExceptions: Bool, cache: TokenizerChunkCache?, scratch: inout RegexScratch
    ) {
        let lookupLength = max(withExceptions ? longestException : 0, cache == nil ? 0 : Self.longestCachedChunk)
        let key = chunk.count <= lookupLength ? CodePointKey(CodePointBuffer.string(text, chunk)) : nil
        if let key {
            if withExceptions, chunk.count <= longestException, let tokens = exceptions[key] {
                Self.append(tokens, at: chunk.lowerBound, to: &pieces)
                return
            }
            if let tokens = cache?.tokens(for: key) {
                Self.append(tokens, at: chunk.lowerBound, to: &pieces)
                return
            }
        }
        let tokens = chunkTokens(chunk, of: text, withExceptions: withExceptions, scratch: &scratch)
        if let key, let cache, chunk.count <= Self.longestCachedChunk {
            cache.insert(tokens, for: key)
        }
        Self.append(tokens, at: chunk.lowerBound, to: &pieces)
    }

    private static func append(_ tokens: [ChunkToken], at start: Int, to pieces: inout [TokenizedPiece]) {
        var offset = start
        for token in tokens {
            pieces.append(TokenizedPiece(start: offset, end: offset + token.length, text: token.text,
                                         norm: token.norm, spaceAfter: false))
            offset += token.length
        }
    }

    private func exception(_ range: Range<Int>, of text: UnsafeBufferPointer<UInt32>) -> [ChunkToken]? {
        guard range.count <= longestException, !range.isEmpty else { return nil }
        return exceptions[CodePointKey(CodePointBuffer.string(text, range))]
    }

    private func token(_ range: Range<Int>, of text: UnsafeBufferPointer<UInt32>) -> ChunkToken {
        ChunkToken(text: CodePointBuffer.string(text, range), length: range.count, norm: nil)
    }

    /// spaCy's `_split_affixes` then `_attach_tokens` for one chunk that is not itself an exception.
    func chunkTokens(
        _ chunk: Range<Int>, of text: UnsafeBufferPointer<UInt32>, withExceptions: Bool,
        scratch: inout RegexScratch
    ) -> [ChunkToken] {
        var lower = chunk.lowerBound
        var upper = chunk.upperBound
        var prefixes: [Range<Int>] = []
        var suffixes: [Range<Int>] = []
        var coreException: [ChunkToken]?
        var lengthBefore = 0
        while lower < upper && upper - lower != lengthBefore {
            if withExceptions, let tokens = exception(lower..<upper, of: text) {
                coreException = tokens
                break
            }
            lengthBefore = upper - lower
            // Python takes the match's length and cuts that many code points from the end it
            // searched, even if `$` matched before a final newline; so do we.
            let prefixLength = prefixPattern.firstMatch(in: text, lower..<upper, scratch: &scratch)?.count ?? 0
            if prefixLength > 0, withExceptions, lower + prefixLength < upper,
               let tokens = exception(lower + prefixLength..<upper, of: text) {
                prefixes.append(lower..<lower + prefixLength)
                lower += prefixLength
                coreException = tokens
                break
            }
            let suffixLength = suffixPattern.firstMatch(in: text, lower + prefixLength..<upper, scratch: &scratch)?.count ?? 0
            if suffixLength > 0, withExceptions, upper - suffixLength > lower,
               let tokens = exception(lower..<upper - suffixLength, of: text) {
                suffixes.append(upper - suffixLength..<upper)
                upper -= suffixLength
                coreException = tokens
                break
            }
            if prefixLength > 0 && suffixLength > 0 && prefixLength + suffixLength <= upper - lower {
                prefixes.append(lower..<lower + prefixLength)
                suffixes.append(upper - suffixLength..<upper)
                lower += prefixLength
                upper -= suffixLength
            } else if prefixLength > 0 {
                prefixes.append(lower..<lower + prefixLength)
                lower += prefixLength
            } else if suffixLength > 0 {
                suffixes.append(upper - suffixLength..<upper)
                upper -= suffixLength
            }
        }

        var tokens = prefixes.map { token($0, of: text) }
        if lower < upper {
            if let coreException {
                tokens.append(contentsOf: coreException)
            } else if urlPattern.matchEnd(in: text, lower..<upper, scratch: &scratch) != nil {
                tokens.append(token(lower..<upper, of: text))
            } else {
                appendInfixSplit(lower..<upper, of: text, to: &tokens, scratch: &scratch)
            }
        }
        tokens.append(contentsOf: suffixes.reversed().map { token($0, of: text) })
        return tokens
    }

    /// The core split at every infix match. A match at the very start is not a split point: its text
    /// stays with what follows.
    private func appendInfixSplit(
        _ core: Range<Int>, of text: UnsafeBufferPointer<UInt32>, to tokens: inout [ChunkToken],
        scratch: inout RegexScratch
    ) {
        var pieceStart = core.lowerBound
        for infix in infixPattern.allMatches(in: text, core, scratch: &scratch) where infix.lowerBound != core.lowerBound {
            if infix.lowerBound != pieceStart {
                tokens.append(token(pieceStart..<infix.lowerBound, of: text))
            }
            if !infix.isEmpty {
                tokens.append(token(infix, of: text))
            }
            pieceStart = infix.upperBound
        }
        if pieceStart < core.upperBound {
            tokens.append(token(pieceStart..<core.upperBound, of: text))
        }
    }
}
