import EntenteModel
import EntenteNLP

/// "Senior Australian ministers are in Papua New Guinea to discuss security": officials of one
/// state who are in another for talks are visiting it.
extension TreeCoder {
    /// Nouns of the gatherings one comes to a place for.
    static let visitPurposeNouns: Set<String> = ["talk", "talks", "visit", "meeting", "meetings", "summit", "negotiation", "negotiations", "consultation", "consultations"]

    func presences(at copula: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard sentence.lemma(copula) == "be", ["ROOT", "ccomp", "conj"].contains(sentence[copula].dep),
              sentence.children(of: copula, ["prep"]).contains(where: { sentence.lower($0) == "in" })
        else { return [] }
        // The purpose: "to discuss", "to meet", or "for talks".
        let purposeClause = sentence.children(of: copula, ["advcl", "xcomp"]).contains { clause in
            (Self.topicVerbs.contains(sentence.lemma(clause)) || Self.conversingVerbs.contains(sentence.lemma(clause))
                || ["attend", "sign", "negotiate"].contains(sentence.lemma(clause)))
                && sentence.children(of: clause, ["aux"]).contains { sentence.lower($0) == "to" }
        }
        let purposePhrase = sentence.children(of: copula, ["prep"]).filter { sentence.lower($0) == "for" }
            .flatMap { sentence.children(of: $0, ["pobj"]) }.contains { Self.visitPurposeNouns.contains(sentence.lemma($0)) }
        guard purposeClause || purposePhrase, let visiting = lexiconPattern(for: "visits", frame: .verb) else { return [] }
        let hosts = sentence.children(of: copula, ["prep"]).filter { sentence.lower($0) == "in" }.flatMap { phraseParties($0, in: sentence) }
            .filter { $0.entity.type == "state" || $0.entity.kind == .place }
        let guests = sentence.children(of: copula, ["nsubj"]).flatMap { parties(at: $0, in: sentence) }
        var found: [Candidate] = []
        for guest in guests where guest.entity.kind != .place {
            for host in hosts {
                // (One is not a visitor in one's own state.)
                guard let hostState = state(containing: host.entity), guest.entity != hostState, guest.entity != host.entity,
                      let candidate = make(guest, host, visiting, copula, in: sentence, base: 0.65)
                else { continue }
                found.append(candidate)
            }
        }
        return found
    }
}
