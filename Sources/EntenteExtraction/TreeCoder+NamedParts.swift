import EntenteModel
import EntenteNLP

/// "NATO Kosovo Force", "the EU Rule of Law Mission in Kosovo", "the U.N. Mission in South Sudan": a body
/// named after another is part of it, and one named for the state it serves in is there.
extension TreeCoder {
    func namedParts(in sentence: ParsedSentence) -> [Candidate] {
        var found: [Candidate] = []
        var seen = Set<Entity>()
        for index in sentence.range {
            guard let body = sentence.mention(at: index), body.entity.kind == .organisation, seen.insert(body.entity).inserted
            else { continue }
            // (The mention's own range counts the recogniser's words; the parse may split them further.)
            var end = index
            while sentence.range.contains(end + 1), sentence.mention(at: end + 1).map({ $0.range == body.range }) == true { end += 1 }
            let span = index..<(end + 1)
            // ("U.N. Security Council resolutions": a name that only describes a noun is not told of.)
            let root = span.first { !span.contains(sentence[$0].head) } ?? index
            if ["compound", "nmod", "amod"].contains(sentence[root].dep) { continue }
            let words = span.map { sentence[$0].text }
            guard words.count >= 2 else { continue }
            // The longest opening words that name another body: "UN", "U.N.", "African Union".
            for length in stride(from: min(3, words.count - 1), through: 1, by: -1) {
                let opening = words.prefix(length).joined(separator: " ")
                guard var parent = namedParty(opening), parent.entity.kind == .organisation, parent.entity != body.entity,
                      !words[length...].allSatisfy({ EntityRecognizer.connectors.contains($0.lowercased()) })
                else { continue }
                parent.range = body.range
                found.append(described(body, "part_of", parent, at: index, pattern: "a body named after another", in: sentence))
                break
            }
            // "… Mission in South Sudan": the state named at the end, after "in".
            if let last = words.lastIndex(of: "in"), last > 0, last + 1 < words.count {
                let place = words[(last + 1)...].joined(separator: " ")
                if let state = statesByName[NameKey(place)] {
                    let mention = Mention(entity: state, range: body.range, role: nil, isPossessive: false, confidence: 0.8)
                    found.append(described(body, "located_in", mention, at: index, pattern: "a body named for where it serves", in: sentence))
                }
            }
        }
        return found
    }
}
