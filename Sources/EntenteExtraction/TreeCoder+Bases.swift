import EntenteModel
import EntenteNLP

/// Where a group or a person is based: "a Congo-based rebel group", "the group is based in
/// northern Mozambique", "from its base in the Horn of Africa"; where a person was: "Henry, who
/// was in Kenya".
extension TreeCoder {
    static let basedParticiples: Set<String> = ["based", "headquartered", "stationed"]
    static let baseNouns: Set<String> = ["base", "headquarters", "stronghold", "hideout"]
    /// A body's armed members, where they are, are the body there.
    static let armedMemberNouns: Set<String> = ["forces", "troops", "fighters", "militants", "peacekeepers", "soldiers", "units"]
    /// One member, where the sentence names them.
    static let officialNouns: Set<String> = ["official", "commander", "spokesman", "spokesperson", "leader", "envoy", "representative"]
    static let memberNouns: Set<String> = armedMemberNouns.union(officialNouns)
    /// Bodies whose name alone, in a place, puts them there.
    static let groupTypes: Set<String> = ["armed-group", "igo"]

    func bases(in sentence: ParsedSentence) -> [Candidate] {
        var found: [Candidate] = []
        for index in sentence.range {
            let word = sentence.lower(index)
            var residents: [Mention] = []
            var places: [Mention] = []
            if Self.basedParticiples.contains(word), sentence[index].tag == "VBN" {
                // "a Congo - based group": the place is hyphened to the participle.
                let hyphened = sentence.children(of: index, ["npadvmod", "compound", "nmod"]).filter { name in
                    name + 1 < index && sentence.lower(name + 1) == "-"
                }
                places += hyphened.compactMap { hyphenedPlace(at: $0, in: sentence) }
                places += sentence.children(of: index, ["prep"]).filter { sentence.lower($0) == "in" }.flatMap { phraseParties($0, in: sentence) }
                // Who is based: the passive's subject, or the noun the participle describes, or the
                // name that noun is in apposition to ("FDLR, a Congo-based rebel group").
                residents += sentence.children(of: index, ["nsubjpass"]).flatMap { parties(at: $0, in: sentence) }
                if ["amod", "acl", "relcl"].contains(sentence[index].dep) {
                    residents += described(by: sentence[index].head, in: sentence)
                }
            } else if sentence.lemma(index) == "be", sentence[index].pos == "AUX",
                      sentence.children(of: index, ["acomp", "attr", "xcomp", "ccomp"]).isEmpty
            {
                // "Henry, who was in Kenya when the violence broke out": where a person was.
                places += sentence.children(of: index, ["prep"]).filter { sentence.lower($0) == "in" }.flatMap { phraseParties($0, in: sentence) }
                residents += subjects(of: index, in: sentence).filter { $0.entity.type == "person" }
            } else if let group = sentence.mention(at: index), group.entity.kind == .organisation, Self.groupTypes.contains(group.entity.type),
                      sentence.mention(at: index + 1)?.entity != group.entity,
                      sentence.children(of: index, ["prep"]).contains(where: { sentence.lower($0) == "in" })
            {
                // "killings by ADF in Ituri province": the armed group named in a place is there.
                // ("Daesh in Syria" names the group by its state, and says little of where it is.)
                places += sentence.children(of: index, ["prep"]).filter { sentence.lower($0) == "in" }.flatMap { phraseParties($0, in: sentence) }
                    .filter { $0.entity.kind == .place }
                residents.append(group)
            } else if let body = sentence.mention(at: index), body.entity.kind == .organisation,
                      sentence.mention(at: index + 1)?.entity != body.entity
            {
                // "British maritime security firm Ambrey": the state that describes the body's noun.
                // ("The Sentry, a Washington NGO, …": the parser may hang the apposition on a name before.)
                let following = sentence.range.contains(index + 4) && sentence.lower(index + 1) == "," && ["a", "an"].contains(sentence.lower(index + 2))
                    ? [index + 3, index + 4].filter { Extractor.bodyNouns.contains(sentence.lower($0)) && sentence[$0].dep == "appos" } : []
                for noun in sentence.children(of: index, ["compound", "appos"]) + following where Extractor.bodyNouns.contains(sentence.lower(noun)) {
                    // ("The Sentry, a Washington NGO": or the city.)
                    // ("the Iran-backed Lebanese militant group": the backer hyphened to a participle is no place.)
                    places += sentence.children(of: noun, ["amod", "compound", "nmod"]).filter { sentence[$0].tag != "VBN" }
                        .compactMap { sentence.mention(at: $0) }
                        .filter { $0.entity.type == "state" || $0.entity.kind == .place }
                }
                if !places.isEmpty { residents.append(body) }
            } else if sentence[index].pos == "NOUN", Self.memberNouns.contains(sentence.lower(index)),
                      sentence.children(of: index, ["prep"]).contains(where: { sentence.lower($0) == "in" })
            {
                // "UNIFIL forces in Lebanon": the body whose forces they are is there. "An al-Shabab
                // official in central Somalia, Yusuf Isse": the official named is.
                places += sentence.children(of: index, ["prep"]).filter { sentence.lower($0) == "in" }.flatMap { phraseParties($0, in: sentence) }
                    .filter { $0.entity.kind == .place || $0.entity.type == "state" }
                if Self.armedMemberNouns.contains(sentence.lower(index)) {
                    residents += sentence.children(of: index, ["compound", "poss"]).compactMap { sentence.mention(at: $0) }
                } else {
                    residents += sentence.children(of: index, ["appos"]).compactMap { sentence.mention(at: $0) }.filter { $0.entity.type == "person" }
                }
            } else if Self.baseNouns.contains(sentence.lemma(index)), sentence[index].pos == "NOUN" {
                places += sentence.children(of: index, ["prep"]).filter { sentence.lower($0) == "in" }.flatMap { phraseParties($0, in: sentence) }
                residents += sentence.children(of: index, ["poss"]).flatMap { parties(at: $0, in: sentence) }
            } else {
                continue
            }
            for resident in residents where resident.entity.kind != .place && resident.entity.type != "state" {
                for place in places where place.entity != resident.entity {
                    let pattern = sentence.lemma(index) == "be" ? "X was in Y" : sentence[index].pos == "PROPN" ? "Y's firm X"
                        : Self.memberNouns.contains(sentence.lower(index)) ? "X's forces in Y" : "X based in Y"
                    found.append(described(resident, "located_in", within(place), at: index, pattern: pattern, in: sentence))
                }
            }
        }
        return found
    }

    /// The place hyphened to a participle. (The recogniser leaves "Congo-based" whole, as a
    /// description; the parse splits it.)
    private func hyphenedPlace(at name: Int, in sentence: ParsedSentence) -> Mention? {
        if let mention = sentence.mention(at: name) { return mention }
        let text = sentence[name].text
        // ("a DRC-based group": a state by any of its names; "a Congo-based group": a place the
        // recogniser names and the gazetteer does not know, as the article's other mentions of it.)
        // ("a Moscow-based university": a capital there is the city, not the government it stands for.)
        let state = statesByName[NameKey(text)].flatMap { state in
            gazetteer.entries.contains { $0.entity == state && $0.capitalNames.contains { NameKey($0) == NameKey(text) } } ? nil : state
        }
        let entity = gazetteer.entry(named: text)?.entity ?? state
            ?? (sentence[name].entityType == "GPE" && sentence[name].tag == "NNP" ? Entity(name: text, kind: .place) : nil)
        guard let entity, entity.kind == .place || entity.type == "state" else { return nil }
        return Mention(entity: entity, range: name..<(name + 1), role: nil, isPossessive: false, confidence: 0.9)
    }

    /// The party a noun stands for: its own mention, or the name it is in apposition to.
    private func described(by noun: Int, in sentence: ParsedSentence) -> [Mention] {
        guard sentence.range.contains(noun) else { return [] }
        if let mention = sentence.mention(at: noun) { return [mention] }
        if sentence[noun].dep == "appos", sentence.range.contains(sentence[noun].head) {
            return parties(at: sentence[noun].head, in: sentence)
        }
        return []
    }

    /// "northern Mozambique" lies in Mozambique.
    func within(_ place: Mention) -> Mention {
        guard place.entity.kind == .place, place.entity.type == "region", let state = state(containing: place.entity) else { return place }
        return Mention(entity: state, range: place.range, role: nil, isPossessive: false, confidence: place.confidence)
    }
}
