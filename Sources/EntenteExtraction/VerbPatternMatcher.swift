/// Scores verb patterns against one clause.
///
/// PETRARCH2 walks a pattern trie over a constituency tree, depth first: the subject's head
/// before anything after the verb, an object's head before a prepositional phrase, and deeper
/// before shallower. So a pattern that matches the subject beats every pattern that does not, one
/// that matches an object beats one that matches only prepositional phrases, and otherwise the
/// one matching more words wins. The score keeps those tiers apart: subject words count a
/// million, object words (and the particle) a thousand, prepositional phrases one. Within a tier
/// a word scores 3, a synset member 2, `^` 1, and a preposition 2 plus its object.
struct VerbPatternMatcher {
    static let subjectWeight = 1_000_000
    static let objectWeight = 1_000

    typealias Phrase = VerbDictionary.Phrase
    typealias PrepositionalPhrase = VerbDictionary.PrepositionalPhrase

    private let subject: Phrase?
    private let objects: [Phrase]
    private let particle: String?
    /// The verb's prepositional phrases, then those attached to its objects.
    private let prepositions: [PrepositionalPhrase]
    private let synsets: [String: SynsetWords]

    init(clause: VerbDictionary.Clause, synsets: [String: SynsetWords]) {
        self.synsets = synsets
        particle = clause.particle.map { $0.lowercased() }
        var verbPrepositions = clause.prepositions.map(Self.lowered)
        var objects = clause.objects.map(Self.lowered)
        var subject = clause.subject.map(Self.lowered)
        if clause.isPassive {
            // Patterns are written in the active voice: "was attacked by X" has X as its subject.
            let agent = verbPrepositions.firstIndex { $0.preposition == "by" && $0.object != nil }
                ?? verbPrepositions.firstIndex { $0.preposition == "from" && $0.object != nil }
            if let subject { objects.insert(subject, at: 0) }
            subject = agent.flatMap { verbPrepositions[$0].object }
            if let agent { verbPrepositions.remove(at: agent) }
        }
        self.subject = subject
        self.objects = Array(objects.prefix(32))
        prepositions = Array((verbPrepositions + objects.flatMap(\.prepositions)).prefix(32))
    }

    /// How much of the clause the pattern matches, or nil when it does not match.
    func score(_ pattern: VerbPattern) -> Int? {
        var total = 0
        if !pattern.subject.isEmpty || !pattern.subjectPrepositions.isEmpty {
            guard let subject else { return nil }
            for noun in pattern.subject {
                guard let score = score(noun, subject) else { return nil }
                total += score
            }
            guard let score = assign(pattern.subjectPrepositions[...], phrases: Array(subject.prepositions.prefix(32)), used: 0)
            else { return nil }
            total = (total + score) * Self.subjectWeight
        }
        guard let rest = assign(pattern.objects[...], pattern.prepositions[...], usedObjects: 0, usedPhrases: 0, usedParticle: false)
        else { return nil }
        return total + rest
    }

    /// The best way to give each object noun and prepositional phrase of a pattern its own part of
    /// the clause: an object noun takes an object or the particle; a phrase `(p x)` takes a
    /// prepositional phrase, or the particle `p` with an object `x` ("set aside the rift" for
    /// `(aside rift)`).
    private func assign(
        _ nouns: ArraySlice<VerbPattern.Noun>, _ phrases: ArraySlice<VerbPattern.Preposition>, usedObjects: UInt32,
        usedPhrases: UInt32, usedParticle: Bool
    ) -> Int? {
        var best: Int?
        func consider(_ score: Int?, _ rest: @autoclosure () -> Int?) {
            guard let score, let rest = rest() else { return }
            if score + rest > (best ?? -1) { best = score + rest }
        }
        if let noun = nouns.first {
            let remaining = nouns.dropFirst()
            if !usedParticle, let particle, noun.modifiers.isEmpty, case .literal(let word) = noun.head, word == particle {
                consider(
                    3 * Self.objectWeight,
                    assign(remaining, phrases, usedObjects: usedObjects, usedPhrases: usedPhrases, usedParticle: true))
            }
            for (index, object) in objects.enumerated() where usedObjects & (1 << index) == 0 {
                consider(
                    score(noun, object).map { $0 * Self.objectWeight },
                    assign(remaining, phrases, usedObjects: usedObjects | (1 << index), usedPhrases: usedPhrases, usedParticle: usedParticle))
            }
            return best
        }
        guard let wanted = phrases.first else { return 0 }
        let remaining = phrases.dropFirst()
        for (index, phrase) in prepositions.enumerated() where usedPhrases & (1 << index) == 0 {
            guard phrase.preposition == wanted.preposition else { continue }
            let objectScore: Int?
            if let object = wanted.object {
                objectScore = phrase.object.flatMap { score(object, $0) }
            } else {
                objectScore = 0
            }
            consider(
                objectScore.map { 2 + $0 },
                assign(nouns, remaining, usedObjects: usedObjects, usedPhrases: usedPhrases | (1 << index), usedParticle: usedParticle))
        }
        if !usedParticle, particle == wanted.preposition {
            if let object = wanted.object {
                for (index, candidate) in objects.enumerated() where usedObjects & (1 << index) == 0 {
                    consider(
                        score(object, candidate).map { 2 + $0 },
                        assign(nouns, remaining, usedObjects: usedObjects | (1 << index), usedPhrases: usedPhrases, usedParticle: true))
                }
            } else {
                consider(2, assign(nouns, remaining, usedObjects: usedObjects, usedPhrases: usedPhrases, usedParticle: true))
            }
        }
        return best
    }

    /// The subject's own prepositional phrases ("delivery (of &FOOD) *").
    private func assign(_ wanted: ArraySlice<VerbPattern.Preposition>, phrases: [PrepositionalPhrase], used: UInt32) -> Int? {
        guard let first = wanted.first else { return 0 }
        var best: Int?
        for (index, phrase) in phrases.enumerated() where used & (1 << index) == 0 && phrase.preposition == first.preposition {
            let objectScore: Int? = first.object.map { object in phrase.object.flatMap { score(object, $0) } } ?? 0
            guard let objectScore, let rest = assign(wanted.dropFirst(), phrases: phrases, used: used | (1 << index)) else { continue }
            best = max(best ?? -1, 2 + objectScore + rest)
        }
        return best
    }

    /// How well a pattern noun fits a phrase: its head, then each of its modifiers.
    func score(_ noun: VerbPattern.Noun, _ phrase: Phrase) -> Int? {
        guard var total = headScore(noun.head, phrase) else { return nil }
        for modifier in noun.modifiers {
            guard let score = modifierScore(modifier, phrase.modifiers) else { return nil }
            total += score
        }
        return total
    }

    private func headScore(_ word: VerbPattern.Word, _ phrase: Phrase) -> Int? {
        switch word {
        case .any:
            return 1
        case .literal(let literal):
            return literal == phrase.head || literal == phrase.form ? 3 : nil
        case .synset(let label):
            guard let synset = synsets[label] else { return nil }
            if synset.words.contains(phrase.head) || phrase.form.map(synset.words.contains) == true { return 2 }
            for member in synset.phrases
            where (member.heads.contains(phrase.head) || phrase.form.map(member.heads.contains) == true)
                && member.modifiers.allSatisfy(phrase.modifiers.contains)
            {
                return 2 + member.modifiers.count
            }
            return nil
        }
    }

    private func modifierScore(_ word: VerbPattern.Word, _ modifiers: [String]) -> Int? {
        switch word {
        case .any:
            return modifiers.isEmpty ? nil : 1
        case .literal(let literal):
            return modifiers.contains(literal) ? 3 : nil
        case .synset(let label):
            guard let synset = synsets[label] else { return nil }
            if modifiers.contains(where: synset.words.contains) { return 2 }
            for member in synset.phrases
            where modifiers.contains(where: member.heads.contains) && member.modifiers.allSatisfy(modifiers.contains) {
                return 2
            }
            return nil
        }
    }

    private static func lowered(_ phrase: Phrase) -> Phrase {
        Phrase(
            phrase.head.lowercased(), form: phrase.form?.lowercased(), modifiers: phrase.modifiers.map { $0.lowercased() },
            prepositions: phrase.prepositions.map(lowered))
    }

    private static func lowered(_ phrase: PrepositionalPhrase) -> PrepositionalPhrase {
        PrepositionalPhrase(phrase.preposition.lowercased(), phrase.object.map(lowered))
    }
}
