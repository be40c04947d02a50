import EntenteModel
import EntenteNLP

/// "Pakistan alleged that India killed two of its citizens", "alleged that the killings were
/// orchestrated by India": whoever alleges an act of another accuses them.
extension TreeCoder {
    static let allegingVerbs: Set<String> = ["allege", "charge"]

    func allegations(at verb: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard Self.allegingVerbs.contains(sentence.lemma(verb)), sentence[verb].pos == "VERB",
              let pattern = lexiconPattern(for: "accuses")
        else { return [] }
        let clauses = sentence.children(of: verb, ["ccomp"])
        guard !clauses.isEmpty else { return [] }
        // The one the clause says did it: its subject, or the agent of a passive.
        let accused = clauses.flatMap { clause in
            sentence.children(of: clause, ["nsubj"]).flatMap { parties(at: $0, in: sentence) }
                + sentence.children(of: clause, ["agent"]).flatMap { phraseParties($0, in: sentence) }
        }
        return relateEach(subjects(of: verb, in: sentence), to: accused, by: pattern, at: verb, in: sentence, base: 0.7, construction: "alleged that X did")
    }
}
