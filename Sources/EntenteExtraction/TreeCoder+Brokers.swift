import EntenteModel
import EntenteNLP

/// "signed a peace treaty, brokered by the United States", "a ceasefire mediated by Qatar between
/// Israel and Hamas": who brokered an agreement mediates between its sides.
extension TreeCoder {
    static let agreementNouns: Set<String> = [
        "treaty", "agreement", "deal", "ceasefire", "truce", "accord", "pact", "armistice", "declaration", "memorandum",
    ]
    static let brokeringParticiples: Set<String> = ["broker", "mediate", "facilitate", "sponsor"]
    /// What a third party brokers: an agreement, or the talks toward one.
    static let brokeredNouns: Set<String> = agreementNouns.union(["talk", "talks", "negotiation", "negotiations", "dialogue"])

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
        if sentence[participle].dep == "acl", Self.brokeredNouns.contains(sentence.lemma(head)) {
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
        // ("agreed to restore relations in a deal brokered by China": those whose act the deal is.)
        if sides.count < 2, sentence[agreement].dep == "pobj", sentence.range.contains(sentence[agreement].head),
           case let verb = sentence[sentence[agreement].head].head, sentence.range.contains(verb), sentence[verb].pos == "VERB"
        {
            sides = subjects(of: verb, in: sentence)
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

/// "Israel and Hezbollah agreed to a U.S.-brokered ceasefire", "the Qatar-mediated deal between
/// Israel and Hamas": the name hyphened to the participle mediates between the agreement's sides.
extension TreeCoder {
    func hyphenBrokers(at agreement: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard Self.brokeredNouns.contains(sentence.lemma(agreement)), let mediating = lexiconPattern(for: "mediates", frame: nil) else { return [] }
        var brokers: [Mention] = []
        for modifier in sentence.children(of: agreement, ["amod", "compound"]) {
            // ("Egypt - brokered": the parse may split the name from the participle.)
            if Self.brokeringParticiples.contains(sentence.lemma(modifier)), sentence[modifier].tag == "VBN" {
                brokers += sentence.children(of: modifier, ["npadvmod", "compound", "nmod"]).filter { name in
                    name + 1 < modifier && sentence.lower(name + 1) == "-" && !sentence[name].spaceAfter
                }.compactMap { sentence.mention(at: $0) ?? namedParty(sentence[$0].text, confidence: 0.9) }
                continue
            }
            let text = sentence[modifier].text
            guard Self.isHyphenedParticiple(text), let hyphen = text.lastIndex(where: { $0 == "-" || $0 == "–" }) else { continue }
            let participle = text[text.index(after: hyphen)...].lowercased()
            guard ["brokered", "mediated", "facilitated", "sponsored"].contains(participle),
                  let broker = sentence.mention(at: modifier) ?? namedParty(String(text[..<hyphen]), confidence: 0.9)
            else { continue }
            brokers.append(broker)
        }
        guard !brokers.isEmpty else { return [] }
        var sides = sentence.children(of: agreement, ["prep"]).filter { sentence.lower($0) == "between" }.flatMap { phraseParties($0, in: sentence) }
        // "agreed to a U.S.-brokered ceasefire", "signed the Qatar-mediated deal": those who agree.
        if sides.count < 2 {
            var verb = sentence[agreement].head
            if sentence[agreement].dep == "pobj", sentence.range.contains(verb) { verb = sentence[verb].head }
            if sentence.range.contains(verb), ["dobj", "pobj"].contains(sentence[agreement].dep) { sides = subjects(of: verb, in: sentence) }
        }
        var seen = Set<Entity>()
        sides = sides.filter { $0.entity.kind != .place && seen.insert($0.entity).inserted }
        guard sides.count >= 2 else { return [] }
        return brokers.flatMap { broker in
            sides.filter { $0.entity != broker.entity }.compactMap { side in
                // (The brokering is done, whatever the sides do with the agreement.)
                guard var candidate = make(broker, side, mediating, agreement, in: sentence, base: 0.65) else { return nil }
                candidate.relation.modality = .asserted
                return candidate
            }
        }
    }
}
