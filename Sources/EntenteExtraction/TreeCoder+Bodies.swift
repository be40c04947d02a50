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
            for length in stride(from: min(3, words.count - 1), through: 1, by: -1) {
                let prefix = words[..<length].joined(separator: " ")
                guard let parent = bodiesByName[NameKey(prefix)] else { continue }
                if parent != body.entity {
                    let mention = Mention(entity: parent, range: body.range, role: nil, isPossessive: false, confidence: body.confidence)
                    found.append(described(body, "part_of", mention, at: index, pattern: "body named for its parent", in: sentence))
                }
                break
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
        return found
    }
}
