import EntenteModel
import EntenteNLP

/// "U.S. citizens wrongfully detained in Russia": those held in a state, with no one named as
/// holding them, are held by that state.
extension TreeCoder {
    static let detainingParticiples: Set<String> = ["detained", "held", "imprisoned", "jailed", "arrested"]
    /// ("Jimmy Lai was today sentenced to 20 years in prison in Hong Kong": a sentence passed in a
    /// state, with no court named, is the state's; only in a clause of its own.)
    static let sentencingParticiples: Set<String> = ["sentenced", "convicted"]

    func detainedIn(at participle: Int, in sentence: ParsedSentence) -> [Candidate] {
        let isClause = !sentence.children(of: participle, ["nsubjpass"]).isEmpty
        guard Self.detainingParticiples.contains(sentence.lower(participle)) || isClause && Self.sentencingParticiples.contains(sentence.lower(participle)),
              sentence[participle].tag == "VBN",
              ["acl", "relcl"].contains(sentence[participle].dep) || isClause, sentence.children(of: participle, ["agent"]).isEmpty,
              let pattern = lexiconPattern(for: "arrests")
        else { return [] }
        // (In a clause of its own, "arrested in Yekaterinburg": the city's state.)
        let holders = sentence.children(of: participle, ["prep"]).filter { sentence.lower($0) == "in" }
            .flatMap { phraseParties($0, in: sentence) }
            .map { isClause ? stateOfCity(governing($0)) : $0 }
            .filter { $0.entity.type == "state" }
        guard !holders.isEmpty else { return [] }
        let detained: [Mention]
        if isClause {
            detained = sentence.children(of: participle, ["nsubjpass"]).flatMap { parties(at: $0, in: sentence) }
                .filter { $0.entity.type == "person" }
        } else {
            // ("the cases of U.S. citizens detained in Russia": the parser may hang the participle on the cases.)
            let noun = sentence[participle].head
            detained = ([noun] + ofObjects(of: noun, in: sentence)).flatMap { parties(at: $0, in: sentence) }
        }
        return relateEach(holders, to: detained, by: pattern, at: participle, in: sentence, base: 0.65, construction: "X detained in Y")
    }
}
