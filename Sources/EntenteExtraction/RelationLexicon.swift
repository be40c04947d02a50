public import EntenteModel

/// Phrases that state relations, compiled for matching against tokens.
///
/// The standard lexicon ships as `Data/relations.tsv`; users extend it with a
/// file in the same format (``parse(tsv:file:vocabulary:)``).
public struct RelationLexicon: Sendable {
    /// How the parties of a relation are found around its phrase.
    public enum Frame: String, Sendable, Hashable {
        case verb
        case noun
        case between
        case subject
        /// "the Turkish army and their allies from the armed opposition": the party after the phrase is the subject.
        case reverse
    }

    public struct Pattern: Sendable, Hashable {
        /// Each step is a set of accepted lower-case words, or a gap of up to three words.
        enum Step: Sendable, Hashable {
            case words(Set<String>)
            case gap
        }

        var steps: [Step]
        public var text: String
        public var predicate: String
        public var frame: Frame
    }

    public private(set) var patterns: [Pattern] = []
    private var byFirstWord: [String: [Int]] = [:]

    public init(_ patterns: [Pattern] = []) {
        for pattern in patterns { add(pattern) }
    }

    public mutating func add(_ pattern: Pattern) {
        guard case .words(let first)? = pattern.steps.first else { return }
        let index = patterns.count
        patterns.append(pattern)
        for word in first {
            byFirstWord[word, default: []].append(index)
            // Longest patterns first, so "clash with" is tried before "clash".
            byFirstWord[word]!.sort { patterns[$0].steps.count > patterns[$1].steps.count }
        }
    }

    public mutating func merge(_ other: RelationLexicon) {
        for pattern in other.patterns { add(pattern) }
    }

    /// A phrase found at `range` (token indices).
    public struct Match: Sendable, Hashable {
        public var pattern: Pattern
        public var range: Range<Int>
        /// The stretches a `*` skipped: "force Turkey to" skips "Turkey".
        public var gaps: [Range<Int>]

        /// Token indices the pattern's own words occupy.
        public var literal: [Int] { range.filter { index in !gaps.contains { $0.contains(index) } } }
    }

    /// Every pattern that matches starting at token `i`, longest first.
    public func matches(at i: Int, in tokens: [Token], limit: Int) -> [Match] {
        guard let candidates = byFirstWord[tokens[i].lower] else { return [] }
        var found: [Match] = []
        for index in candidates {
            let pattern = patterns[index]
            var gaps: [Range<Int>] = []
            if let end = Self.match(pattern.steps[...], tokens, i, limit, &gaps) {
                found.append(Match(pattern: pattern, range: i..<end, gaps: gaps.filter { !$0.isEmpty }))
            }
        }
        return found
    }

    private static func match(
        _ steps: ArraySlice<Pattern.Step>, _ tokens: [Token], _ i: Int, _ limit: Int, _ gaps: inout [Range<Int>]
    ) -> Int? {
        guard let step = steps.first else { return i }
        switch step {
        case .words(let words):
            guard i < limit, words.contains(tokens[i].lower) else { return nil }
            return match(steps.dropFirst(), tokens, i + 1, limit, &gaps)
        case .gap:
            var j = i
            while j <= min(i + 5, limit) {
                var inner: [Range<Int>] = []
                if let end = match(steps.dropFirst(), tokens, j, limit, &inner) {
                    gaps += [i..<j] + inner
                    return end
                }
                // At the limit (the end of the sentence, or of the text) there is nothing left to skip.
                guard j < limit, j < tokens.count else { return nil }
                let skippable = tokens[j].kind != .punctuation || ["-", "\"", ",", "\u{201C}", "\u{201D}"].contains(tokens[j].text)
                guard skippable, tokens[j].lower != "and" || j > i else {
                    return nil
                }
                j += 1
            }
            return nil
        }
    }

    /// The lexicon shipped with Entente.
    public static let standard: RelationLexicon = {
        do {
            return try parse(tsv: EmbeddedData.relations, file: "relations.tsv", vocabulary: .standard)
        } catch {
            preconditionFailure("the embedded relation lexicon is broken: \(error)")
        }
    }()

    /// Reads `pattern predicate frame` lines; every predicate must be in `vocabulary`.
    public static func parse(tsv text: String, file: String, vocabulary: PredicateVocabulary) throws(DataFileError)
        -> RelationLexicon
    {
        var lexicon = RelationLexicon()
        for (line, fields) in TabSeparatedLines(text).dropFirst() {
            let location = DataFileError.Location(file: file, line: line)
            guard fields.count == 3 else {
                throw DataFileError(location, "expected 3 tab-separated fields (pattern predicate frame), found \(fields.count)")
            }
            guard vocabulary[fields[1]] != nil else {
                throw DataFileError(location, "predicate '\(fields[1])' is not in the vocabulary")
            }
            guard let frame = Frame(rawValue: fields[2]) else {
                throw DataFileError(location, "'\(fields[2])' is not a frame (verb, noun, between, subject, reverse)")
            }
            let words = fields[0].lowercased().split(separator: " ").map(String.init)
            guard let first = words.first, first != "*" else { throw DataFileError(location, "empty pattern") }
            var steps: [Pattern.Step] = []
            for (index, word) in words.enumerated() {
                if word == "*" {
                    steps.append(.gap)
                } else if word.contains("|") {
                    steps.append(.words(Set(word.split(separator: "|").map(String.init))))
                } else if index == 0 {
                    steps.append(.words(Inflection.forms(of: word)))
                } else {
                    steps.append(.words([word]))
                }
            }
            lexicon.add(Pattern(steps: steps, text: fields[0], predicate: fields[1], frame: frame))
        }
        return lexicon
    }
}

/// Regular English inflections of a verb or noun, for lexicon lemmas.
enum Inflection {
    static let irregular: [String: [String]] = [
        "meet": ["met"], "shoot": ["shot", "shoots", "shooting"], "leave": ["left", "leaves", "leaving"], "fight": ["fought"], "strike": ["struck"], "hold": ["held"], "send": ["sent"],
        "seize": ["seized"], "withdraw": ["withdrew", "withdrawn"], "lead": ["led"], "sever": ["severed"],
        "cut": ["cut"], "bring": ["brought"], "take": ["took", "taken"], "give": ["gave", "given"],
        "shell": ["shelled", "shelling"], "ally": ["allied", "allies"], "pull": ["pulled"], "mass": ["massed"],
        "war": ["wars"], "call": ["called", "calls", "calling"], "kill": ["killed", "killing", "kills"],
    ]

    static func forms(of lemma: String) -> Set<String> {
        var forms: Set<String> = [lemma]
        forms.formUnion(irregular[lemma] ?? [])
        let scalars = Array(lemma.unicodeScalars)
        let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u"]
        guard let last = scalars.last else { return forms }
        if last == "e" {
            let stem = String(lemma.dropLast())
            forms.formUnion([lemma + "s", lemma + "d", stem + "ing"])
        } else if last == "y", scalars.count > 1, !vowels.contains(scalars[scalars.count - 2]) {
            let stem = String(lemma.dropLast())
            forms.formUnion([stem + "ies", stem + "ied", lemma + "ing"])
        } else if lemma.hasSuffix("s") || lemma.hasSuffix("sh") || lemma.hasSuffix("ch") || lemma.hasSuffix("x")
            || lemma.hasSuffix("z")
        {
            forms.formUnion([lemma + "es", lemma + "ed", lemma + "ing"])
        } else {
            forms.formUnion([lemma + "s", lemma + "ed", lemma + "ing"])
            // Short consonant-vowel-consonant verbs double the last letter: ban, banned.
            if scalars.count <= 4, scalars.count >= 3, !vowels.contains(last), last != "w", last != "x",
                vowels.contains(scalars[scalars.count - 2]), !vowels.contains(scalars[scalars.count - 3])
            {
                let doubled = lemma + String(last)
                forms.formUnion([doubled + "ed", doubled + "ing"])
            }
        }
        return forms
    }
}
