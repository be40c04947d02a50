import EntenteModel
import EntenteNLP

/// "answered dozens of Houthi attacks with a series of airstrikes", "responded to Iran's strikes
/// with missile attacks": the strikes a party answers with are on the one whose attacks it answers.
extension TreeCoder {
    static let answeringVerbs: Set<String> = ["answer", "respond", "retaliate", "react", "reply"]

    func retaliations(at verb: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard Self.answeringVerbs.contains(sentence.lemma(verb)), let pattern = lexiconPattern(for: "attacks") else { return [] }
        let within = sentence.subtree(of: verb).filter { $0 != verb }
        // The means: a strike noun under "with", or under "a series of" there.
        let strikes = within.filter { index in
            guard sentence[index].dep == "pobj", Self.attackNouns.contains(sentence.lemma(index)) else { return false }
            let preposition = sentence[index].head
            if sentence.lower(preposition) == "with" { return true }
            guard sentence.lower(preposition) == "of", sentence.range.contains(sentence[preposition].head) else { return false }
            let series = sentence[preposition].head
            return sentence[series].dep == "pobj" && sentence.lower(sentence[series].head) == "with"
        }
        guard let strike = strikes.first else { return [] }
        // What is answered: the object, or the object of "to" or "for", down a quantity's "of".
        var answered = sentence.children(of: verb, ["dobj"])
            + sentence.children(of: verb, ["prep"]).filter { ["to", "for"].contains(sentence.lower($0)) }
                .flatMap { sentence.children(of: $0, ["pobj"]) }
        answered += answered.flatMap { sentence.children(of: $0, ["prep"]) }.filter { sentence.lower($0) == "of" }
            .flatMap { sentence.children(of: $0, ["pobj"]) }
        let targets = answered.filter { Self.attackNouns.contains(sentence.lemma($0)) }.flatMap { attack in
            sentence.children(of: attack, ["poss", "amod", "compound", "nmod"]).compactMap { sentence.mention(at: $0) }
        }
        let sources = subjects(of: verb, in: sentence)
        var found: [Candidate] = []
        for source in sources {
            for target in targets where source.entity != target.entity {
                var target = target
                target.isModifier = false
                if let candidate = make(source, target, pattern, strike, in: sentence, base: 0.7) { found.append(candidate) }
            }
        }
        return found
    }
}
