import EntenteModel
import EntenteNLP

/// "the safe release of all hostages held captive by Hamas, including American citizens",
/// "American hostages held by Hamas": those who hold a state's people hostage abducted them.
extension TreeCoder {
    static let captiveNouns: Set<String> = ["hostage", "captive", "abductee"]
    static let captivityVerbs: Set<String> = ["hold", "take", "abduct", "kidnap", "capture", "seize", "keep"]

    func hostagesHeld(at noun: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard Self.captiveNouns.contains(sentence.lemma(noun)), let pattern = lexiconPattern(for: "abducts", frame: nil) else { return [] }
        let holders = sentence.children(of: noun, ["acl"]).filter { Self.captivityVerbs.contains(sentence.lemma($0)) && sentence[$0].tag == "VBN" }
            .flatMap { sentence.children(of: $0, ["agent"]) }.flatMap { phraseParties($0, in: sentence) }
            .filter { $0.entity.kind != .place }
        guard !holders.isEmpty else { return [] }
        // (The parser may hang "including" on the holder's name.)
        let included = sentence.subtree(of: noun).filter { sentence.lower($0) == "including" && sentence[$0].dep == "prep" }
            .flatMap { sentence.children(of: $0, ["pobj"]) }
        let victims = (sentence.children(of: noun, ["amod", "compound", "nmod"]) + included)
            .flatMap { parties(at: $0, in: sentence) + sentence.children(of: $0, ["amod", "compound"]).compactMap { sentence.mention(at: $0) } }
            .filter { $0.entity.type == "state" }
        var seen = Set<Entity>()
        return holders.flatMap { holder in
            victims.filter { $0.entity != holder.entity && seen.insert($0.entity).inserted }.compactMap { victim -> Candidate? in
                guard var candidate = make(holder, victim, pattern, noun, in: sentence, base: 0.6) else { return nil }
                candidate.pattern = "hostages of a state held by a party"
                // (Their being held is told in passing, whatever the sentence asks of it.)
                return candidate.outright.saidInPassing
            }
        }
    }
}
