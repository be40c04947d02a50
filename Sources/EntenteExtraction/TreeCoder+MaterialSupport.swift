import EntenteModel
import EntenteNLP

/// "U.S. military assistance", "defense support for Ecuadorian forces", "China's support for
/// Russia's defense industry", "support the people of Afghanistan through $200 million in aid":
/// support in arms or in aid is material help, besides the backing it states.
extension TreeCoder {
    /// Words that make support given help in kind.
    static let aidWords: Set<String> = ["aid", "assistance", "funding", "grant", "loan", "donation", "relief"]
    /// Words that make support help in arms.
    static let armsWords: Set<String> = ["military", "lethal", "weapon", "arm", "munition"]
    /// Words that make support cooperation in defence.
    static let defenceWords: Set<String> = ["defense", "defence", "security", "counterterrorism"]
    /// A party's armed means, supporting which arms it: "Russia's defense industry", "its war machine".
    static let armedMeans: Set<String> = ["industry", "machine", "military", "army", "effort", "base"]

    func materialSupport(in found: [Candidate], sentence: ParsedSentence) -> [Candidate] {
        var result: [Candidate] = []
        for candidate in found where candidate.relation.predicate == "supports" && !candidate.relation.negated {
            let trigger = candidate.trigger
            guard sentence.range.contains(trigger), let predicate = materialPredicate(at: trigger, for: candidate.relation.object, in: sentence),
                  let pattern = lexiconPattern(for: predicate, frame: nil)
            else { continue }
            guard var material = make(candidate.relation.subject, candidate.relation.object, pattern, trigger, in: sentence, base: 0.6)
            else { continue }
            material.pattern = "support in arms or aid: \(candidate.pattern)"
            material.speaker = candidate.speaker
            result.append(material)
        }
        return result
    }

    private func materialPredicate(at trigger: Int, for object: Mention, in sentence: ParsedSentence) -> String? {
        let modifiers = sentence.children(of: trigger, ["amod", "compound"]).map { sentence.lemma($0) }
        if sentence[trigger].pos == "NOUN" {
            if modifiers.contains(where: Self.armsWords.contains) { return "arms" }
            if modifiers.contains(where: Self.defenceWords.contains) { return "cooperates_militarily_with" }
            // ("commitment to Israel's security" is backing, as the annotations have it, not protection.)
        }
        // "support the people of Afghanistan through $200 million in aid": support given as aid.
        for prep in sentence.children(of: trigger, ["prep"]) where ["through", "with"].contains(sentence.lower(prep)) {
            let phrase = sentence.subtree(of: prep)
            if phrase.contains(where: { Self.aidWords.contains(sentence.lemma($0)) }) { return "aids" }
        }
        // "support for Russia's defense industry": the party's armed means.
        guard let token = sentence.range.first(where: {
            sentence.mention(at: $0)?.entity == object.entity && sentence[$0].dep == "poss"
        }) else { return nil }
        let owned = sentence[token].head
        guard sentence.range.contains(owned), Self.armedMeans.contains(sentence.lemma(owned)),
              sentence.lemma(owned) == "military" || sentence.lemma(owned) == "army"
                || sentence.children(of: owned, ["amod", "compound"]).contains(where: {
                    Self.defenceWords.contains(sentence.lemma($0)) || ["war", "military"].contains(sentence.lemma($0))
                })
        else { return nil }
        return "arms"
    }
}
