import EntenteModel
import EntenteNLP

/// "The FAC and the Secretary exchanged views on challenges posed by the People’s Republic of
/// China", "the ministers discussed threats from Iran": those who take up a threat a party poses
/// judge that party.
extension TreeCoder {
    static let threatNouns: Set<String> = ["threat", "challenge", "danger", "menace"]

    func posedThreats(at noun: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard Self.threatNouns.contains(sentence.lemma(noun)), sentence.mention(at: noun) == nil else { return [] }
        // ("the ISIS terrorist threat from northeast Syria": a "from" naming a place says where,
        // and only a name itself says who.)
        let posers = (sentence.children(of: noun, ["acl"]).filter { sentence.lemma($0) == "pose" }.flatMap { sentence.children(of: $0, ["agent"]) }
            .flatMap { phraseParties($0, in: sentence) }
            + sentence.children(of: noun, ["prep"]).filter { sentence.lower($0) == "from" }
            .flatMap { sentence.children(of: $0, ["pobj"]) }.compactMap { sentence.mention(at: $0) })
            .filter { $0.entity.kind != .place }
        guard !posers.isEmpty else { return [] }
        // The verb that takes the threat up, through the phrases between ("exchanged views on").
        guard let verb = sentence.verb(above: noun, through: ["dobj", "pobj", "prep", "conj"]) else { return [] }
        let judges = subjects(of: verb, in: sentence)
        let pattern = RelationLexicon.Pattern(steps: [], text: "threat posed by X", predicate: "criticises", frame: .verb)
        return judges.flatMap { judge in
            posers.filter { $0.entity != judge.entity }.compactMap { poser in
                var poser = poser
                poser.isModifier = false
                return make(judge, poser, pattern, noun, in: sentence, base: 0.6)
            }
        }
    }
}
