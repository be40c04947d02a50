import EntenteModel
import EntenteNLP

/// "gave the French ambassador 48 hours to leave the country": a deadline to leave is an
/// expulsion of the one given it (or of the state whose envoy it is).
extension TreeCoder {
    static let deadlineNouns: Set<String> = ["hour", "day", "week", "month"]

    static let leavingVerbs: Set<String> = ["leave", "depart", "quit", "exit"]

    func deadlinesToLeave(at verb: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard ["give", "grant", "allow"].contains(sentence.lemma(verb)) else { return [] }
        // ("… and Niger six months to reconsider": the parser may coordinate the time with the verb.)
        let deadlines = sentence.children(of: verb, ["npadvmod", "dobj", "conj"]).filter { Self.deadlineNouns.contains(sentence.lemma($0)) }
        let isLeaving = { (clause: Int) in Self.leavingVerbs.contains(sentence.lemma(clause)) }
        let isInfinitive = { (clause: Int) in sentence.children(of: clause, ["aux"]).contains(where: { sentence.lower($0) == "to" }) }
        // (The parser may hang "to leave" on the verb or on the time it is given.)
        let clauses = sentence.children(of: verb, ["advcl", "xcomp", "ccomp"]) + deadlines.flatMap { sentence.children(of: $0, ["relcl", "acl"]) }
        guard !deadlines.isEmpty, let clause = clauses.first(where: isLeaving) ?? clauses.first(where: isInfinitive), isInfinitive(clause),
              // ("gave the juntas six months to reconsider": time given to do something else is an
              // appeal to do it.)
              let expelling = lexiconPattern(for: isLeaving(clause) ? "expels" : "appeals_to")
        else { return [] }
        let expelled = sentence.children(of: verb, ["dative", "dobj"]).filter { !Self.deadlineNouns.contains(sentence.lemma($0)) }
            .flatMap { parties(at: $0, in: sentence) }
        return subjects(of: verb, in: sentence).flatMap { subject in
            expelled.compactMap { make(subject, $0, expelling, verb, in: sentence, base: 0.75) }
        }
    }
}
