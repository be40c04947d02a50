import EntenteModel
import EntenteNLP

/// "Ukrainian positions came under attack from Russian forces", "the city came under heavy
/// shelling by Russian troops": the clause's subject is the target and the phrase names the
/// attacker, the reverse of the usual order.
extension TreeCoder {
    static let underFireNouns: [String: String] = [
        "attack": "attacks", "fire": "attacks", "assault": "attacks", "strike": "attacks", "shelling": "shells",
        "bombardment": "shells", "bombing": "bombs",
    ]
    static let underFireVerbs: Set<String> = ["come", "be", "remain", "fall"]

    func underFire(at noun: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard let predicate = Self.underFireNouns[sentence.lemma(noun)], sentence[noun].dep == "pobj" else { return [] }
        let under = sentence[noun].head
        guard sentence.range.contains(under), sentence.lower(under) == "under" else { return [] }
        let verb = sentence[under].head
        guard verb != under, sentence.range.contains(verb), Self.underFireVerbs.contains(sentence.lemma(verb)),
              let pattern = lexiconPattern(for: predicate)
        else { return [] }
        // "came under Russian fire": or the state that describes the fire.
        let attackers = [noun, verb].flatMap { sentence.children(of: $0, ["prep", "agent"]) }
            .filter { ["from", "by"].contains(sentence.lower($0)) }
            .flatMap { phraseParties($0, in: sentence) }
            + sentence.children(of: noun, ["amod", "compound"]).compactMap { sentence.mention(at: $0) }
        let targets = subjects(of: verb, in: sentence)
        return attackers.flatMap { attacker in
            targets.compactMap { target in
                guard attacker.entity != target.entity, var candidate = make(attacker, target, pattern, noun, in: sentence, base: 0.7)
                else { return nil }
                candidate.pattern = "came under \(sentence.lower(noun)) from X"
                return candidate
            }
        }
    }
}
