import EntenteModel
import EntenteNLP

/// Sides of a fight the text describes before it names them.
extension TreeCoder {
    static let sideDescriptions: Set<String> = [
        "ally", "rival", "side", "party", "faction", "force", "general", "commander", "leader", "neighbour", "neighbor", "foe", "enemy",
    ]

    /// "between former allies, now rivals, General A and General B": the sides are described first
    /// and named after a comma, which the parse hangs elsewhere; the first coordinated pair of
    /// parties after the description is theirs.
    func namedAfterDescription(_ prep: Int, in sentence: ParsedSentence) -> [Mention] {
        guard let object = sentence.children(of: prep, ["pobj"]).first, Self.sideDescriptions.contains(sentence.lemma(object)),
              ["NNS", "NNPS"].contains(sentence[object].tag)
        else { return [] }
        var index = object + 1
        // Only the description's own words and commas may come before the names.
        while sentence.range.contains(index), sentence.mention(at: index) == nil {
            let word = sentence[index]
            guard word.pos == "PUNCT" || word.pos == "ADV" || word.pos == "ADJ" || Self.sideDescriptions.contains(sentence.lemma(index))
                || word.tag == "NNP" && !word.text.isEmpty
            else { return [] }
            index += 1
        }
        guard sentence.range.contains(index), let first = sentence.mention(at: index) else { return [] }
        // The second is the first party after an "and" that follows the first name.
        var next = index
        while sentence.range.contains(next), sentence.mention(at: next)?.entity == first.entity { next += 1 }
        guard sentence.range.contains(next), sentence.lower(next) == "and" else { return [] }
        next += 1
        while sentence.range.contains(next), sentence.mention(at: next) == nil, sentence[next].tag == "NNP" || sentence[next].pos == "ADJ" { next += 1 }
        guard sentence.range.contains(next), let second = sentence.mention(at: next), second.entity != first.entity,
              first.entity.kind != .place, second.entity.kind != .place
        else { return [] }
        return [first, second]
    }
}
