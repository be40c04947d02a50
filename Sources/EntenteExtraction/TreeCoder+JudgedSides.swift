import EntenteModel
import EntenteNLP

/// "We welcome the agreement between Armenia and Azerbaijan", "the UK welcomes the ceasefire
/// agreed by Israel and Hezbollah", "we condemn the clashes between the army and the RSF": a
/// judgement of what two sides did together is a judgement of each side.
extension TreeCoder {
    static let praisingVerbs: Set<String> = ["welcome", "praise", "applaud", "hail", "commend", "salute", "appreciate"]
    static let condemningVerbs: Set<String> = ["condemn", "denounce", "deplore", "decry", "criticise", "criticize"]
    /// Nouns of what two sides do together.
    static let jointEventNouns: Set<String> = agreementNouns.union([
        "talk", "talks", "negotiation", "negotiations", "dialogue", "engagement", "rapprochement", "normalisation",
        "normalization", "clash", "clashes", "fighting", "hostility", "hostilities", "exchange", "exchanges", "deal",
    ])

    func judgedSides(at verb: Int, in sentence: ParsedSentence) -> [Candidate] {
        let lemma = sentence.lemma(verb)
        let praising = Self.praisingVerbs.contains(lemma)
        guard praising || Self.condemningVerbs.contains(lemma),
              let pattern = lexiconPattern(for: praising ? "praises" : "criticises", frame: .verb)
        else { return [] }
        var found: [Candidate] = []
        // ("welcomes the ceasefire agreed by Israel and Hezbollah": the parser may make the
        // participle a clause of the verb's, with the noun its subject.)
        let clauses = sentence.children(of: verb, ["ccomp"]).flatMap { clause in
            sentence.children(of: clause, ["nsubj", "nsubjpass"]).map { (event: $0, participles: [clause]) }
        }
        let events = sentence.children(of: verb, ["dobj"]).map { (event: $0, participles: sentence.children(of: $0, ["acl"])) } + clauses
        for (event, participles) in events where Self.jointEventNouns.contains(sentence.lemma(event)) {
            // The sides: the noun's "between" phrase, or that of the participle describing it
            // ("reached between", "agreed by").
            var sides = sentence.children(of: event, ["prep"]).filter { sentence.lower($0) == "between" }.flatMap { phraseParties($0, in: sentence) }
            let named = sides.count >= 2
            for participle in participles where sides.count < 2 {
                sides = sentence.children(of: participle, ["prep"]).filter { sentence.lower($0) == "between" }.flatMap { phraseParties($0, in: sentence) }
                if sides.count < 2 {
                    sides = sentence.children(of: participle, ["agent"]).flatMap { phraseParties($0, in: sentence) }
                }
            }
            var seen = Set<Entity>()
            sides = sides.filter { $0.entity.kind != .place && seen.insert($0.entity).inserted }
            guard sides.count >= 2 else { continue }
            // The event itself, where only the participle named its sides: "the deal signed by
            // Armenia and Azerbaijan".
            if !named, let together = lexiconPatterns(at: event, in: sentence).first(where: { $0.frame == .between }),
               let candidate = make(sides[0], sides[1], together, event, in: sentence, base: 0.6)
            {
                found.append(candidate)
            }
            for judge in subjects(of: verb, in: sentence) {
                for side in sides where side.entity != judge.entity {
                    if let candidate = make(judge, side, pattern, verb, in: sentence, base: 0.6) { found.append(candidate) }
                }
            }
        }
        return found
    }
}
