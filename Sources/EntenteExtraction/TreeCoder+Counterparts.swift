import EntenteModel
import EntenteNLP

/// "his Chinese counterpart, Admiral Dong Jun": the person a readout names as a state's
/// counterpart serves that state.
extension TreeCoder {
    func counterparts(in sentence: ParsedSentence) -> [Candidate] {
        var found: [Candidate] = []
        for index in sentence.range where ["counterpart", "counterparts"].contains(sentence.lower(index)) {
            let states = sentence.children(of: index, ["amod", "compound", "nmod"]).compactMap { sentence.mention(at: $0) }
                .filter { $0.entity.type == "state" }
            guard let state = states.first else { continue }
            let people = sentence.children(of: index, ["appos"]).compactMap { sentence.mention(at: $0) }.filter { $0.entity.type == "person" }
            for person in people {
                found.append(described(person, "member_of", state, at: index, pattern: "a state's counterpart named", in: sentence))
            }
        }
        return found
    }
}
