import EntenteModel
import EntenteNLP

extension TreeCoder {
    /// Each source's relation to each target that is another party and no place, named for the
    /// construction that states it.
    func relateEach(
        _ sources: [Mention], to targets: [Mention], by pattern: RelationLexicon.Pattern, at trigger: Int, in sentence: ParsedSentence,
        base: Double, construction: String
    ) -> [Candidate] {
        var found: [Candidate] = []
        for source in sources {
            for target in targets where target.entity != source.entity && target.entity.kind != .place {
                guard var candidate = make(source, target, pattern, trigger, in: sentence, base: base) else { continue }
                candidate.pattern = construction
                found.append(candidate)
            }
        }
        return found
    }
}
