import EntenteModel
import EntenteNLP

/// "Today's sanctions target Iran's drone programme", "The measures also target the IRGC": what
/// sanctions target is sanctioned, by their owner or else by the statement's authors.
extension TreeCoder {
    static let sanctionNouns: Set<String> = ["sanction", "sanctions", "measure", "measures", "designation", "designations", "penalty", "penalties"]

    func targetedSanctions(at verb: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard sentence.lemma(verb) == "target", sentence.children(of: verb, ["neg"]).isEmpty,
              let measures = sentence.children(of: verb, ["nsubj"]).first(where: { Self.sanctionNouns.contains(sentence.lemma($0)) }),
              let pattern = lexiconPattern(for: "sanctions", frame: nil)
        else { return [] }
        let owners = sentence.children(of: measures, ["poss"]).flatMap { parties(at: $0, in: sentence) }.filter { $0.entity.kind != .place }
        let sanctioners = owners.isEmpty ? sentence.authors : owners
        var targets: [Mention] = []
        for object in sentence.children(of: verb, ["dobj"]) {
            // ("Iran's drone programme", "individuals linked to the IRGC": the party the target is of.)
            targets += parties(at: object, in: sentence)
            targets += preModifierParties(of: object, in: sentence)
            let linking: [Int] = sentence.children(of: object, ["acl"]).flatMap { sentence.children(of: $0, ["prep"]) }
            targets += linking.flatMap { phraseParties($0, in: sentence) }
        }
        targets = targets.filter { $0.entity.kind != .place }
        var found: [Candidate] = []
        var seen = Set<Entity>()
        for target in targets where seen.insert(target.entity).inserted {
            for sanctioner in sanctioners where sanctioner.entity != target.entity {
                if let candidate = make(sanctioner, target, pattern, verb, in: sentence, base: 0.6) { found.append(candidate) }
            }
        }
        return found
    }
}
