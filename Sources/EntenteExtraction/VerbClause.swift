/// What a verb pattern is matched against: a clause read off a dependency parse, as plain strings,
/// so the dictionary needs no parser and a test needs no parse.
extension VerbDictionary {
    /// A noun phrase: its head and the words that modify it.
    public struct Phrase: Sendable, Hashable {
        /// The head's lemma (`attack` for "attacks").
        public var head: String
        /// The head as written, when it differs from the lemma; patterns written in the plural
        /// (`* sanctions`) match it.
        public var form: String?
        /// Lemmas or forms of the head's modifiers (compounds, adjectives, numbers: "drone" and
        /// "deadly" in "a deadly drone strike"), in any order.
        public var modifiers: [String]
        /// Prepositional phrases attached to the noun ("a series of attacks").
        public var prepositions: [PrepositionalPhrase]

        public init(_ head: String, form: String? = nil, modifiers: [String] = [], prepositions: [PrepositionalPhrase] = []) {
            self.head = head
            self.form = form
            self.modifiers = modifiers
            self.prepositions = prepositions
        }
    }

    public struct PrepositionalPhrase: Sendable, Hashable {
        public var preposition: String
        public var object: Phrase?

        public init(_ preposition: String, _ object: Phrase? = nil) {
            self.preposition = preposition
            self.object = object
        }
    }

    /// A verb with its subject, objects, particle and prepositional phrases.
    public struct Clause: Sendable, Hashable {
        /// The verb's lemma (or a form: forms are indexed too).
        public var verb: String
        /// The verb's particle ("off" in "called off", "down" in "shut down").
        public var particle: String?
        /// The grammatical subject.
        public var subject: Phrase?
        /// The direct object first; then any other noun complements (a dative, an adverbial
        /// noun), each of which a pattern's object noun may match.
        public var objects: [Phrase]
        /// Prepositional phrases of the verb.
        public var prepositions: [PrepositionalPhrase]
        /// A passive clause ("was attacked by X"): patterns are written for the active voice, so
        /// the object of `by` (or `from`) plays the subject and the grammatical subject an object.
        public var isPassive: Bool

        public init(
            verb: String, particle: String? = nil, subject: Phrase? = nil, objects: [Phrase] = [],
            prepositions: [PrepositionalPhrase] = [], isPassive: Bool = false
        ) {
            self.verb = verb
            self.particle = particle
            self.subject = subject
            self.objects = objects
            self.prepositions = prepositions
            self.isPassive = isPassive
        }

        public init(
            verb: String, particle: String? = nil, subject: Phrase? = nil, object: Phrase?,
            prepositions: [PrepositionalPhrase] = [], isPassive: Bool = false
        ) {
            self.init(
                verb: verb, particle: particle, subject: subject, objects: object.map { [$0] } ?? [],
                prepositions: prepositions, isPassive: isPassive)
        }
    }
}
