import EntenteModel
import EntenteNLP

/// "They reiterated their cooperation", "the two countries' partnership", "agreed to continue
/// their close coordination": a tie owned by the parties of its clause together is a tie between
/// them.
extension TreeCoder {
    /// Nouns of a tie two parties share, by the predicate each states.
    static let sharedTieNouns: [String: String] = [
        "cooperation": "cooperates_with", "collaboration": "cooperates_with", "relationship": "cooperates_with",
        "relation": "cooperates_with", "tie": "cooperates_with", "friendship": "cooperates_with",
        "coordination": "coordinates_with", "partnership": "partner_of", "alliance": "ally_of",
    ]
    /// Verbs that end, harm or hold back a tie instead of keeping it.
    static let tieHarmingVerbs: Set<String> = [
        "suspend", "end", "cut", "sever", "freeze", "downgrade", "undermine", "threaten", "harm", "damage", "jeopardize",
        "jeopardise", "strain", "sour", "break", "terminate", "review", "question", "reconsider", "curtail", "limit", "reduce",
    ]

    func sharedTies(at noun: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard sentence[noun].pos == "NOUN", var predicate = Self.sharedTieNouns[sentence.lemma(noun)],
              // (A tie with or between named parties is the noun patterns'.)
              !sentence.children(of: noun, ["prep"]).contains(where: { ["with", "between", "among", "to"].contains(sentence.lower($0)) })
        else { return [] }
        let modifiers = sentence.children(of: noun, ["compound", "nmod", "amod"])
        if predicate == "cooperates_with", modifiers.contains(where: { Self.armedTieWords.contains(sentence.lemma($0)) }) {
            predicate = "cooperates_militarily_with"
        }
        guard let pattern = lexiconPattern(for: predicate, frame: nil), let verb = governingVerb(of: noun, in: sentence),
              !Self.tieHarmingVerbs.contains(sentence.lemma(verb)), !Self.negativeVerbs.contains(sentence.lemma(verb)),
              !Self.retreatVerbs.contains(sentence.lemma(verb))
        else { return [] }
        var owners: [Mention] = []
        // ("strengthen bilateral Japan-ROK ties": the pair before the noun, split at its hyphen.)
        if noun - 3 >= sentence.range.lowerBound, sentence.lower(noun - 2) == "-",
           let first = sentence.mention(at: noun - 3) ?? namedParty(sentence[noun - 3].text),
           let second = sentence.mention(at: noun - 1) ?? namedParty(sentence[noun - 1].text),
           first.entity != second.entity, sentence.lemma(noun) != "relation", sentence.lemma(noun) != "relationship"
        {
            owners = [first, second]
        }
        for owner in sentence.children(of: noun, ["poss"]) {
            if sentence.lower(owner) == "their" {
                owners = ownersOfTheir(under: verb, in: sentence)
            } else if sentence[owner].tag != "PRP$" {
                // "the two countries' cooperation".
                owners = bothSides(at: owner, in: sentence)
            }
        }
        // ("deepen U.S. and Papua New Guinea defense ties": two names joined before the noun.)
        if owners.isEmpty {
            let named = modifiers.compactMap { index in sentence.mention(at: index).map { (index, $0) } }
                .filter { $0.1.entity.type == "state" }
            if named.count == 2, (named[0].0..<named[1].0).contains(where: { sentence.lower($0) == "and" }) {
                owners = named.map(\.1)
            }
        }
        var seen = Set<Entity>()
        let distinct = owners.filter { $0.entity.kind != .place && seen.insert($0.entity).inserted }
        guard distinct.count >= 2 else { return [] }
        return pairwise(distinct, by: pattern, at: noun, in: sentence, base: 0.55, construction: "a tie the parties share")
    }

    /// The verb whose clause the noun is in: through a preposition or two ("to deepen their
    /// cooperation on", "next steps to strengthen their coordination").
    func governingVerb(of noun: Int, in sentence: ParsedSentence) -> Int? {
        sentence.ancestors(of: noun).prefix(4).first { sentence[$0].pos == "VERB" || sentence[$0].pos == "AUX" }
    }

    /// Whom "their" stands for in a verb's clause: its subjects, as the clause subjects read them
    /// ("They agreed to continue their close coordination"; "encourage Ethiopia and Somalia to
    /// intensify their cooperation": those urged).
    private func ownersOfTheir(under verb: Int, in sentence: ParsedSentence) -> [Mention] {
        let found = subjects(of: verb, in: sentence)
        guard found.isEmpty else { return found }
        // ("discussed ways to deepen their cooperation": the clause subjects leave those who discuss
        // an effort out of it; their own tie is theirs all the same.)
        let described = sentence[verb].head
        guard ["acl", "relcl"].contains(sentence[verb].dep), described != verb, sentence.range.contains(described),
              sentence[described].pos == "NOUN", let above = governingVerb(of: described, in: sentence)
        else { return [] }
        return subjects(of: above, in: sentence)
    }
}

/// "Both leaders agreed to work together on this challenge": those who work together cooperate.
extension TreeCoder {
    func workingTogether(at verb: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard sentence.lemma(verb) == "work",
              sentence.children(of: verb, ["advmod"]).contains(where: { ["together", "jointly"].contains(sentence.lower($0)) }),
              // ("work together with Japan" is the verb pattern's.)
              !sentence.children(of: verb, ["prep"]).contains(where: { sentence.lower($0) == "with" }),
              let pattern = lexiconPattern(for: "cooperates_with", frame: nil)
        else { return [] }
        var seen = Set<Entity>()
        let partners = subjects(of: verb, in: sentence).filter { $0.entity.kind != .place && seen.insert($0.entity).inserted }
        guard partners.count >= 2 else { return [] }
        return pairwise(partners, by: pattern, at: verb, in: sentence, construction: "working together")
    }
}
