/// What the networks see of a word: spaCy's string ids for its norm, first letter, last three letters
/// and shape, read from the model's tables exactly as spaCy computes them.
struct Vocabulary: Sendable {
    /// spaCy's reserved symbols (attribute names, tags, labels) keep small ids instead of a hash, so
    /// a word such as `det` or `mark` hashes to its symbol's id.
    private let symbols: [String: UInt64]
    /// The `lexeme_norm` table, keyed by the string id of the word.
    private let lexemeNorms: [UInt64: String]
    /// spaCy's language-independent norms (curly quotes, dashes, currency signs).
    private let baseNorms: [String: String]

    init(model: NLPModelFile) throws {
        let symbolTable: [String: Int] = try model.table("symbols")
        symbols = symbolTable.mapValues { UInt64($0) }
        let norms: [String: String] = try model.table("lexeme_norm")
        var byID: [UInt64: String] = [:]
        byID.reserveCapacity(norms.count)
        for (key, norm) in norms {
            guard let id = UInt64(key) else { throw NLPModelError("lexeme_norm key '\(key)' is not an id") }
            byID[id] = norm
        }
        lexemeNorms = byID
        baseNorms = try model.table("base_norms")
    }

    /// spaCy's id for a string: 0 for the empty string, a symbol's id, else MurmurHash64A seed 1.
    func stringID(_ string: String) -> UInt64 {
        if string.isEmpty { return 0 }
        if let symbol = symbols[string] { return symbol }
        return MurmurHash.hash64A(string.utf8, seed: 1)
    }

    /// The token's NORM: a tokenizer exception's norm, else the lexeme table's, else a base norm,
    /// else the lower-case text.
    func norm(of text: String, exceptionNorm: String?) -> String {
        if let exceptionNorm { return exceptionNorm }
        if let norm = lexemeNorms[stringID(text)] { return norm }
        if let norm = baseNorms[text] { return norm }
        return PythonString.lower(text)
    }

    /// The six feature ids of the shared tok2vec, in its column order: NORM, PREFIX, SUFFIX, SHAPE,
    /// SPACY, IS_SPACE. The NER's tok2vec reads the first four.
    func features(text: String, exceptionNorm: String?, spaceAfter: Bool) -> TokenFeatures {
        let scalars = text.unicodeScalars
        let prefix = scalars.first.map { String(Character($0)) } ?? ""
        let suffix = String(String.UnicodeScalarView(scalars.suffix(3)))
        return TokenFeatures(
            norm: stringID(norm(of: text, exceptionNorm: exceptionNorm)),
            prefix: stringID(prefix),
            suffix: stringID(suffix),
            shape: stringID(Self.shape(of: text)),
            spaceAfter: spaceAfter ? 1 : 0,
            isSpace: PythonString.isSpace(text) ? 1 : 0)
    }

    /// spaCy's word shape: letters become `X` or `x`, digits `d`, anything else stays; a run of the
    /// same shape character is cut after four; words of 100 or more code points are `LONG`.
    static func shape(of text: String) -> String {
        var count = 0
        for _ in text.unicodeScalars {
            count += 1
            if count >= 100 { return "LONG" }
        }
        var shape = String.UnicodeScalarView()
        var last: Unicode.Scalar? = nil
        var run = 0
        for scalar in text.unicodeScalars {
            let mapped: Unicode.Scalar
            if PythonString.isAlpha(scalar) {
                mapped = PythonString.isUppercaseCodePoint(scalar) ? "X" : "x"
            } else if PythonString.isDigit(scalar) {
                mapped = "d"
            } else {
                mapped = scalar
            }
            if mapped == last {
                run += 1
            } else {
                run = 0
                last = mapped
            }
            if run < 4 { shape.append(mapped) }
        }
        return String(shape)
    }
}

/// One token's feature ids for the hash embeddings.
struct TokenFeatures: Sendable, Equatable {
    var norm: UInt64
    var prefix: UInt64
    var suffix: UInt64
    var shape: UInt64
    var spaceAfter: UInt64
    var isSpace: UInt64

    subscript(column: Int) -> UInt64 {
        switch column {
        case 0: norm
        case 1: prefix
        case 2: suffix
        case 3: shape
        case 4: spaceAfter
        default: isSpace
        }
    }
}
