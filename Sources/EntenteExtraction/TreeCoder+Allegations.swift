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
        let accusers = subjects(of: verb, in: sentence)
        var found: [Candidate] = []
        for accuser in accusers {
            for party in accused where party.entity != accuser.entity && party.entity.kind != .place {
                guard var candidate = make(accuser, party, pattern, verb, in: sentence, base: 0.7) else { continue }
                candidate.pattern = "alleged that X did"
                found.append(candidate)
            }
        }
        return found
    }
}
