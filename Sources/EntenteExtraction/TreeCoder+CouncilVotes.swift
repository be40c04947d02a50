import EntenteModel
import EntenteNLP

/// "Russia vetoed a U.N. Security Council resolution", "voted for the Council's draft": a state
/// that takes part in a council's vote sits on it.
extension TreeCoder {
    func councilVotes(at verb: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard Self.votingVerbs.contains(sentence.lemma(verb)) else { return [] }
        // The draft: the verb's object, or the object of its "for", "against" or "on".
        let phrases = sentence.children(of: verb, ["prep"]).filter { ["for", "against", "on"].contains(sentence.lower($0)) }
            .flatMap { sentence.children(of: $0, ["pobj"]) }
        let drafts = (sentence.children(of: verb, ["dobj"]) + phrases).filter { Self.draftNouns.contains(sentence.lemma($0)) }
        let councils = drafts.flatMap { sentence.children(of: $0, ["compound", "poss"]) }
            .compactMap { sentence.mention(at: $0) }
            .filter { $0.entity.kind == .organisation && $0.entity.name.lowercased().contains("council") }
        guard !councils.isEmpty else { return [] }
        let members = subjects(of: verb, in: sentence).filter { $0.entity.type == "state" }
        var found: [Candidate] = []
        for member in members {
            for council in councils where council.entity != member.entity {
                // (The vote is the sentence's reading: no phrase rule may take the council for the one vetoed.)
                found.append(described(member, "member_of", council, at: verb, pattern: "a state's vote on a council's draft", in: sentence,
                                       inPassing: false))
            }
        }
        return found
    }
}
