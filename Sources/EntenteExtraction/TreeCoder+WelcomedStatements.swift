import EntenteModel
import EntenteNLP

/// "The UK welcomes the joint statement from President Biden, Emir Tamim and President Sisi": a
/// statement welcomed or condemned is its issuers' (whom the judge praises or criticises), and a
/// joint one is their agreement.
extension TreeCoder {
    static let issuedNouns: Set<String> = [
        "statement", "declaration", "communique", "communiqué", "announcement", "proposal", "initiative", "plan", "commitment",
    ]

    func welcomedStatements(at verb: Int, in sentence: ParsedSentence) -> [Candidate] {
        let lemma = sentence.lemma(verb)
        let praising = Self.praisingVerbs.contains(lemma)
        guard praising || Self.condemningVerbs.contains(lemma), sentence.children(of: verb, ["neg"]).isEmpty,
              let judging = lexiconPattern(for: praising ? "praises" : "criticises", frame: .verb)
        else { return [] }
        var found: [Candidate] = []
        for statement in sentence.children(of: verb, ["dobj"]) where Self.issuedNouns.contains(sentence.lemma(statement)) {
            // (An owner before the noun is the verb's own coding: "President Biden's statement".)
            guard sentence.children(of: statement, ["poss"]).isEmpty else { continue }
            var seen = Set<Entity>()
            let issuers = sentence.children(of: statement, ["prep"]).filter { ["from", "by"].contains(sentence.lower($0)) }
                .flatMap { phraseParties($0, in: sentence) }
                .filter { $0.entity.kind != .place && seen.insert($0.entity).inserted }
            guard !issuers.isEmpty else { continue }
            for judge in subjects(of: verb, in: sentence) {
                for issuer in issuers where issuer.entity != judge.entity {
                    if let candidate = make(judge, issuer, judging, verb, in: sentence, base: 0.6) { found.append(candidate) }
                }
            }
            // A joint statement is its issuers' agreement.
            if issuers.count >= 2, sentence.children(of: statement, ["amod"]).contains(where: { sentence.lower($0) == "joint" }),
               let agreeing = lexiconPattern(for: "agrees_with", frame: nil)
            {
                found += pairwise(issuers, by: agreeing, at: statement, in: sentence, base: 0.6, construction: "a joint statement's issuers")
                    .map(\.outright)
            }
        }
        return found
    }
}
