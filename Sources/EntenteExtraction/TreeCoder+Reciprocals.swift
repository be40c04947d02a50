import EntenteModel
import EntenteNLP

/// "fought each other", "accused one another": an object that points back at the clause's own
/// coordinated parties.
extension TreeCoder {
    func hasReciprocalObject(_ verb: Int, in sentence: ParsedSentence) -> Bool {
        // ("Pakistan and Afghanistan traded accusations": what is traded goes both ways.)
        if ["trade", "exchange"].contains(sentence.lemma(verb)),
           sentence.children(of: verb, ["dobj"]).contains(where: { Self.tradedWords.contains(sentence.lemma($0)) })
        {
            return true
        }
        let objects = sentence.children(of: verb, ["dobj"])
            + sentence.children(of: verb, ["prep"]).flatMap { sentence.children(of: $0, ["pobj"]) }
        return objects.contains { object in
            guard object > sentence.range.lowerBound else { return false }
            let word = sentence.lower(object)
            let before = sentence.lower(object - 1)
            let after = sentence.range.contains(object + 1) ? sentence.lower(object + 1) : ""
            return (word == "other" && before == "each") || (word == "another" && before == "one")
                || (word == "one" && after == "another")
        }
    }

    static let tradedWords: Set<String> = ["accusation", "blame", "barb", "insult", "threat", "charge"]

    /// The relation two parties have when each does the act to the other: a one-sided attack done
    /// both ways is a clash.
    func reciprocal(of pattern: RelationLexicon.Pattern) -> RelationLexicon.Pattern {
        guard let relation = vocabulary[pattern.predicate], relation.relationClass == .materialConflict, !relation.isSymmetric,
              vocabulary["clashes_with"] != nil
        else { return pattern }
        return RelationLexicon.Pattern(steps: pattern.steps, text: pattern.text, predicate: "clashes_with", frame: pattern.frame)
    }

    /// The parties coordinated with the noun a relative clause describes: "the army and the RSF,
    /// which are fighting each other" hangs the clause from the RSF alone.
    func coordinatedAntecedents(of verb: Int, in sentence: ParsedSentence) -> [Mention] {
        guard sentence[verb].dep == "relcl" else { return [] }
        var first = sentence[verb].head
        while sentence[first].dep == "conj", sentence.range.contains(sentence[first].head), sentence[first].head != first {
            first = sentence[first].head
        }
        var nouns = [first]
        var index = 0
        while index < nouns.count {
            nouns += sentence.children(of: nouns[index], ["conj"])
            index += 1
        }
        return nouns.flatMap { sentence.mention(at: $0).map { [$0] } ?? [] }
    }
}
