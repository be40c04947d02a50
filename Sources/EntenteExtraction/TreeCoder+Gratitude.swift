import EntenteModel
import EntenteNLP

/// "The President thanked President Sisi for Egypt's important role", "commended Norway for
/// Qatar's mediation": thanks given for a named party's act praise that party too.
extension TreeCoder {
    static let thankingVerbs: Set<String> = ["thank", "commend", "praise", "applaud", "salute", "credit", "congratulate"]

    func thanksForActs(at verb: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard sentence[verb].pos == "VERB", Self.thankingVerbs.contains(sentence.lemma(verb)),
              sentence.children(of: verb, ["neg"]).isEmpty, let pattern = lexiconPattern(for: "praises", frame: nil)
        else { return [] }
        // The act's owner: a name (not a pronoun) owning the "for" phrase's noun.
        let acts = sentence.children(of: verb, ["prep"]).filter { sentence.lower($0) == "for" }
            .flatMap { sentence.children(of: $0, ["pobj"]) }
        let owners = acts.flatMap { sentence.children(of: $0, ["poss"]) }
            .filter { sentence[$0].tag != "PRP$" }
            .flatMap { parties(at: $0, in: sentence) }
        guard !owners.isEmpty else { return [] }
        let thankers = subjects(of: verb, in: sentence)
        return relateEach(thankers, to: owners, by: pattern, at: verb, in: sentence, base: 0.6, construction: "thanks for a party's act")
    }
}
