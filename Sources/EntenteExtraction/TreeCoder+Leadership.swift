import EntenteModel
import EntenteNLP

/// "IS-Somalia has become more influential under the leadership of Abdulkadir Mumin": the one
/// under whose leadership a party acts leads it.
extension TreeCoder {
    func leadershipOver(at noun: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard sentence.lemma(noun) == "leadership", sentence[noun].dep == "pobj" else { return [] }
        let under = sentence[noun].head
        guard sentence.range.contains(under), sentence.lower(under) == "under", sentence.range.contains(sentence[under].head) else { return [] }
        let leaders = ofObjects(of: noun, in: sentence).flatMap { parties(at: $0, in: sentence) }.filter { $0.entity.type == "person" }
        // The party led: the subject of the clause the phrase belongs to.
        let above = [sentence[under].head] + sentence.ancestors(of: sentence[under].head)
        let clause = above.first { ["VERB", "AUX"].contains(sentence[$0].pos) } ?? above[above.count - 1]
        let led = subjects(of: clause, in: sentence).filter { $0.entity.type != "person" && $0.entity.kind != .place }
        var found: [Candidate] = []
        for leader in leaders {
            for party in led where party.entity != leader.entity {
                found.append(described(leader, "leader_of", party, at: noun, pattern: "under the leadership of X", in: sentence))
            }
        }
        return found
    }
}
