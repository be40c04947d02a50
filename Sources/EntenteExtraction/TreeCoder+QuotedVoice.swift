import EntenteModel
import EntenteNLP

/// "Hamas said: 'We reject the proposal'", "'We will never recognise it,' Ukrainian Foreign
/// Minister Dmytro Kuleba said": the "we" of a quoted speaker is the body or state they speak for.
extension TreeCoder {
    /// Whom a quoted speaker's "we" stands for: the speaker, when a body or state speaks; the body
    /// or state a person's title in the sentence names ("a spokesman for the Arakan Army",
    /// "Ukrainian Foreign Minister"); else no one this coder can name.
    func quotedVoice(of speaker: Mention, pronoun: Int, in sentence: ParsedSentence) -> [Mention] {
        // ("I" is the speaker alone.)
        guard ["we", "us", "our", "ours"].contains(sentence.lower(pronoun)) else { return speaker.entity.type == "person" ? [speaker] : [] }
        if speaker.entity.type != "person" { return speaker.entity.kind == .place ? [] : [speaker] }
        guard let head = sentence.range.first(where: { token in
            sentence.mention(at: token)?.entity == speaker.entity
                && (!sentence.range.contains(sentence[token].head) || sentence.mention(at: sentence[token].head)?.entity != speaker.entity)
        })
        else { return [] }
        var owners: [Int] = []
        // ("Arakan Army spokesman Khine Thu Kha", "Khine Thu Kha, a spokesman for the Arakan Army":
        // the title's own modifiers, or its "for" or "of".)
        for title in [head] + sentence.children(of: head, ["compound", "appos"]) where title == head || sentence.mention(at: title) == nil {
            owners += sentence.children(of: title, ["compound", "amod", "nmod", "poss"])
            owners += sentence.children(of: title, ["prep"]).filter { ["for", "of"].contains(sentence.lower($0)) }
                .flatMap { sentence.children(of: $0, ["pobj"]) }
        }
        for owner in owners {
            guard var group = sentence.mention(at: owner), group.entity != speaker.entity, group.entity.kind != .place,
                  group.entity.type != "person"
            else { continue }
            group.isModifier = false
            group.isPossessive = false
            group.confidence *= 0.8
            return [group]
        }
        return []
    }
}
