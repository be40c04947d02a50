import EntenteModel
import EntenteNLP

/// "The Rapid Support Forces have carried out attacks against civilians and perpetrated widespread
/// sexual violence", "Russian forces have used rape, torture and execution as weapons of war": a
/// government's own statement that a party did wrong to no one it names accuses the party.
extension TreeCoder {
    static let wrongdoingVerbs: Set<String> = [
        "kill", "massacre", "torture", "rape", "loot", "abduct", "kidnap", "execute", "terrorize", "terrorise", "abuse", "persecute",
    ]
    /// Verbs that do wrong through their object: "carried out attacks", "committed atrocities".
    static let wrongdoingCarriers: Set<String> = ["carry", "commit", "perpetrate", "use", "conduct", "inflict"]
    static let wrongdoingNouns: Set<String> = [
        "attack", "violence", "atrocity", "abuse", "violation", "crime", "rape", "torture", "execution", "killing", "massacre",
        "strike", "bombardment", "shelling", "looting", "genocide", "cleansing",
    ]

    func wrongdoings(at verb: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard !sentence.authors.isEmpty, sentence[verb].tag != "VBG", speaker(of: verb, in: sentence) == nil,
              isMainClause(verb, in: sentence), let accusation = accusationPattern
        else { return [] }
        let lemma = sentence.lemma(verb)
        let objects = sentence.children(of: verb, ["dobj"])
        let doesWrong = Self.wrongdoingVerbs.contains(lemma)
            || Self.wrongdoingCarriers.contains(lemma) && objects.flatMap { [$0] + sentence.children(of: $0, ["conj"]) }
                .contains { Self.wrongdoingNouns.contains(sentence.lemma($0)) }
        guard doesWrong else { return [] }
        // ("tens of thousands of Ukrainian civilians killed": a bare participle's subject is who
        // suffered it, not who did it.)
        if sentence[verb].tag == "VBN",
           !sentence.children(of: verb, ["aux"]).contains(where: { sentence.lemma($0) == "have" }) || !sentence.children(of: verb, ["auxpass"]).isEmpty
        {
            return []
        }
        // (A wrong done to a party is that party's relation, which the verb's own coding gives.)
        let wronged = objects.flatMap { [$0] + sentence.children(of: $0, ["prep"]).flatMap { sentence.children(of: $0, ["pobj"]) } }
            + sentence.children(of: verb, ["prep"]).flatMap { sentence.children(of: $0, ["pobj"]) }
        guard !wronged.contains(where: { !parties(at: $0, in: sentence).isEmpty }) else { return [] }
        return authorsHold(accusation, against: subjects(of: verb, in: sentence), at: verb, in: sentence, base: 0.55)
    }

    /// The sentence's own clause, or one coordinated with it: not a clause that reports or supposes.
    private func isMainClause(_ verb: Int, in sentence: ParsedSentence) -> Bool {
        switch sentence[verb].dep {
        case "ROOT": return true
        case "conj": return sentence[sentence[verb].head].dep == "ROOT"
        default: return false
        }
    }

    private var accusationPattern: RelationLexicon.Pattern? {
        RelationLexicon.Pattern(steps: [], text: "the authors' own account of a wrong", predicate: "accuses", frame: .verb)
    }
}

/// "The Moscow Mechanism has documented the atrocities committed by the Russian forces": those who
/// document a party's wrongs accuse it.
extension TreeCoder {
    static let documentingVerbs: Set<String> = ["document", "record", "verify", "catalogue", "catalog"]

    func documentedWrongs(at verb: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard Self.documentingVerbs.contains(sentence.lemma(verb)), sentence.children(of: verb, ["neg"]).isEmpty,
              let pattern = lexiconPattern(for: "accuses", frame: nil)
        else { return [] }
        let wrongs = sentence.children(of: verb, ["dobj"]).flatMap { [$0] + sentence.children(of: $0, ["conj"]) }
            .filter { Self.wrongdoingNouns.contains(sentence.lemma($0)) }
        var doers: [Mention] = []
        for wrong in wrongs {
            // Whose wrongs: the participle's agent ("committed by"), else the owner ("Russia's crimes").
            doers += sentence.children(of: wrong, ["acl"]).flatMap { sentence.children(of: $0, ["agent"]) }.flatMap { phraseParties($0, in: sentence) }
            doers += sentence.children(of: wrong, ["poss"]).flatMap { parties(at: $0, in: sentence) }
        }
        doers = doers.filter { $0.entity.kind != .place }
        return relateEach(subjects(of: verb, in: sentence), to: doers, by: pattern, at: verb, in: sentence, base: 0.6,
                          construction: "wrongs documented")
    }
}
