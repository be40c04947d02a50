import EntenteModel
import EntenteNLP

/// "strikes, carried out with the help of Australia and Canada", "captured the town with the
/// support of Iranian advisers", "U.S. and U.K. forces, with the support of Australia and Bahrain,
/// conducted strikes": those who help work with those they help, in arms when the act is an attack.
extension TreeCoder {
    static let helpNouns: Set<String> = ["help", "support", "assistance", "backing", "participation", "cooperation"]

    func helpers(at noun: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard Self.helpNouns.contains(sentence.lemma(noun)), sentence[noun].dep == "pobj" else { return [] }
        let preposition = sentence[noun].head
        guard sentence.range.contains(preposition), sentence.lower(preposition) == "with" else { return [] }
        var verb = sentence[preposition].head
        guard sentence.range.contains(verb) else { return [] }
        var helped: [Mention]
        // ("co-chaired a virtual meeting with the participation of …": the parser may hang the
        // phrase on the meeting.)
        if Self.gatheringOfBodyNouns.contains(sentence.lemma(verb)), sentence[verb].dep == "dobj",
           sentence.range.contains(sentence[verb].head), sentence.lemma(noun) == "participation"
        {
            verb = sentence[verb].head
        }
        if ["VERB", "AUX"].contains(sentence[verb].pos) {
            helped = subjects(of: verb, in: sentence)
        } else if Self.subjectLabels.contains(sentence[verb].dep), sentence.range.contains(sentence[verb].head),
                  ["VERB", "AUX"].contains(sentence[sentence[verb].head].pos) {
            // (The parser hangs a with-phrase set off by commas on the subject before it.)
            helped = parties(at: verb, in: sentence)
            verb = sentence[verb].head
        } else {
            return []
        }
        let helpers = sentence.children(of: noun, ["prep"]).filter { ["of", "from"].contains(sentence.lower($0)) }
            .flatMap { phraseParties($0, in: sentence) }
        helped.removeAll { $0.entity.kind == .place }
        guard !helpers.isEmpty, !helped.isEmpty else { return [] }
        // ("co-chaired a virtual meeting of 'Coalition of the Willing' Leaders with the
        // participation of President Zelenskyy": who takes part in a meeting meets the body it is
        // of, else those who hold it.)
        let meetings = sentence.children(of: verb, ["dobj"]).filter { Self.gatheringOfBodyNouns.contains(sentence.lemma($0)) }
        if sentence.lemma(noun) == "participation", !meetings.isEmpty, let meeting = lexiconPattern(for: "meets_with", frame: nil) {
            let bodies = meetings.flatMap { sentence.subtree(of: $0) }.compactMap { sentence.mention(at: $0) }
                .filter { $0.entity.kind == .organisation }
            var seen = Set<Entity>()
            let met = (bodies.isEmpty ? helped : bodies).filter { seen.insert($0.entity).inserted }
            return relateEach(helpers, to: met, by: meeting, at: noun, in: sentence, base: 0.55, construction: "taking part in a meeting")
        }
        // An attack helped is help in arms: the verb, or the noun the verb's subject is.
        let armed = Self.attackNouns.contains(sentence.lemma(verb))
            || sentence.children(of: verb, Self.subjectLabels.union(["nsubjpass", "dobj"])).contains { Self.attackNouns.contains(sentence.lemma($0)) }
            || lexiconPatterns(at: verb, in: sentence).contains { vocabulary[$0.predicate]?.relationClass == .materialConflict }
        guard let pattern = lexiconPattern(for: armed ? "cooperates_militarily_with" : "cooperates_with", frame: nil) else { return [] }
        var found: [Candidate] = []
        for helper in helpers {
            for party in helped where party.entity != helper.entity {
                if let candidate = make(helper, party, pattern, noun, in: sentence, base: 0.65) { found.append(candidate) }
            }
        }
        return found
    }
}

/// "The U.S. and British strikes", "joint Russian and Syrian air raids": an attack two parties own
/// together is their cooperation in arms.
extension TreeCoder {
    func jointAttacks(at noun: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard Self.attackNouns.contains(sentence.lemma(noun)), sentence.mention(at: noun) == nil,
              let pattern = lexiconPattern(for: "cooperates_militarily_with", frame: nil)
        else { return [] }
        var owners: [Mention] = []
        for modifier in sentence.children(of: noun, ["amod", "compound", "nmod", "poss"]) {
            for token in [modifier] + sentence.children(of: modifier, ["conj"]) {
                if let owner = sentence.mention(at: token), owner.entity.kind != .place, !owners.contains(where: { $0.entity == owner.entity }) {
                    owners.append(owner)
                }
            }
        }
        guard owners.count >= 2 else { return [] }
        return pairwise(owners, by: pattern, at: noun, in: sentence, base: 0.65)
    }
}
