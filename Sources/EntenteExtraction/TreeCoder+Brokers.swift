import EntenteModel
import EntenteNLP

/// "signed a peace treaty, brokered by the United States", "a ceasefire mediated by Qatar between
/// Israel and Hamas": who brokered an agreement mediates between its sides.
extension TreeCoder {
    static let agreementNouns: Set<String> = ["treaty", "agreement", "deal", "ceasefire", "truce", "accord", "pact", "armistice"]
    static let brokeringParticiples: Set<String> = ["broker", "mediate", "facilitate"]

    func brokers(at participle: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard Self.brokeringParticiples.contains(sentence.lemma(participle)), sentence[participle].tag == "VBN",
              let mediating = lexiconPattern(for: "mediates", frame: nil)
        else { return [] }
        let brokers = sentence.children(of: participle, ["agent"]).flatMap { phraseParties($0, in: sentence) }
        guard !brokers.isEmpty else { return [] }
        // The agreement is the noun the participle describes, or the object of the verb whose
        // clause the participle adds to ("signed a peace treaty …, brokered by").
        let head = sentence[participle].head
        guard sentence.range.contains(head), head != participle else { return [] }
        var agreement: Int?
        var sides: [Mention] = []
        if sentence[participle].dep == "acl", Self.agreementNouns.contains(sentence.lemma(head)) {
            agreement = head
        } else if sentence[participle].dep == "advcl" {
            agreement = sentence.children(of: head, ["dobj"]).first { Self.agreementNouns.contains(sentence.lemma($0)) }
        }
        guard let agreement else { return [] }
        for prep in sentence.children(of: agreement, ["prep"]) where sentence.lower(prep) == "between" {
            sides = phraseParties(prep, in: sentence)
        }
        if sides.count < 2, sentence[agreement].dep == "dobj", sentence.range.contains(sentence[agreement].head) {
            sides = subjects(of: sentence[agreement].head, in: sentence)
        }
        // "… signed a peace agreement. The deal, brokered by the United States": the agreement the
        // story just told of, between those who signed it.
        if sides.count < 2, sentence.children(of: agreement, ["det"]).contains(where: { ["the", "this"].contains(sentence.lower($0)) }) {
            var seen = Set<Entity>()
            let signers = sentence.previousSubjects.filter { $0.entity.kind != .place && seen.insert($0.entity).inserted }
            if signers.count == 2 { sides = signers }
        }
        guard sides.count >= 2 else { return [] }
        return brokers.flatMap { broker in
            sides.filter { $0.entity != broker.entity }.compactMap { make(broker, $0, mediating, participle, in: sentence, base: 0.7) }
        }
    }
}
