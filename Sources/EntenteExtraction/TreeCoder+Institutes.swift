import EntenteModel
import EntenteNLP

/// "the Wilson Center's Kennan Institute", "the Fletcher School of Law and Diplomacy at Tufts
/// University", "a researcher at the Lasky Center … at the Ludwig Maximilian University": a centre,
/// an institute or a school named with the body it sits in is part of that body.
extension TreeCoder {
    /// Head nouns of the names of bodies that sit inside another.
    static let instituteNouns: Set<String> = [
        "center", "centre", "institute", "school", "program", "programme", "initiative", "project", "college", "faculty",
        "laboratory", "lab", "foundation",
    ]

    func institutes(in sentence: ParsedSentence) -> [Candidate] {
        var found: [Candidate] = []
        for (index, unit) in sentence.mentionHeads()
        where unit.entity.kind == .organisation && unit.entity.type != "state" && Self.instituteNouns.contains(sentence.lower(index)) {
            // The owner named before it, or the body it is "at".
            var wholes = sentence.children(of: index, ["poss"])
            wholes += sentence.children(of: index, ["prep"]).filter { sentence.lower($0) == "at" }.flatMap { sentence.children(of: $0, ["pobj"]) }
            // ("director of the World Peace Foundation at the Fletcher School": the parser hangs the
            // second body on the title, after the first.)
            let preposition = sentence[index].head
            if sentence[index].dep == "pobj", ["at", "of"].contains(sentence.lower(preposition)), sentence.range.contains(preposition),
               case let title = sentence[preposition].head, sentence.range.contains(title), Self.titleNouns.contains(sentence.lemma(title))
            {
                wholes += sentence.children(of: title, ["prep"]).filter { $0 > index && sentence.lower($0) == "at" }
                    .flatMap { sentence.children(of: $0, ["pobj"]) }
            }
            for whole in wholes.compactMap({ sentence.mention(at: $0) })
            where whole.entity != unit.entity && whole.entity.kind == .organisation && !["state", "person"].contains(whole.entity.type) {
                found.append(described(unit, "part_of", whole, at: index, pattern: "X's institute Y", in: sentence))
            }
        }
        return found
    }
}
