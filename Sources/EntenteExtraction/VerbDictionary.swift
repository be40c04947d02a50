public import EntenteModel

/// Verbs, their CAMEO event codes, and the patterns that refine a code by the verb's subject,
/// objects and prepositional phrases: PETRARCH2's verb dictionary (`CAMEO.2.0.txt`).
///
/// Verbs come in blocks that share patterns: ASK, REQUEST and PETITION are in the ASK block, and
/// its `* (for {financial aid})` gives 0231 for any of them. ``match(_:)`` finds a clause's verb
/// and its best pattern:
///
///     let clause = VerbDictionary.Clause(
///         verb: "ask", object: nil,
///         prepositions: [.init("for", .init("aid", modifiers: ["financial"]))])
///     VerbDictionary.standard.match(clause)?.code  // 0231
///
/// The standard dictionary is `Data/cameo-{verbs,patterns,synsets,transformations}.tsv`, converted
/// by `scripts/convert-petrarch2.py`. Users add verbs, patterns and synsets in PETRARCH2's format
/// (``add(petrarch:file:)``); theirs are tried first.
public struct VerbDictionary: Sendable {
    public struct Verb: Sendable, Hashable {
        public var block: String
        /// The base form.
        public var lemma: String
        /// Words that complete a multi-word verb: `down` in "shut down".
        public var particles: [String]
        /// The lemma's other inflected forms.
        public var forms: [String]
        /// The code without a pattern: the verb's own, else its block's.
        public var code: VerbCode
        /// Where it was read: the data file and line.
        public var location: DataFileError.Location

        public init(
            block: String, lemma: String, particles: [String] = [], forms: [String], code: VerbCode,
            location: DataFileError.Location
        ) {
            self.block = block
            self.lemma = lemma
            self.particles = particles
            self.forms = forms
            self.code = code
            self.location = location
        }
    }

    /// A set of interchangeable nouns a pattern names as `&LABEL`.
    public struct Synset: Sendable, Hashable {
        public struct Member: Sendable, Hashable {
            /// The last word is the head, the others its modifiers.
            public var words: [String]
            /// The head's plural, where the set allows one.
            public var plural: String?

            public init(words: [String], plural: String?) {
                self.words = words
                self.plural = plural
            }
        }

        public var label: String
        public var members: [Member]

        public init(label: String, members: [Member]) {
            self.label = label
            self.members = members
        }
    }

    /// A clause's verb and the pattern that coded it.
    public struct Match: Sendable, Hashable {
        /// The verb, in the block whose pattern matched (a verb can be in several).
        public var verb: Verb
        /// The best pattern, or nil when the verb's own code stands.
        public var pattern: VerbPattern?
        public var code: VerbCode
        /// How much of the clause the pattern matched, in PETRARCH2's order of preference: subject
        /// words count a million, object words a thousand, prepositional phrases one (see
        /// `VerbPatternMatcher`); 0 without a pattern.
        public var score: Int
    }

    public private(set) var verbs: [Verb] = []
    public private(set) var synsets: [String: Synset] = [:]
    public internal(set) var transformations: [VerbTransformation] = []
    private(set) var patternsByBlock: [String: [VerbPattern]] = [:]
    /// `lemma particles…` and `form particles…` → indices into `verbs`, in precedence order.
    private var verbsByKey: [String: [Int]] = [:]
    private var synsetWords: [String: SynsetWords] = [:]

    public init() {}

    /// The blocks' names, in no particular order.
    public var blocks: Dictionary<String, [VerbPattern]>.Keys { patternsByBlock.keys }

    public var patternCount: Int { patternsByBlock.values.reduce(0) { $0 + $1.count } }

    /// A block's patterns, in the order ties between equally good matches are decided.
    public func patterns(inBlock block: String) -> [VerbPattern] { patternsByBlock[block] ?? [] }

    /// Adds a verb. An overriding verb is tried before the verbs already under its forms.
    public mutating func add(_ verb: Verb, overriding: Bool = false) {
        let position = verbs.count
        verbs.append(verb)
        let tail = verb.particles.isEmpty ? "" : " " + verb.particles.joined(separator: " ")
        for form in [verb.lemma] + verb.forms {
            if overriding {
                verbsByKey[form + tail, default: []].insert(position, at: 0)
            } else {
                verbsByKey[form + tail, default: []].append(position)
            }
        }
        if patternsByBlock[verb.block] == nil { patternsByBlock[verb.block] = [] }
    }

    /// Adds a pattern to its block. An overriding pattern goes first and replaces one written the
    /// same way; otherwise it goes last, where a same-written one before it wins every tie.
    public mutating func add(_ pattern: VerbPattern, overriding: Bool = false) {
        guard overriding else {
            patternsByBlock[pattern.block, default: []].append(pattern)
            return
        }
        let text = pattern.description
        var list = patternsByBlock[pattern.block, default: []]
        list.removeAll { $0.description == text }
        list.insert(pattern, at: 0)
        patternsByBlock[pattern.block] = list
    }

    /// Adds a synset, or members to one already there.
    public mutating func add(_ synset: Synset) {
        var merged = synsets[synset.label] ?? Synset(label: synset.label, members: [])
        for member in synset.members where !merged.members.contains(where: { $0.words == member.words }) {
            merged.members.append(member)
        }
        synsets[synset.label] = merged
        synsetWords[synset.label] = SynsetWords(merged)
    }

    public mutating func add(_ transformation: VerbTransformation) {
        transformations.append(transformation)
    }

    /// Adds everything in `other`, ahead of this dictionary's own.
    public mutating func merge(_ other: VerbDictionary) {
        for synset in other.synsets.values { add(synset) }
        for verb in other.verbs { add(verb, overriding: true) }
        for patterns in other.patternsByBlock.values {
            for pattern in patterns.reversed() { add(pattern, overriding: true) }
        }
        transformations = other.transformations + transformations
    }

    /// The verbs a lemma (or form) names, with a particle where a multi-word verb takes it.
    ///
    /// - Returns: the verbs in precedence order, and whether they took the particle.
    public func verbs(_ lemma: String, particle: String? = nil) -> (verbs: [Verb], tookParticle: Bool) {
        let lemma = lemma.lowercased()
        if let particle, let found = verbsByKey[lemma + " " + particle.lowercased()] {
            return (found.map { verbs[$0] }, true)
        }
        return ((verbsByKey[lemma] ?? []).map { verbs[$0] }, false)
    }

    /// The clause's verb and its best pattern, as PETRARCH2 prefers them: one matching the subject
    /// over one that does not, then one matching an object over one matching only prepositional
    /// phrases, then the one matching more words (a word over a synset member over `^`); the first
    /// of equals. Patterns of every block the verb is in are tried. Nil when the verb is not in
    /// the dictionary.
    public func match(_ clause: Clause) -> Match? {
        // A multi-word verb's particle stays visible to patterns: "put off" may sit in a block
        // whose `* off decision` spells the particle out.
        let candidates = verbs(clause.verb, particle: clause.particle).verbs
        guard let verb = candidates.first else { return nil }
        let matcher = VerbPatternMatcher(clause: clause, synsets: synsetWords)
        var best: (verb: Verb, pattern: VerbPattern, score: Int)?
        var seen: Set<String> = []
        for candidate in candidates where seen.insert(candidate.block).inserted {
            for pattern in patternsByBlock[candidate.block] ?? [] {
                guard let score = matcher.score(pattern), score > (best?.score ?? 0) else { continue }
                best = (candidate, pattern, score)
            }
        }
        guard let best else { return Match(verb: verb, pattern: nil, code: verb.code, score: 0) }
        return Match(verb: best.verb, pattern: best.pattern, code: best.pattern.code, score: best.score)
    }

    /// The same, with the clause spelled out: the verb's lemma, its particle, its subject and
    /// direct object, and its prepositional phrases.
    public func match(
        verb: String, particle: String? = nil, subject: Phrase? = nil, object: Phrase? = nil,
        prepositions: [PrepositionalPhrase] = [], isPassive: Bool = false
    ) -> Match? {
        match(
            Clause(
                verb: verb, particle: particle, subject: subject, object: object, prepositions: prepositions,
                isPassive: isPassive))
    }

    /// The verbs shipped with Entente: PETRARCH2's CAMEO verb dictionary.
    public static let standard: VerbDictionary = {
        do {
            var dictionary = VerbDictionary()
            try dictionary.add(
                synsetsTSV: EmbeddedData.cameo_synsets, verbsTSV: EmbeddedData.cameo_verbs,
                patternsTSV: EmbeddedData.cameo_patterns, transformationsTSV: EmbeddedData.cameo_transformations)
            return dictionary
        } catch {
            preconditionFailure("the embedded verb dictionary is broken: \(error)")
        }
    }()
}

/// A synset's words as matching needs them.
struct SynsetWords: Sendable {
    /// Single-word members and their plurals.
    var words: Set<String> = []
    /// Multi-word members: the head (and its plural) and the modifiers.
    var phrases: [(heads: Set<String>, modifiers: [String])] = []

    init(_ synset: VerbDictionary.Synset) {
        for member in synset.members {
            guard let head = member.words.last else { continue }
            var heads: Set<String> = [head]
            if let plural = member.plural, let last = plural.split(separator: " ").last { heads.insert(String(last)) }
            if member.words.count == 1 {
                words.formUnion(heads)
            } else {
                phrases.append((heads, Array(member.words.dropLast())))
            }
        }
    }
}
