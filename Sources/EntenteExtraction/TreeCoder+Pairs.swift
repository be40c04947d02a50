import EntenteModel
import EntenteNLP

/// "the Israel-Hamas war", "the U.S.-Philippine alliance", "Russia-Ukraine talks": a noun that
/// names the relation between the two parties joined by a hyphen before it.
extension TreeCoder {
    static let pairNouns: [String: String] = [
        "war": "clashes_with", "conflict": "clashes_with", "fighting": "clashes_with", "clash": "clashes_with",
        "hostility": "clashes_with", "talk": "negotiates_with", "negotiation": "negotiates_with", "dialogue": "negotiates_with",
        "alliance": "ally_of", "partnership": "partner_of", "ceasefire": "ceasefire_with", "truce": "ceasefire_with", "summit": "meets_with",
        "deal": "signs_agreement_with", "agreement": "signs_agreement_with", "accord": "signs_agreement_with",
    ]

    static let kindOfTieWords: Set<String> = ["defense", "defence", "security", "military", "trade", "economic", "strategic", "bilateral"]

    func hyphenPairs(in sentence: ParsedSentence) -> [Candidate] {
        var found: [Candidate] = []
        for noun in sentence.range where sentence[noun].pos == "NOUN" || sentence[noun].pos == "PROPN" {
            guard let predicate = Self.pairNouns[sentence.lemma(noun)], vocabulary[predicate] != nil, noun - 1 >= sentence.range.lowerBound
            else { continue }
            var sides: [Mention] = []
            // ("the U.S.-Jordan strategic partnership": past the words that say what kind.)
            var before = noun - 1
            while before - 1 >= sentence.range.lowerBound, noun - before <= 2,
                  sentence[before].pos == "ADJ" || Self.kindOfTieWords.contains(sentence.lower(before))
            {
                before -= 1
            }
            if before - 2 >= sentence.range.lowerBound, sentence.lower(before - 1) == "-",
               let first = sentence.mention(at: before - 2) ?? namedParty(sentence[before - 2].text),
               let second = sentence.mention(at: before) ?? namedParty(sentence[before].text)
            {
                sides = [first, second]
            } else if sentence[before].text.contains("-") {
                // "U.S.-Philippine": one token.
                let parts = sentence[before].text.split(separator: "-").map(String.init)
                if parts.count == 2, let first = namedParty(parts[0]), let second = namedParty(parts[1]) { sides = [first, second] }
            }
            guard sides.count == 2, sides[0].entity != sides[1].entity, sides.allSatisfy({ $0.entity.kind != .place }) else { continue }
            let pattern = RelationLexicon.Pattern(steps: [], text: "A-B \(sentence.lemma(noun))", predicate: predicate, frame: .noun)
            // A war or an alliance is a state of affairs; talks and deals have the stance of their clause.
            if ["clashes_with", "ally_of", "partner_of"].contains(predicate) {
                found.append(described(sides[0], predicate, sides[1], at: noun, pattern: pattern.text, in: sentence))
                if predicate == "clashes_with", let talks = talksToEnd(noun, in: sentence),
                   let candidate = make(sides[0], sides[1], talks, sentence[noun].head, in: sentence, base: 0.6)
                {
                    found.append(candidate)
                }
            } else if let candidate = make(sides[0], sides[1], pattern, noun, in: sentence, base: 0.6) {
                found.append(candidate)
            }
        }
        return found
    }

    /// "negotiations to end the Russia-Ukraine war": talks held to end a war, with no parties of
    /// their own, are between the war's sides.
    private func talksToEnd(_ war: Int, in sentence: ParsedSentence) -> RelationLexicon.Pattern? {
        let verb = sentence[war].head
        guard sentence[war].dep == "dobj", sentence.range.contains(verb), ["end", "stop", "resolve", "settle"].contains(sentence.lemma(verb)),
              ["acl", "relcl"].contains(sentence[verb].dep), sentence.range.contains(sentence[verb].head),
              case let talks = sentence[verb].head, Self.pairNouns[sentence.lemma(talks)] == "negotiates_with",
              !sentence.children(of: talks, ["prep"]).contains(where: { ["with", "between"].contains(sentence.lower($0)) })
        else { return nil }
        return RelationLexicon.Pattern(steps: [], text: "talks to end the A-B war", predicate: "negotiates_with", frame: .noun)
    }

    /// A state or body by any of its names, for a name the parse leaves inside a word.
    func namedParty(_ name: String, confidence: Double = 0.85) -> Mention? {
        let key = NameKey(name)
        guard let entity = gazetteer.entry(named: name)?.entity ?? statesByName[key] ?? bodiesByName[key], entity.kind != .place
        else { return nil }
        return Mention(entity: entity, range: 0..<0, role: nil, isPossessive: false, confidence: confidence)
    }
}
