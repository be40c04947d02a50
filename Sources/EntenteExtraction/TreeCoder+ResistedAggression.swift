import EntenteModel
import EntenteNLP

/// "Ukraine's defense against Russia's invasion", "Kyiv has resisted Russia's full-scale
/// invasion", "supports Ukraine in its fight against Russian aggression": an aggression named by
/// its owner alone is waged on whoever resists it.
extension TreeCoder {
    static let aggressionNouns: Set<String> = ["invasion", "aggression", "occupation", "onslaught", "assault", "offensive", "attack"]
    /// Nouns of blows struck from afar, which an owner's adjective makes an aggression too ("in
    /// the face of Russian bombardment", "Russian airstrikes killed two people").
    static let bombardmentNouns: Set<String> = ["bombardment", "airstrike", "strike", "shelling", "bombing"]
    /// Words that make a strike a stoppage of work, no blow: "hunger strike", "general strike".
    static let unarmedStrikeWords: Set<String> = ["hunger", "general", "labor", "labour", "workers", "national", "rail", "teachers", "doctors"]
    /// Verbs whose subject withstands what their object names.
    static let resistingVerbs: Set<String> = [
        "resist", "repel", "repulse", "withstand", "fight", "counter", "confront", "endure", "survive", "suffer", "defy", "oppose",
    ]
    /// Nouns of withstanding, whose owner is the one their "against" phrase is waged on.
    static let resistanceNouns: Set<String> = ["defense", "defence", "self-defense", "self-defence", "fight", "struggle", "resistance", "protection"]

    func resistedAggression(at noun: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard isAggression(noun, in: sentence), sentence.mention(at: noun) == nil,
              !hasOwnTarget(noun, in: sentence),
              let pattern = lexiconPattern(for: "attacks", frame: nil)
        else { return [] }
        let aggressors = owners(ofAggression: noun, in: sentence)
        guard !aggressors.isEmpty else { return [] }
        var resisters = self.resisters(of: noun, in: sentence)
        if resisters.isEmpty { resisters = loneInvaded(by: aggressors, at: noun, in: sentence) }
        // (The aggression is told as a fact, whatever the sentence plans for its resisting.)
        return relateEach(aggressors, to: resisters, by: pattern, at: noun, in: sentence, base: 0.65,
                          construction: "an aggression resisted").map(\.outright)
    }

    /// "Russia's invasion", and "Russia's war of aggression".
    private func isAggression(_ noun: Int, in sentence: ParsedSentence) -> Bool {
        Self.aggressionNouns.contains(sentence.lemma(noun))
            // (Not "their hunger strike", "a general strike".)
            || Self.bombardmentNouns.contains(sentence.lemma(noun))
                && !sentence.children(of: noun, ["compound", "amod"]).contains { Self.unarmedStrikeWords.contains(sentence.lower($0)) }
            || sentence.lemma(noun) == "war" && ofObjects(of: noun, in: sentence).contains { sentence.lemma($0) == "aggression" }
    }

    /// "Support to Ukraine has been unwavering since Russia's full scale invasion", "assistance to
    /// Ukraine in the face of Russia's war of aggression": an invasion named without its victim is
    /// of the one other state the sentence names, when there is only one. So is a bombardment or an
    /// attack ("repairs to Ukraine's energy sector in the face of Russian bombardment"), when it is
    /// aimed at nothing and the state is not one who acts in the sentence.
    private func loneInvaded(by aggressors: [Mention], at noun: Int, in sentence: ParsedSentence) -> [Mention] {
        let isInvasion = sentence.lemma(noun) == "invasion" || sentence.lemma(noun) == "war"
        guard isInvasion || Self.bombardmentNouns.contains(sentence.lemma(noun)) || ["attack", "aggression"].contains(sentence.lemma(noun))
        else { return [] }
        // ("Houthi attacks on commercial ships": a blow aimed at anything is not at the state.)
        let isAimed = sentence.children(of: noun, ["prep"]).contains { ["on", "against", "at", "into"].contains(sentence.lower($0)) }
        guard isInvasion || !isAimed else { return [] }
        // ("discussed Russia's invasion, as well as concerns about provocations from North Korea":
        // nor one named in what is listed with it, which the parser may also hang on the verb.)
        let head = sentence[noun].head
        let listedOnHead = head != noun && sentence.range.contains(head)
            ? sentence.children(of: head, ["conj", "dep"]).filter { $0 != noun && sentence[$0].pos == "NOUN" } : []
        let listed = (sentence.children(of: noun, ["conj"]) + (sentence[noun].dep == "conj" ? [head] : []) + listedOnHead)
            .filter { !isAggression($0, in: sentence) && sentence.lemma($0) != "war" }
        let aggressorStates = Set(aggressors.compactMap { $0.entity.type == "state" ? $0.entity : stateByCode(of: $0.entity) })
        // (A blow's victim is where it fell, never one who acts in the sentence: "The US condemned
        // Russian attacks". A mention's range counts the reader's tokens, so the parser's subjects
        // are found by their own tokens.)
        let acting = isInvasion ? [] : Set(sentence.range.filter { ["nsubj", "nsubjpass"].contains(sentence[$0].dep) }
            .flatMap { [$0] + sentence.children(of: $0, ["compound", "conj"]) }
            .compactMap { sentence.mention(at: $0)?.entity })
        // (Not the one who tells of it: "Russia's war of aggression has cost Europe dearly, the UK said.")
        let others = sentence.range
            .filter { !(sentence[$0].dep == "nsubj" && Self.speechVerbs.contains(sentence.lemma(sentence[$0].head))) }
            // (Nor the one whose statement it is: "The UK's statement will focus on the costs of
            // Russia's illegal invasion".)
            .filter { !(sentence[$0].dep == "poss" && Self.statementNouns.contains(sentence.lemma(sentence[$0].head))) }
            .filter { token in !sentence.ancestors(of: token).contains(where: listed.contains) }
            // ("their attacks in solidarity with Palestinians in Gaza": nor one the act is with;
            // "Houthi attacks, backed by Iran", "enabled by support from Iran": nor one who backs it.)
            .filter { isInvasion || !(sentence[$0].dep == "pobj" && ["with", "by", "from"].contains(sentence.lower(sentence[$0].head))) }
            .compactMap { sentence.mention(at: $0) }
            .filter { !acting.contains($0.entity) }
            .filter { mention in
                mention.entity.type == "state" && !aggressorStates.contains(mention.entity) && !aggressors.contains { $0.entity == mention.entity }
            }
        guard let only = others.first, others.allSatisfy({ $0.entity == only.entity }) else { return [] }
        var victim = only
        victim.isModifier = false
        return [victim]
    }

    /// True when the noun names whom it is against itself ("invasion of Ukraine", "attack on Kyiv").
    func hasOwnTarget(_ noun: Int, in sentence: ParsedSentence) -> Bool {
        sentence.children(of: noun, ["prep"]).contains { prep in
            // (Not "the worst attack in its history": an owner of the phrase's noun is no target.)
            ["of", "on", "against", "in", "into"].contains(sentence.lower(prep)) && !phraseParties(prep, in: sentence).isEmpty
                && sentence.children(of: prep, ["pobj"]).contains { sentence.mention(at: $0) != nil || sentence[$0].tag == "PRP" }
        }
    }

    /// "Russia's invasion", "Russian aggression": the possessor, else the state that describes it.
    private func owners(ofAggression noun: Int, in sentence: ParsedSentence) -> [Mention] {
        let possessors = sentence.children(of: noun, ["poss"]).flatMap { parties(at: $0, in: sentence) }
        if !possessors.isEmpty { return possessors }
        // ("Israel suffered the worst terror attack in its history at the hands of Hamas.")
        // (The parser may hang the hands on the verb that suffers it.)
        let verb = sentence[noun].head
        // ("resisted an invasion by Russia": and its "by" phrase, in an active clause.)
        let onVerb = sentence[noun].dep == "dobj" && sentence.range.contains(verb) && sentence.children(of: verb, ["auxpass"]).isEmpty
        let doers = actDoers(noun, in: sentence)
            + (onVerb ? handsOf(verb, in: sentence) + actDoers(verb, in: sentence) : [])
        if !doers.isEmpty { return doers }
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
