public import EntenteModel

/// Phrases that mark a sentence or a whole story as sport, entertainment or history rather than
/// politics, so an event coder leaves it alone: PETRARCH2's discard list.
///
/// PETRARCH2 matched these against the raw text split at spaces, so "BASEBALL." never matched and
/// a phrase ending the sentence was missed; here they match whole words of the tokens
/// (``DictionaryTokens``). The standard list is `Data/discards.tsv`; users add phrases in
/// PETRARCH2's format (``add(petrarch:file:)``).
public struct DiscardList: Sendable {
    public enum Scope: String, Sendable, Hashable {
        /// Skip the sentence.
        case sentence
        /// Skip the whole story.
        case story
    }

    public struct Match: Sendable, Hashable {
        /// Token indices.
        public var range: Range<Int>
        public var phrase: String
        public var scope: Scope
    }

    public private(set) var phrases: [(phrase: String, scope: Scope)] = []
    private var index = PhraseIndex()

    public init() {}

    /// Adds a phrase (any text; it is folded to dictionary words). A phrase listed with both
    /// scopes keeps the story scope: the stronger claim.
    public mutating func add(_ phrase: String, scope: Scope) {
        let key = DictionaryTokens.key(phrase)
        guard !key.isEmpty else { return }
        if let existing = index.value(forKey: key) {
            if scope == .story { phrases[existing].scope = .story }
            return
        }
        index.insert(key: key, value: phrases.count)
        phrases.append((key, scope))
    }

    /// Every discard phrase in the tokens, left to right.
    public func matches(in tokens: DictionaryTokens) -> [Match] {
        var found: [Match] = []
        for word in tokens.words.indices {
            if let (words, value) = index.longestMatch(in: tokens, at: word) {
                let entry = phrases[value]
                found.append(Match(range: tokens.tokenRange(ofWords: words), phrase: entry.phrase, scope: entry.scope))
            }
        }
        return found
    }

    /// The match that decides: a story-scope one if any, as PETRARCH2 gives those priority,
    /// else the first.
    public func discard(_ tokens: DictionaryTokens) -> Match? {
        let found = matches(in: tokens)
        return found.first { $0.scope == .story } ?? found.first
    }

    /// The list shipped with Entente.
    public static let standard: DiscardList = {
        do {
            var list = DiscardList()
            try list.add(tsv: EmbeddedData.discards, file: "discards.tsv")
            return list
        } catch {
            preconditionFailure("the embedded discard list is broken: \(error)")
        }
    }()

    /// Reads Entente's format (`phrase scope`, see `Data/discards.tsv`).
    public mutating func add(tsv text: String, file: String) throws(DataFileError) {
        for (line, fields) in DataRows(text).dropFirst() {
            let location = DataFileError.Location(file: file, line: line)
            guard fields.count == 2 else {
                throw DataFileError(location, "expected 2 tab-separated fields (phrase scope), found \(fields.count)")
            }
            guard let scope = Scope(rawValue: fields[1]) else {
                throw DataFileError(location, "'\(fields[1])' is not a scope (sentence, story)")
            }
            add(fields[0], scope: scope)
        }
    }

    /// Reads PETRARCH2's format: a phrase per line, `+PHRASE` to discard the whole story.
    public mutating func add(petrarch text: String, file: String) throws(DataFileError) {
        for (line, location) in PetrarchLines(text: text, file: file) {
            var content = Substring(line)
            var scope = Scope.sentence
            if content.hasPrefix("+") {
                scope = .story
                content = content.dropFirst()
            }
            guard !DictionaryTokens.words(in: content).isEmpty else {
                throw DataFileError(location, "a '+' without a phrase")
            }
            add(String(content), scope: scope)
        }
    }
}
