import EntenteModel
import EntenteNLP

/// "Israel's operations in Gaza", "Russia's military operation in Ukraine": a party's operations
/// in a place are an attack on it, unless the operation is named as a peaceful one.
extension TreeCoder {
    static let peacefulOperationWords: Set<String> = [
        "peacekeeping", "humanitarian", "rescue", "relief", "evacuation", "aid", "search", "recovery", "demining", "training",
        "stabilisation", "stabilization", "monitoring", "observer", "electoral", "business", "commercial", "mining", "port",
    ]

    func operations(at noun: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard sentence.lemma(noun) == "operation", sentence[noun].pos == "NOUN", let attack = attackPattern,
              !sentence.children(of: noun, ["amod", "compound", "nmod"]).contains(where: { Self.peacefulOperationWords.contains(sentence.lower($0)) })
        else { return [] }
        let owners = sentence.children(of: noun, ["poss"]).flatMap { parties(at: $0, in: sentence) }
            .filter { $0.entity.type == "state" || $0.entity.type == "armed-group" }
        guard !owners.isEmpty else { return [] }
        let targets = sentence.children(of: noun, ["prep"]).filter { ["in", "inside", "into"].contains(sentence.lower($0)) }
            .flatMap { phraseParties($0, in: sentence) }
        var found: [Candidate] = []
        for owner in owners {
            for target in targets where target.entity != owner.entity {
                if let candidate = make(owner, target, attack, noun, in: sentence, base: 0.65) { found.append(candidate) }
            }
        }
        return found
    }

    private var attackPattern: RelationLexicon.Pattern? { lexiconPattern(for: "attacks") }
}
