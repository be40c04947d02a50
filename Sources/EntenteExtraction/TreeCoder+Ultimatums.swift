import EntenteModel
import EntenteNLP

/// "gave the French ambassador 48 hours to leave the country": a deadline to leave is an
/// expulsion of the one given it (or of the state whose envoy it is).
extension TreeCoder {
    static let deadlineNouns: Set<String> = ["hour", "day", "week", "month"]

    static let leavingVerbs: Set<String> = ["leave", "depart", "quit", "exit"]

    func deadlinesToLeave(at verb: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard ["give", "grant", "allow"].contains(sentence.lemma(verb)) else { return [] }
        let deadlines = sentence.children(of: verb, ["npadvmod", "dobj"]).filter { Self.deadlineNouns.contains(sentence.lemma($0)) }
        let isLeaving = { (clause: Int) in Self.leavingVerbs.contains(sentence.lemma(clause)) }
        // (The parser may hang "to leave" on the verb or on the time it is given.)
        guard !deadlines.isEmpty,
              let leave = sentence.children(of: verb, ["advcl", "xcomp", "ccomp"]).first(where: isLeaving)
                ?? deadlines.flatMap({ sentence.children(of: $0, ["relcl", "acl"]) }).first(where: isLeaving),
              sentence.children(of: leave, ["aux"]).contains(where: { sentence.lower($0) == "to" }),
              let expelling = lexiconPattern(for: "expels")
        else { return [] }
        let expelled = sentence.children(of: verb, ["dative", "dobj"]).filter { !Self.deadlineNouns.contains(sentence.lemma($0)) }
            .flatMap { parties(at: $0, in: sentence) }
        return subjects(of: verb, in: sentence).flatMap { subject in
            expelled.compactMap { make(subject, $0, expelling, verb, in: sentence, base: 0.75) }
        }
    }
}
