import EntenteModel
import EntenteNLP

/// "signed a peace treaty, brokered by the United States", "a ceasefire mediated by Qatar between
/// Israel and Hamas", "negotiations co-hosted by Switzerland and Saudi Arabia", "the peace plan
/// proposed by the United States": who brokered an agreement, hosted the talks toward one or put
/// a settlement forward mediates between its sides, else between the story's disputants.
extension TreeCoder {
    static let agreementNouns: Set<String> = [
        "treaty", "agreement", "deal", "ceasefire", "truce", "accord", "pact", "armistice", "declaration", "memorandum",
    ]
    static let brokeringParticiples: Set<String> = ["broker", "mediate", "facilitate", "sponsor", "host", "co-host", "convene", "propose"]
    /// What a third party brokers: an agreement, or the talks toward one.
    static let brokeredNouns: Set<String> = agreementNouns.union(["talk", "talks", "negotiation", "negotiations", "dialogue", "discussion", "discussions"])
    /// A settlement put forward: brokered only when it is one of peace or a truce ("the peace plan").
    static let settlementProposalNouns: Set<String> = ["plan", "proposal", "initiative", "framework", "roadmap"]

    func isBrokered(_ noun: Int, in sentence: ParsedSentence) -> Bool {
        if Self.brokeredNouns.contains(sentence.lemma(noun)) { return true }
        guard Self.settlementProposalNouns.contains(sentence.lemma(noun)) else { return false }
        return sentence.children(of: noun, ["compound", "amod"]).contains { ["peace", "ceasefire", "truce"].contains(sentence.lower($0)) }
    }

    /// The two sides a brokered agreement with no sides named settles: the story's disputants,
    /// unless a broker is one of them (a side puts forward its own plan).
    func disputantsBrokered(by brokers: [Mention], in sentence: ParsedSentence) -> [Mention] {
        var seen = Set<Entity>()
        let sides = sentence.disputants.filter { $0.entity.kind != .place && seen.insert($0.entity).inserted }
        guard sides.count == 2, !sides.contains(where: { side in brokers.contains { $0.entity == side.entity } }) else { return [] }
        return sides
    }

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
        if sentence[participle].dep == "acl", isBrokered(head, in: sentence) {
            agreement = head
        } else if sentence[participle].dep == "advcl" {
            agreement = sentence.children(of: head, ["dobj"]).first { Self.agreementNouns.contains(sentence.lemma($0)) }
            // ("in support of these negotiations, co-hosted by Switzerland": the parser may split
            // "co-hosted" and hang it on the verb; the talks are the noun right before it.)
            var before = participle - 1
            while sentence.range.contains(before), [",", "-", "co"].contains(sentence.lower(before)) { before -= 1 }
            if agreement == nil, sentence.range.contains(before), before < participle - 1, isBrokered(before, in: sentence) { agreement = before }
        }
        // ("conducted talks in Muscat with Araghchi, which were hosted by Said Badr": the parser
        // hangs the relative clause on the last name; the talks are the verb's object, hosted for
        // both who held them.)
        if agreement == nil, ["host", "co-host"].contains(sentence.lemma(participle)), sentence[participle].dep == "relcl",
           let verb = sentence.ancestors(of: participle).first(where: { sentence[$0].pos == "VERB" }),
           sentence.children(of: verb, ["dobj"]).contains(where: { isBrokered($0, in: sentence) }),
           let hosting = lexiconPattern(for: "hosts")
        {
            let guests = subjects(of: verb, in: sentence)
                + sentence.children(of: verb, ["prep"]).filter { sentence.lower($0) == "with" }.flatMap { phraseParties($0, in: sentence) }
            return relateEach(brokers, to: guests, by: hosting, at: participle, in: sentence, base: 0.7, construction: hosting.text)
        }
        guard let agreement else { return [] }
        // ("the discussions among the United States, France and Ukraine hosted by the United
        // Kingdom": talks among several, not between two sides, are hosted, not brokered.)
        if ["host", "co-host"].contains(sentence.lemma(participle)), let hosting = lexiconPattern(for: "hosts") {
            let guests = sentence.children(of: agreement, ["prep"]).filter { sentence.lower($0) == "among" }
                .flatMap { phraseParties($0, in: sentence) }
            if !guests.isEmpty { return relateEach(brokers, to: guests, by: hosting, at: participle, in: sentence, base: 0.7, construction: hosting.text) }
        }
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
        if sides.count < 2 { sides = disputantsBrokered(by: brokers, in: sentence) }
        guard sides.count >= 2 else { return [] }
        // (A side that puts forward or hosts its own talks is no go-between.)
        return brokers.filter { broker in !sides.contains { $0.entity == broker.entity } }.flatMap { broker in
            sides.compactMap { make(broker, $0, mediating, participle, in: sentence, base: 0.7) }
        }
    }
}

/// "Israel and Hezbollah agreed to a U.S.-brokered ceasefire", "the Qatar-mediated deal between
/// Israel and Hamas": the name hyphened to the participle mediates between the agreement's sides.
extension TreeCoder {
    func hyphenBrokers(at agreement: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard Self.brokeredNouns.contains(sentence.lemma(agreement)), let mediating = lexiconPattern(for: "mediates", frame: nil) else { return [] }
        var brokers: [Mention] = []
        // ("the US convened ceasefire talks": the participle may hang on the talks' compound.)
        let compounds = sentence.children(of: agreement, ["compound"]).filter { Self.brokeredNouns.contains(sentence.lemma($0)) }
        for modifier in sentence.children(of: agreement, ["amod", "compound"]) + compounds.flatMap({ sentence.children(of: $0, ["amod"]) }) {
            // ("Egypt - brokered", "the US convened talks": the parse may split the name from the
            // participle, or the writer may leave out the hyphen.)
            if Self.brokeringParticiples.contains(sentence.lemma(modifier)), sentence[modifier].tag == "VBN" {
                brokers += sentence.children(of: modifier, ["npadvmod", "compound", "nmod"]).filter { name in
                    name + 1 == modifier || name + 2 == modifier && sentence.lower(name + 1) == "-" && !sentence[name].spaceAfter
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
        // ("for Kosovo and Serbia to engage with renewed commitments in EU-facilitated dialogue":
        // those who take part, through the nouns between.)
        if sides.count < 2, let verb = sentence.verb(above: agreement, through: ["dobj", "pobj", "prep"]) {
            sides = subjects(of: verb, in: sentence)
        }
        var seen = Set<Entity>()
        sides = sides.filter { $0.entity.kind != .place && seen.insert($0.entity).inserted }
        if sides.count < 2 { sides = disputantsBrokered(by: brokers, in: sentence) }
        guard sides.count >= 2 else { return [] }
        return brokers.filter { broker in !sides.contains { $0.entity == broker.entity } }.flatMap { broker in
            sides.compactMap { side in
                // (The brokering is done, whatever the sides do with the agreement.)
                guard var candidate = make(broker, side, mediating, agreement, in: sentence, base: 0.65) else { return nil }
                candidate.relation.modality = .asserted
                return candidate
            }
        }
    }
}
