import EntenteModel
import EntenteNLP

/// Gratitude praises: "We are grateful to Kenya for leading the mission" praises Kenya; "The
/// President thanked President Sisi for Egypt's important role" praises Egypt too.
extension TreeCoder {
    /// "We are grateful to Kenya for leading the mission": gratitude to a party praises it.
    func gratitude(at adjective: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard ["grateful", "thankful"].contains(sentence.lower(adjective)), sentence[adjective].dep == "acomp",
              let pattern = lexiconPattern(for: "praises", frame: .verb)
        else { return [] }
        let copula = sentence[adjective].head
        guard sentence.range.contains(copula), sentence.children(of: copula, ["neg"]).isEmpty else { return [] }
        let thanked = sentence.children(of: adjective, ["prep"]).filter { sentence.lower($0) == "to" }.flatMap { phraseParties($0, in: sentence) }
        var found: [Candidate] = []
        for subject in subjects(of: copula, in: sentence) {
            for party in thanked where party.entity != subject.entity {
                if let candidate = make(subject, party, pattern, adjective, in: sentence, base: 0.7) { found.append(candidate) }
            }
        }
        return found
    }

    static let thankingVerbs: Set<String> = ["thank", "commend", "praise", "applaud", "salute", "credit", "congratulate"]

    /// Thanks given for a named party's act praise that party too ("commended Norway for Qatar's mediation").
    func thanksForActs(at verb: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard sentence[verb].pos == "VERB", Self.thankingVerbs.contains(sentence.lemma(verb)),
              sentence.children(of: verb, ["neg"]).isEmpty, let pattern = lexiconPattern(for: "praises", frame: nil)
        else { return [] }
        // The act's owner: a name (not a pronoun) owning the "for" phrase's noun.
        // (The parser may hang the "for" phrase on the one thanked: "thanked the Foreign Minister for
        // Egypt's mediation efforts".)
        let holders = [verb] + sentence.children(of: verb, ["dobj"])
        let acts = holders.flatMap { sentence.children(of: $0, ["prep"]) }.filter { sentence.lower($0) == "for" }
            .flatMap { sentence.children(of: $0, ["pobj"]) }
        let owners = acts.flatMap { sentence.children(of: $0, ["poss"]) }
            .filter { sentence[$0].tag != "PRP$" }
            .flatMap { parties(at: $0, in: sentence) }
        guard !owners.isEmpty else { return [] }
        let thankers = subjects(of: verb, in: sentence)
        return relateEach(thankers, to: owners, by: pattern, at: verb, in: sentence, base: 0.6, construction: "thanks for a party's act")
    }
}

/// "Thank you, Foreign Minister Osmani.", "And thank you to Special Envoy Grundberg for his
/// briefing", "Minister Bettel, thank you for your presentation": thanks said to the one named
/// beside "thank you" praise them, in the voice of whoever speaks (the statement's authors when no
/// one else is quoted). ("Thank you, President" names no one.)
extension TreeCoder {
    static let addressWords: Set<String> = [
        "chair", "chairman", "chairwoman", "chairperson", "mister", "mr", "mr.", "madam", "madame", "president", "excellency",
        "excellencies", "colleagues", "secretary-general", "secretary", "general", "ambassador", "minister",
    ]

    func thanksSpokenTo(at verb: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard sentence[verb].pos == "VERB", sentence.lemma(verb) == "thank",
              sentence.children(of: verb, ["dobj"]).contains(where: { sentence.lower($0) == "you" }),
              sentence.children(of: verb, ["neg"]).isEmpty, sentence.children(of: verb, Self.subjectLabels).isEmpty,
              let pattern = lexiconPattern(for: "praises", frame: nil)
        else { return [] }
        let addressed = sentence.children(of: verb, ["npadvmod", "appos", "dep", "intj"]).flatMap { parties(at: $0, in: sentence) }
        let thankedTo = sentence.children(of: verb, ["prep"]).filter { sentence.lower($0) == "to" }.flatMap { phraseParties($0, in: sentence) }
        // ("Thank you, Mister Chair": an office addressed is no one named.)
        let thanked = (addressed + thankedTo).filter { party in
            party.entity.kind != .place
                && !party.entity.name.lowercased().split(separator: " ").allSatisfy { Self.addressWords.contains(String($0)) }
        }
        guard !thanked.isEmpty else { return [] }
        let thankers = speaker(of: verb, in: sentence).map { [$0] } ?? sentence.authors
        return relateEach(thankers, to: thanked, by: pattern, at: verb, in: sentence, base: 0.6, construction: "thank you, X")
    }
}
