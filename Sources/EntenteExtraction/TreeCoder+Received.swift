import EntenteModel
import EntenteNLP

/// "Israel has our full support", "Kyiv enjoys the backing of Washington": a relation one party
/// has from another, stated from the receiving side.
extension TreeCoder {
    static let receivingVerbs: Set<String> = ["have", "enjoy", "receive", "retain", "win", "gain", "count", "secure", "obtain", "get"]
    static let receivedRelations: [String: String] = [
        "support": "supports", "backing": "supports", "solidarity": "supports", "sympathy": "supports",
        "protection": "protects", "recognition": "recognises", "assistance": "aids", "aid": "aids",
    ]

    func received(at noun: Int, in sentence: ParsedSentence) -> [Candidate] {
        let head = sentence[noun].head
        guard var predicate = Self.receivedRelations[sentence.lemma(noun)], sentence.mention(at: noun) == nil,
              sentence[noun].dep == "dobj" || (sentence[noun].dep == "pobj" && sentence.lower(head) == "on"),
              head != noun, sentence.range.contains(head)
        else { return [] }
        // "counts on the support of": the verb is above the preposition.
        let verb = sentence[noun].dep == "pobj" ? sentence[head].head : head
        guard sentence.range.contains(verb), Self.receivingVerbs.contains(sentence.lemma(verb)) else { return [] }
        // ("secured defense aid from Washington": the parser may hang the giver on the verb.)
        let givers = sentence.children(of: noun, ["poss"]).flatMap { parties(at: $0, in: sentence) }
            + sentence.children(of: noun, ["prep"]).filter { ["of", "from"].contains(sentence.lower($0)) }.flatMap { phraseParties($0, in: sentence) }
            + sentence.children(of: verb, ["prep"]).filter { sentence.lower($0) == "from" && $0 > noun }.flatMap { phraseParties($0, in: sentence) }
        guard !givers.isEmpty else { return [] }
        // ("defense aid": aid in arms.)
        if predicate == "aids", sentence.children(of: noun, ["amod", "compound"]).contains(where: { Self.militaryWords.contains(sentence.lower($0)) }) {
            predicate = "arms"
        }
        let holders = subjects(of: verb, in: sentence)
        let pattern = RelationLexicon.Pattern(steps: [], text: "X has Y's \(sentence.lemma(noun))", predicate: predicate, frame: .noun)
        var found: [Candidate] = []
        for giver in givers {
            for holder in holders {
                if let candidate = make(giver, holder, pattern, noun, in: sentence, base: 0.7) { found.append(candidate) }
            }
        }
        return found
    }
}
