import EntenteModel
import EntenteNLP

/// "committed to supporting efforts between Armenia and Azerbaijan", "plans to support diplomatic
/// engagements between both countries": backing what two parties do together backs each of them.
extension TreeCoder {
    /// Nouns for what two parties do together toward a settlement.
    static let jointEffortNouns: Set<String> = [
        "effort", "engagement", "talk", "dialogue", "negotiation", "process", "initiative", "reconciliation", "normalization",
        "normalisation", "rapprochement",
    ]

    func supportedJointEfforts(at verb: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard ["support", "back"].contains(sentence.lemma(verb)), let supporting = lexiconPattern(for: "supports", frame: nil) else { return [] }
        // ("spoke … to discuss supporting direct negotiations between Russia and Ukraine": talked of, not done.)
        let governor = sentence[verb].head
        if governor != verb, sentence.range.contains(governor), Self.deliberatingVerbs.contains(sentence.lemma(governor)) { return [] }
        let sides = sentence.children(of: verb, ["dobj"]).filter { Self.jointEffortNouns.contains(sentence.lemma($0)) }
            .flatMap { sentence.children(of: $0, ["prep"]) }.filter { sentence.lower($0) == "between" }
            .flatMap { phraseParties($0, in: sentence) }
            .filter { $0.entity.kind != .place }
            // (Sides the sentence names: "between both countries" may reach back to a pair the story
            // named long before.)
            .filter { side in sentence.range.contains { sentence.mention(at: $0)?.entity == side.entity } }
        guard sides.count >= 2 else { return [] }
        return relateEach(subjects(of: verb, in: sentence), to: sides, by: supporting, at: verb, in: sentence, base: 0.6,
                          construction: "support for efforts between X and Y")
    }
}
