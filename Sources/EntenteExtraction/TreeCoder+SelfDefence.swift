import EntenteModel
import EntenteNLP

/// "We reaffirm Israel's right to defend itself", "we are clear about Ukraine's right to
/// self-defence": whoever upholds a party's right to defend itself backs that party.
extension TreeCoder {
    /// What the right is to: defending oneself, or existing.
    static let selfDefenceWords: Set<String> = ["defend", "protect", "exist", "self-defence", "self-defense", "defence", "defense", "existence"]
    /// Verbs that take a right away rather than uphold it.
    static let rightDenyingVerbs: Set<String> = [
        "deny", "reject", "question", "dispute", "challenge", "undermine", "violate", "ignore", "abuse", "exceed", "curtail",
    ]

    func upheldSelfDefence(at noun: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard sentence.lemma(noun) == "right", isRightToDefend(noun, in: sentence),
              let pattern = lexiconPattern(for: "supports", frame: nil)
        else { return [] }
        let holders = sentence.children(of: noun, ["poss"]).flatMap { parties(at: $0, in: sentence) }
        guard !holders.isEmpty else { return [] }
        // Up to the word that holds the right: "reaffirm … right", "clear about … right".
        var current = noun
        for _ in 0..<3 {
            let head = sentence[current].head
            guard head != current, sentence.range.contains(head) else { return [] }
            current = head
            if ["VERB", "ADJ", "AUX"].contains(sentence[current].pos) { break }
        }
        // ("support for Israel's right", "supports Israel's right": the support itself is coded.)
        guard ["VERB", "ADJ", "AUX"].contains(sentence[current].pos), !Self.rightDenyingVerbs.contains(sentence.lemma(current)),
              !Self.helpingVerbs.contains(sentence.lemma(current)), sentence.children(of: current, ["neg"]).isEmpty
        else { return [] }
        let verb = sentence[current].pos == "ADJ" && sentence.range.contains(sentence[current].head) ? sentence[current].head : current
        return relateEach(subjects(of: verb, in: sentence), to: holders, by: pattern, at: verb, in: sentence, base: 0.6,
                          construction: "a right to self-defence upheld")
    }

    private func isRightToDefend(_ noun: Int, in sentence: ParsedSentence) -> Bool {
        let clauses = sentence.children(of: noun, ["acl", "relcl"])
        let objects = sentence.children(of: noun, ["prep"]).filter { sentence.lower($0) == "to" }
            .flatMap { sentence.children(of: $0, ["pobj", "pcomp"]) }
        return (clauses + objects).contains { Self.selfDefenceWords.contains(sentence.lemma($0)) }
    }
}
