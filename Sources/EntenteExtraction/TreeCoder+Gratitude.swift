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
