import EntenteModel
import EntenteNLP

/// "Ukraine's defense against Russia's invasion", "Kyiv has resisted Russia's full-scale
/// invasion", "supports Ukraine in its fight against Russian aggression": an aggression named by
/// its owner alone is waged on whoever resists it.
extension TreeCoder {
    static let aggressionNouns: Set<String> = ["invasion", "aggression", "occupation", "onslaught", "assault", "offensive", "attack"]
    /// Verbs whose subject withstands what their object names.
    static let resistingVerbs: Set<String> = [
        "resist", "repel", "repulse", "withstand", "fight", "counter", "confront", "endure", "survive", "suffer", "defy", "oppose",
    ]
    /// Nouns of withstanding, whose owner is the one their "against" phrase is waged on.
    static let resistanceNouns: Set<String> = ["defense", "defence", "self-defense", "self-defence", "fight", "struggle", "resistance", "protection"]

    func resistedAggression(at noun: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard Self.aggressionNouns.contains(sentence.lemma(noun)), sentence.mention(at: noun) == nil,
              !hasOwnTarget(noun, in: sentence),
              let pattern = lexiconPattern(for: "attacks", frame: nil)
        else { return [] }
        let aggressors = owners(ofAggression: noun, in: sentence)
        guard !aggressors.isEmpty else { return [] }
        let resisters = self.resisters(of: noun, in: sentence)
        // (The aggression is told as a fact, whatever the sentence plans for its resisting.)
        return relateEach(aggressors, to: resisters, by: pattern, at: noun, in: sentence, base: 0.65,
                          construction: "an aggression resisted").map(\.outright)
    }

    /// True when the noun names whom it is against itself ("invasion of Ukraine", "attack on Kyiv").
    func hasOwnTarget(_ noun: Int, in sentence: ParsedSentence) -> Bool {
        sentence.children(of: noun, ["prep"]).contains { prep in
            ["of", "on", "against", "in", "into"].contains(sentence.lower(prep)) && !phraseParties(prep, in: sentence).isEmpty
        }
    }

    /// "Russia's invasion", "Russian aggression": the possessor, else the state that describes it.
    private func owners(ofAggression noun: Int, in sentence: ParsedSentence) -> [Mention] {
        let possessors = sentence.children(of: noun, ["poss"]).flatMap { parties(at: $0, in: sentence) }
        if !possessors.isEmpty { return possessors }
        return sentence.children(of: noun, ["amod", "compound", "nmod"]).compactMap { sentence.mention(at: $0) }.map { owner in
            var owner = owner
            owner.isModifier = false
            return owner
        }
    }

    /// Who withstands the aggression: the subject of a verb that resists it ("Kyiv resisted the
    /// invasion"), or the owner of a defence or a fight against it ("Ukraine's defense against").
    private func resisters(of noun: Int, in sentence: ParsedSentence) -> [Mention] {
        let head = sentence[noun].head
        guard head != noun, sentence.range.contains(head) else { return [] }
        if sentence[noun].dep == "dobj", sentence[head].pos == "VERB", Self.resistingVerbs.contains(sentence.lemma(head)) {
            return subjects(of: head, in: sentence)
        }
        guard sentence[noun].dep == "pobj", sentence.lower(head) == "against" else { return [] }
        let holder = sentence[head].head
        guard holder != head, sentence.range.contains(holder) else { return [] }
        // ("defend itself against Russia's invasion": the verb's subject.)
        let isDefending = sentence[holder].pos == "VERB" && ["defend", "protect", "fight", "struggle"].contains(sentence.lemma(holder))
        if isDefending {
            let defenders = subjects(of: holder, in: sentence)
            // ("support Ukraine in defending itself against": a gerund's defender is found as a
            // fight's is, below.)
            guard defenders.isEmpty, sentence[holder].dep == "pcomp" else { return defenders }
        } else {
            guard Self.resistanceNouns.contains(sentence.lemma(holder)) else { return [] }
            let owners = sentence.children(of: holder, ["poss"]).flatMap { parties(at: $0, in: sentence) }
            if !owners.isEmpty { return owners }
        }
        // ("supports Ukraine in the fight against": the one helped; "continue the fight against":
        // the one who carries it on.)
        let governor = sentence[holder].head
        guard governor != holder, sentence.range.contains(governor) else { return [] }
        if ["pobj", "pcomp"].contains(sentence[holder].dep), sentence.lower(governor) == "in", sentence.range.contains(sentence[governor].head) {
            let verb = sentence[governor].head
            if Self.helpingVerbs.contains(sentence.lemma(verb)) {
                return sentence.children(of: verb, ["dobj"]).flatMap { parties(at: $0, in: sentence) }
            }
            return subjects(of: verb, in: sentence)
        }
        if sentence[holder].dep == "dobj", Self.lightVerbs.contains(sentence.lemma(governor)) {
            return subjects(of: governor, in: sentence)
        }
        return []
    }
}
