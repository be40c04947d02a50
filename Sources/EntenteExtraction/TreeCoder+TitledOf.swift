import EntenteModel
import EntenteNLP

/// "President Macron of France, Prime Minister Starmer of the United Kingdom and Chancellor Merz of
/// Germany": a title, a name and the state after "of", read off the words where the parser
/// coordinated the title with the state before it.
extension TreeCoder {
    func titledOfStates(besides found: [Candidate], in sentence: ParsedSentence) -> [Candidate] {
        var result: [Candidate] = []
        for (index, person) in sentence.mentionHeads() where person.entity.type == "person" {
            let words = sentence.range.filter { sentence.mention(at: $0)?.range == person.range }
            guard let first = words.first, let last = words.last, last == index || words.contains(index),
                  sentence.range.contains(first - 1), sentence.range.contains(last + 2),
                  EntityRecognizer.isPersonTitle(sentence.lower(first - 1)), sentence.lower(last + 1) == "of",
                  let state = sentence.mention(at: last + 2), state.entity.type == "state", state.entity != person.entity,
                  !(found + result).contains(where: { ["member_of", "leader_of"].contains($0.relation.predicate)
                      && $0.relation.subject.entity == person.entity && $0.relation.object.entity.type == "state" })
            else { continue }
            let titleWords = (max(sentence.range.lowerBound, first - 3)..<first).map { sentence.lower($0) }
            let leads = Self.leaderTitles.contains(sentence.lower(first - 1))
                || sentence.lower(first - 1) == "minister" && titleWords.contains("prime")
            let deputy = titleWords.contains("deputy") || titleWords.contains("vice")
            result.append(described(person, leads && !deputy ? "leader_of" : "member_of", state.acting, at: first - 1,
                                    pattern: "title, name, of state", in: sentence))
        }
        return result
    }
}
