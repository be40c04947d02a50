import EntenteModel
import EntenteNLP

/// What a body's own name says about it: "the EU Rule of Law Mission in Kosovo" is the EU's and
/// works in Kosovo; "the UNESCO Executive Board" is UNESCO's.
extension TreeCoder {
    func bodies(in sentence: ParsedSentence) -> [Candidate] {
        var found: [Candidate] = []
        var seen = Set<Entity>()
        for index in sentence.range {
            guard let body = sentence.mention(at: index), body.entity.kind == .organisation, seen.insert(body.entity).inserted
            else { continue }
            // (A body the gazetteer knows, "the UN Security Council", is told of for itself.)
            guard bodiesByName[body.entity.key] == nil else { continue }
            let words = body.entity.name.split(separator: " ").map(String.init)
            guard words.count >= 2 else { continue }
            // The parent named first: "EU", "NATO", "UN", "UNESCO".
            for length in stride(from: min(5, words.count - 1), through: 1, by: -1) {
                let prefix = words[..<length].joined(separator: " ")
                guard let parent = bodiesByName[NameKey(prefix)]
                    ?? (words[length...].allSatisfy { Self.councilWords.contains($0.lowercased()) } ? parentBody(named: prefix) : nil)
                else { continue }
                // ("the NATO Alliance": the parent itself, named with its kind.)
                if parent != body.entity, !words[length...].allSatisfy({ EntityRecognizer.bodyKindWords.contains($0.lowercased()) }) {
                    let mention = Mention(entity: parent, range: body.range, role: nil, isPossessive: false, confidence: body.confidence)
                    found.append(described(body, "part_of", mention, at: index, pattern: "body named for its parent", in: sentence))
                }
                break
            }
            // The parent named last: "the Executive Council of the OPCW".
            if let of = words.firstIndex(of: "of"), of > 0, words[..<of].allSatisfy({ Self.councilWords.contains($0.lowercased()) }) {
                let rest = words[(of + 1)...].drop { $0.lowercased() == "the" }.joined(separator: " ")
                if let parent = bodiesByName[NameKey(rest)] ?? parentBody(named: rest), parent != body.entity {
                    let mention = Mention(entity: parent, range: body.range, role: nil, isPossessive: false, confidence: body.confidence)
                    found.append(described(body, "part_of", mention, at: index, pattern: "body of its parent", in: sentence))
                }
            }
            // "the Executive Council of the OPCW", named as two: the body, then its parent.
            if words.allSatisfy({ Self.councilWords.contains($0.lowercased()) }), body.range.upperBound + 1 < sentence.range.upperBound,
               sentence.lower(body.range.upperBound) == "of",
               let parent = (body.range.upperBound + 1...min(body.range.upperBound + 2, sentence.range.upperBound - 1)).lazy
                   .compactMap({ sentence.mention(at: $0) }).first,
               parent.entity.kind == .organisation, parent.entity != body.entity
            {
                found.append(described(body, "part_of", parent, at: index, pattern: "body of its parent", in: sentence))
            }
            // The place named last: "… Mission in Kosovo".
            if let at = words.lastIndex(of: "in"), at + 1 < words.count,
               let place = gazetteer.entry(named: words[(at + 1)...].joined(separator: " "))?.entity,
               place.type == "state" || place.kind == .place
            {
                let mention = Mention(entity: place, range: body.range, role: nil, isPossessive: false, confidence: body.confidence)
                found.append(described(body, "located_in", mention, at: index, pattern: "body named for its place", in: sentence))
            }
        }
        return found + statesBodies(in: sentence)
    }

    /// "Venezuela's National Electoral Council", "the U.S. Congress", "Russia's Interfax news
    /// agency": a body named with a state's possessive or name before it is that state's.
    private func statesBodies(in sentence: ParsedSentence) -> [Candidate] {
        var found: [Candidate] = []
        for (index, body) in sentence.mentionHeads() {
            guard body.entity.kind == .organisation, !["igo", "state"].contains(body.entity.type),
                  // (The gazetteer's own institutions are told of apart.)
                  gazetteer.entry(named: body.entity.name)?.country == nil,
                  // ("Iran's proxy Hezbollah" is no body of Iran's.)
                  !sentence.children(of: index, ["amod", "compound"]).contains(where: {
                      Self.relationalNouns.contains(sentence.lemma($0)) || Self.affiliateNouns.contains(sentence.lemma($0))
                  })
            else { continue }
            var owners = sentence.children(of: index, ["poss", "compound"])
            let head = sentence[index].head
            if head != index, sentence.range.contains(head), sentence.mention(at: head) == nil,
               EntityRecognizer.mediaNouns.contains(sentence.lower(head)) || Self.organisationHeadWords.contains(sentence.lower(head))
            {
                owners += sentence.children(of: head, ["poss"])
            }
            var seen = Set<Entity>()
            for owner in owners {
                guard !Self.isHyphenedParticiple(sentence[owner].text), var state = sentence.mention(at: owner) else { continue }
                // ("Pyongyang's official Korean Central News Agency": a capital's is its state's.)
                if sentence[owner].dep == "poss", let capitalOf = statesByCapital[state.entity.key] { state.entity = capitalOf }
                guard state.entity.type == "state", state.entity != body.entity, seen.insert(state.entity).inserted else { continue }
                found.append(described(body, "part_of", state, at: index, pattern: "a state's body", in: sentence))
            }
        }
        return found
    }

    /// The words that name a body of an organisation rather than an organisation: "Executive Board".
    static let councilWords: Set<String> = [
        "council", "board", "executive", "committee", "commission", "assembly", "general", "secretariat", "conference",
        "governing", "governors", "permanent", "standing",
    ]

    /// An organisation a body may be named for that the gazetteer does not know: one the actor
    /// dictionary knows as international or non-governmental ("UNESCO"), or a name that ends in an
    /// organisation's head word ("International Maritime Organisation").
    func parentBody(named name: String) -> Entity? {
        let phrase = DictionaryTokens.key(name)
        if !phrase.isEmpty, let entry = actors.entries(for: phrase).first,
           let code = ActorDictionary.code(in: entry.roles, on: nil), code.hasPrefix("IGO") || code.hasPrefix("NGO")
        {
            let written = phrase == entry.names.first ? name : DictionaryMentions.titleCased(entry.names.first ?? phrase)
            return Entity(name: written, kind: .organisation, type: entry.type ?? "organisation", cameo: code)
        }
        let words = name.split(separator: " ")
        guard words.count >= 2, words.allSatisfy({ $0.first?.isUppercase == true || ["of", "for", "the", "and"].contains($0) }),
              let last = words.last, Self.organisationHeadWords.contains(last.lowercased())
        else { return nil }
        return Entity(name: name, kind: .organisation, type: "organisation")
    }

    static let organisationHeadWords: Set<String> = ["organisation", "organization", "agency", "union", "alliance", "programme", "program", "fund"]
}
