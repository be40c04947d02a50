import EntenteModel
import EntenteNLP

/// "The Secretary met with Australian Minister for Defence Industry Pat Conroy, Japanese Minister
/// of Defense Nakatani Gen, Philippines Secretary of National Defense Gilberto Teodoro, and …":
/// the parser makes one long noun of a list of titled people. Read by its commas, each item is a
/// state, a title and the person who holds it, and each person is met.
extension TreeCoder {
    static let rosterVerbs: Set<String> = ["meet", "speak", "talk"]

    /// `found` with each roster's meetings added, and its people given the state their own item
    /// names instead of a neighbour's.
    func rosters(in found: [Candidate], sentence: ParsedSentence) -> [Candidate] {
        guard let meeting = lexiconPattern(for: "meets_with", frame: nil) else { return found }
        var found = found
        for verb in sentence.range where sentence[verb].pos == "VERB" && Self.rosterVerbs.contains(sentence.lemma(verb)) {
            guard let with = sentence.children(of: verb, ["prep"]).first(where: { sentence.lower($0) == "with" }) else { continue }
            let items = rosterItems(after: with, in: sentence)
            guard items.count >= 2 else { continue }
            let hosts = subjects(of: verb, in: sentence).filter { $0.entity.kind != .place }
            for (person, personIndex, state, titleWords) in items {
                for host in hosts where host.entity != person.entity
                    && !found.contains(where: { $0.relation.predicate == "meets_with" && Set([$0.relation.subject.entity, $0.relation.object.entity]) == Set([host.entity, person.entity]) })
                {
                    guard var candidate = make(host, person, meeting, verb, in: sentence, base: 0.6) else { continue }
                    candidate.pattern = "a roster of the titled met"
                    found.append(candidate)
                }
                guard let state else { continue }
                let predicate = Self.leads(byTitle: titleWords) ? "leader_of" : "member_of"
                // (Another item's state is not this person's.)
                found.removeAll { candidate in
                    ["member_of", "leader_of"].contains(candidate.relation.predicate) && candidate.relation.subject.entity == person.entity
                        && candidate.relation.object.entity.type == "state" && candidate.relation.object.entity != state.entity
                }
                if !found.contains(where: { $0.relation.subject.entity == person.entity && $0.relation.object.entity == state.entity
                    && ["member_of", "leader_of"].contains($0.relation.predicate) })
                {
                    found.append(described(person, predicate, state.acting, at: personIndex, pattern: "a titled item of a roster", in: sentence))
                }
            }
        }
        return found
    }

    /// The items of the list after "with", up to the sentence's end: each one person, with the
    /// state that opens the item and the title words between them. Empty unless every item is so.
    private func rosterItems(after with: Int, in sentence: ParsedSentence) -> [(Mention, Int, Mention?, [String])] {
        var items: [[Int]] = [[]]
        for index in (with + 1)..<sentence.range.upperBound {
            let word = sentence.lower(index)
            if ["VERB", "AUX"].contains(sentence[index].pos) { return [] }
            if word == "," || word == ";" {
                items.append([])
            } else if !(["and", "as", "well"].contains(word) && sentence.mention(at: index) == nil) && sentence[index].pos != "PUNCT" {
                items[items.count - 1].append(index)
            }
        }
        var read: [(Mention, Int, Mention?, [String])] = []
        for item in items where !item.isEmpty {
            var mentions: [Mention] = []
            for index in item {
                if let mention = sentence.mention(at: index), !mentions.contains(where: { $0.range == mention.range }) { mentions.append(mention) }
            }
            let people = mentions.filter { $0.entity.type == "person" }
            guard people.count == 1, let person = people.first else { return [] }
            // (A mention's range counts the paragraph's words, not the parse's tokens.)
            let named = { (index: Int, mention: Mention?) in mention != nil && sentence.mention(at: index)?.range == mention?.range }
            let opening = mentions.first.flatMap { $0.entity.type == "state" && $0.range.upperBound <= person.range.lowerBound ? $0 : nil }
            let titleIndices = item.filter { !named($0, opening) && !named($0, person) }
            // (An item is a titled person: its words besides the names are a title's, capitalised
            // but for the small words that join them.)
            guard titleIndices.contains(where: { EntityRecognizer.isPersonTitle(sentence.lower($0)) }),
                  titleIndices.allSatisfy({ (sentence.document.tokens[$0].text.first?.isUppercase ?? false) || ["of", "for", "the", "and"].contains(sentence.lower($0)) })
            else { return [] }
            let titleWords = titleIndices.map { sentence.lower($0) }
            read.append((person, item.last { named($0, person) } ?? item[item.count - 1], opening, titleWords))
        }
        return read
    }
}
