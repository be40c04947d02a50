import EntenteModel
import EntenteNLP

/// "Shame on Putin for waging a war of aggression": a statement's authors criticise the one they
/// shame.
extension TreeCoder {
    func shamedParty(of noun: Int, in sentence: ParsedSentence) -> Int? {
        sentence.children(of: noun, ["prep"]).first { sentence.lower($0) == "on" }.flatMap { sentence.child(of: $0, "pobj") }
    }

    func shamings(at noun: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard sentence.lemma(noun) == "shame", sentence[noun].dep == "ROOT", let shamed = shamedParty(of: noun, in: sentence),
              let pattern = lexiconPattern(for: "criticises", frame: nil)
        else { return [] }
        var found: [Candidate] = []
        for author in sentence.authors {
            for party in parties(at: shamed, in: sentence) where party.entity != author.entity {
                if let candidate = make(author, party, pattern, noun, in: sentence, base: 0.7) { found.append(candidate) }
            }
        }
        return found
    }
}

/// "This Russian veto is a disgrace", "Iran's conduct is unacceptable": a statement's authors
/// criticise the owner of an act they call shameful.
extension TreeCoder {
    static let disgraceNouns: Set<String> = [
        "disgrace", "outrage", "travesty", "scandal", "affront", "betrayal",
        // ("North Korea's continued missile launches are a clear violation of Security Council resolutions.")
        "violation", "breach", "contravention", "provocation",
    ]
    static let disgraceAdjectives: Set<String> = [
        "shameful", "disgraceful", "unacceptable", "outrageous", "appalling", "deplorable", "reprehensible", "unjustifiable",
        "indefensible", "abhorrent",
    ]

    func judgements(at copula: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard sentence.lemma(copula) == "be", !sentence.authors.isEmpty,
              sentence.children(of: copula, ["neg"]).isEmpty,
              sentence.children(of: copula, ["attr"]).contains(where: { Self.disgraceNouns.contains(sentence.lemma($0)) })
                || sentence.children(of: copula, ["acomp"]).contains(where: { Self.disgraceAdjectives.contains(sentence.lower($0)) }),
              let pattern = lexiconPattern(for: "criticises", frame: nil)
        else { return [] }
        // The act's owner: its possessor or the state that describes it, not a party it names.
        let owners = sentence.children(of: copula, ["nsubj"]).filter { sentence.mention(at: $0) == nil }.flatMap { act in
            sentence.children(of: act, ["poss", "amod", "compound"]).compactMap { sentence.mention(at: $0) }
        }
        var found: [Candidate] = []
        for author in sentence.authors {
            for owner in owners where owner.entity != author.entity {
                var owner = owner
                owner.isModifier = false
                if let candidate = make(author, owner, pattern, copula, in: sentence, base: 0.65) { found.append(candidate) }
            }
        }
        return found
    }
}
