import EntenteModel
import EntenteNLP

/// "The UK has pledged £25 million for Sudan", "has provided over $800 million to address the
/// humanitarian crisis in Afghanistan": money given aids whom it is for, named after "for" or "to"
/// or in the purpose it is given for.
extension TreeCoder {
    static let fundingVerbs: Set<String> = [
        "provide", "pledge", "commit", "dedicate", "allocate", "give", "contribute", "donate", "disburse", "announce", "release",
    ]
    static let moneyWords: Set<String> = ["million", "billion", "dollars", "euros", "pounds", "$", "£", "€"]

    func funding(at verb: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard Self.fundingVerbs.contains(sentence.lemma(verb)), sentence[verb].pos == "VERB",
              let amount = sentence.children(of: verb, ["dobj"]).first(where: { isMoney($0, in: sentence) }),
              let pattern = lexiconPattern(for: "aids", frame: nil)
        else { return [] }
        let givers = subjects(of: verb, in: sentence).filter { $0.entity.kind != .place }
        guard !givers.isEmpty else { return [] }
        let givingStates = Set(givers.map(\.entity))
        func recipients(_ found: [Mention]) -> [Mention] {
            var seen = Set<Entity>()
            return found.filter { $0.entity.kind != .place && !givingStates.contains($0.entity) && seen.insert($0.entity).inserted }
        }
        // Named after "for" or "to", on the verb or on the amount.
        let named = recipients(([verb, amount]).flatMap { sentence.children(of: $0, ["prep"]) }
            .filter { ["for", "to"].contains(sentence.lower($0)) }.flatMap { phraseParties($0, in: sentence) })
        // In the purpose it is given for ("to address the crisis in Afghanistan"), places included:
        // the state a crisis is in is helped.
        let purposes = sentence.children(of: verb, ["advcl", "xcomp"]).filter { clause in
            sentence.children(of: clause, ["aux"]).contains { sentence.lower($0) == "to" }
        }
        let inPurpose = recipients(purposes.flatMap { sentence.subtree(of: $0) }.compactMap { token -> Mention? in
            guard let mention = sentence.mention(at: token) ?? (sentence[token].tag == "PRP" ? antecedent(of: token, in: sentence) : nil)
            else { return nil }
            return mention.entity.type == "state" || mention.entity.kind != .place ? mention : nil
        })
        // (Not the state a gift's sentence only names: "aid for those affected by the earthquake in
        // Myanmar" beside "No UK support goes to the Myanmar regime".)
        let helped = !named.isEmpty ? named : inPurpose
        guard !helped.isEmpty else { return [] }
        return relateEach(givers, to: helped.map(\.acting), by: pattern, at: verb, in: sentence, base: 0.55, construction: "money given for a party")
    }

    private func isMoney(_ token: Int, in sentence: ParsedSentence) -> Bool {
        let words = [token] + sentence.children(of: token, ["quantmod", "compound", "nummod"])
        return words.contains { Self.moneyWords.contains(sentence.lower($0)) }
            && words.contains { sentence[$0].tag == "CD" || sentence[$0].text.first?.isNumber == true }
            || words.contains { ["$", "£", "€"].contains(sentence[$0].text) }
    }
}
