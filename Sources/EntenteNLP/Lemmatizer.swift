/// spaCy's English rule lemmatizer (`mode = "rule"`, `overwrite = false`): lemmas from the part of
/// speech and morphology the attribute ruler set, the suffix rules, the index of known words and
/// the exception lists of the model's lookup tables.
///
/// Strings are compared, sliced and lower-cased by code point as Python does, because the tables are
/// Python dictionaries and the lemma must come out identical to spaCy's.
struct Lemmatizer: Sendable {
    /// The tables of one part of speech (`noun`, `verb`, `adj`, `adv`, `punct`).
    struct Table: Sendable {
        /// Suffix rules in table order: a lower-case word ending in `old` may have the lemma with
        /// `old` replaced by `new`.
        let rules: [(old: String, new: String)]
        /// Irregular forms: lower-case word → its lemmas, best last (spaCy puts each in front).
        let exceptions: [CodePointKey: [String]]
        /// Known lemmas; a rule's result found here is preferred.
        let index: Set<CodePointKey>
    }

    /// By lower-case part of speech. A part of speech without any non-empty table is absent, as
    /// spaCy then skips the rules.
    let tables: [String: Table]

    /// Reads the model header's `lemmatizer` object: `lemma_rules` (required, as in spaCy),
    /// `lemma_exc` and `lemma_index`.
    init(json: Any) throws {
        guard let json = json as? [String: Any] else {
            throw NLPModelError("lemmatizer: the table is not an object")
        }
        guard let rules = json["lemma_rules"] as? [String: [[String]]] else {
            throw NLPModelError("lemmatizer: lemma_rules is missing or not {pos: [[old, new], …]}")
        }
        let exceptions = json["lemma_exc"] as? [String: [String: [String]]] ?? [:]
        let index = json["lemma_index"] as? [String: [String]] ?? [:]
        guard json["lemma_exc"] == nil || json["lemma_exc"] is [String: [String: [String]]],
              json["lemma_index"] == nil || json["lemma_index"] is [String: [String]]
        else { throw NLPModelError("lemmatizer: lemma_exc or lemma_index has an unexpected form") }

        var tables: [String: Table] = [:]
        for pos in Set(rules.keys).union(exceptions.keys).union(index.keys) {
            let posRules = rules[pos] ?? []
            let posExceptions = exceptions[pos] ?? [:]
            let posIndex = index[pos] ?? []
            guard !posRules.isEmpty || !posExceptions.isEmpty || !posIndex.isEmpty else { continue }
            tables[pos] = Table(
                rules: try posRules.map { pair in
                    guard pair.count == 2 else {
                        throw NLPModelError("lemmatizer: a \(pos) rule is not a pair [old, new]")
                    }
                    return (pair[0], pair[1])
                },
                exceptions: Dictionary(
                    posExceptions.map { (CodePointKey($0.key), $0.value) },
                    uniquingKeysWith: { first, _ in first }),
                index: Set(posIndex.map(CodePointKey.init)))
        }
        self.tables = tables
    }

    /// Sets the lemma of every token that has none yet; lemmas the attribute ruler set stay.
    func lemmatize(_ tokens: inout [TokenAnnotation]) {
        for position in tokens.indices where tokens[position].lemma == nil {
            tokens[position].lemma = lemma(of: tokens[position])
        }
    }

    /// The first of spaCy's candidate lemmas for the token.
    func lemma(of token: TokenAnnotation) -> String {
        let pos = Self.lowercasedPOS(token.pos)
        if pos.isEmpty || pos == "eol" || pos == "space" || Self.isBaseForm(pos: pos, morph: token.morph) {
            return PythonString.lower(token.text)
        }
        guard let table = tables[pos] else {
            // Proper nouns keep their case when there are no tables to consult.
            return pos == "propn" ? token.text : PythonString.lower(token.text)
        }
        let word = PythonString.lower(token.text)
        var forms: [String] = []
        var unknownForms: [String] = []
        for rule in table.rules {
            guard let stem = Self.removingSuffix(rule.old, from: word) else { continue }
            let form = stem + rule.new
            if form.isEmpty { continue }
            if table.index.contains(CodePointKey(form)) {
                forms.insert(form, at: 0)
            } else if !PythonString.isAlpha(form) {
                // Forms with digits or punctuation cannot be checked against the index; keep them.
                forms.append(form)
            } else {
                unknownForms.append(form)
            }
        }
        var distinct: [String] = []
        for form in forms where !distinct.contains(where: { $0.hasSameCodePoints(as: form) }) {
            distinct.append(form)
        }
        for form in table.exceptions[CodePointKey(word)] ?? []
        where !distinct.contains(where: { $0.hasSameCodePoints(as: form) }) {
            distinct.insert(form, at: 0)
        }
        return distinct.first ?? unknownForms.first ?? token.text
    }

    /// `token.pos_.lower()`. The universal tags the ruler writes are spelled out because this runs
    /// for every token and the general routine builds a new string each time.
    private static func lowercasedPOS(_ pos: String) -> String {
        switch pos {
        case "NOUN": "noun"
        case "VERB": "verb"
        case "ADJ": "adj"
        case "ADV": "adv"
        case "PROPN": "propn"
        case "PUNCT": "punct"
        case "ADP": "adp"
        case "DET": "det"
        case "PRON": "pron"
        case "AUX": "aux"
        case "NUM": "num"
        case "CCONJ": "cconj"
        case "SCONJ": "sconj"
        case "PART": "part"
        case "SPACE": "space"
        case "SYM": "sym"
        case "INTJ": "intj"
        case "X": "x"
        default: PythonString.lower(pos)
        }
    }

    /// `word[:len(word) - len(suffix)]` when `word.endswith(suffix)`, by code point. Comparing UTF-8
    /// bytes is the same test, because a valid UTF-8 suffix always starts on a code point.
    private static func removingSuffix(_ suffix: String, from word: String) -> String? {
        let bytes = word.utf8
        let suffixLength = suffix.utf8.count
        guard suffixLength <= bytes.count else { return nil }
        let cut = bytes.index(bytes.endIndex, offsetBy: -suffixLength)
        guard bytes[cut...].elementsEqual(suffix.utf8) else { return nil }
        return String(decoding: bytes[..<cut], as: UTF8.self)
    }

    /// spaCy's English `is_base_form`: forms that are their own lemma, judged from the part of
    /// speech and the features.
    static func isBaseForm(pos: String, morph: String) -> Bool {
        var number: Substring? = nil
        var verbForm: Substring? = nil
        var tense: Substring? = nil
        var degree: Substring? = nil
        MorphFeatures.forEachFeature(in: morph) { field, value in
            switch field {
            case "Number": number = value
            case "VerbForm": verbForm = value
            case "Tense": tense = value
            case "Degree": degree = value
            default: break
            }
        }
        switch pos {
        case "noun" where number == "Sing": return true
        case "verb" where verbForm == "Inf": return true
        case "verb" where verbForm == "Fin" && tense == "Pres" && number == nil: return true
        case "adj" where degree == "Pos": return true
        default: return verbForm == "Inf" || verbForm == "None" || degree == "Pos"
        }
    }
}
