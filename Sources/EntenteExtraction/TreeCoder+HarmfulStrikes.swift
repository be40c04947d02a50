import EntenteModel
import EntenteNLP

/// "Russian airstrikes killed two people in southern Ukraine's Kherson province": strikes that
/// harm people or things in a state attack that state.
extension TreeCoder {
    static let harmingVerbs: Set<String> = ["kill", "wound", "injure", "hit", "destroy", "damage", "level", "flatten"]

    func harmfulStrikes(at noun: Int, in sentence: ParsedSentence) -> [Candidate] {
        // ("Israeli airstrikes killed at least 20 people": the parser may read the sentence as a
        // headline, the verb a participle on the strikes.)
        let misread = sentence[noun].dep == "ROOT"
            ? sentence.children(of: noun, ["acl"]).first { sentence[$0].tag == "VBN" && sentence.children(of: $0, ["auxpass", "agent"]).isEmpty }
            : nil
        let verb = misread ?? sentence[noun].head
        guard EntityRecognizer.strikeNouns.contains(sentence.lower(noun)), sentence[noun].dep == "nsubj" || misread != nil, verb != noun,
              sentence.range.contains(verb), Self.harmingVerbs.contains(sentence.lemma(verb)),
              let pattern = lexiconPattern(for: "attacks")
        else { return [] }
        let strikers = sentence.children(of: noun, ["amod", "compound", "poss"]).compactMap { sentence.mention(at: $0) }
            .filter { $0.entity.kind != .place }
        // ("killed at least 20 people in Lebanon": the parser may hang the place on those harmed.)
        let places = ([verb] + sentence.children(of: verb, ["dobj"])).flatMap { sentence.children(of: $0, ["prep"]) }
            .filter { sentence.lower($0) == "in" }.flatMap { phraseParties($0, in: sentence) }
            + sentence.children(of: verb, ["dobj"]).compactMap { sentence.mention(at: $0) }
        // ("in southern Ukraine's Kherson province": a place the gazetteer does not know lies where
        // the sentence puts it.)
        let placed = placements(in: sentence)
        let states = places.map { place -> Mention in
            let within = state(containing: place.entity) ?? placed.first { $0.relation.subject.entity == place.entity && $0.relation.object.entity.type == "state" }?.relation.object.entity
            guard let within else { return place }
            var target = place
            target.entity = within
            target.role = nil
            return target
        }
        var seen = Set<[Entity]>()
        return strikers.flatMap { striker in
            states.compactMap { target in
                guard striker.entity != target.entity, seen.insert([striker.entity, target.entity]).inserted,
                      var candidate = make(striker, target, pattern, noun, in: sentence, base: 0.65)
                else { return nil }
                candidate.pattern = "X's strikes harmed in Y"
                return candidate
            }
        }
    }
}
