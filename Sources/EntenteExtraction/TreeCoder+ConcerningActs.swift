import EntenteModel
import EntenteNLP

/// "Increased attacks by the Islamic State-affiliated ADF are particularly concerning": a
/// statement that calls an act concerning criticises its doer, in the statement's own voice.
extension TreeCoder {
    static let concerningAdjectives: Set<String> = [
        "concerning", "worrying", "alarming", "troubling", "disturbing", "deplorable", "unacceptable", "appalling", "abhorrent",
    ]

    func concerningActs(at adjective: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard Self.concerningAdjectives.contains(sentence.lower(adjective)), sentence.children(of: adjective, ["neg"]).isEmpty else { return [] }
        // ("are particularly concerning": the parser may read the adjective as a verb in "-ing".)
        let clause: Int
        if sentence[adjective].dep == "acomp", sentence.range.contains(sentence[adjective].head), sentence.lemma(sentence[adjective].head) == "be" {
            clause = sentence[adjective].head
        } else if sentence[adjective].tag == "VBG", sentence.children(of: adjective, ["aux"]).contains(where: { sentence.lemma($0) == "be" }) {
            clause = adjective
        } else {
            return []
        }
        guard sentence.children(of: clause, ["neg"]).isEmpty else { return [] }
        // (Only the statement's own voice: a quoted speaker's judgement is read with the speaker.)
        let judges = sentence.authors
        guard !judges.isEmpty else { return [] }
        // ("…, as are reports of continued M23 territorial expansion": and what is likened to it.)
        let likened = sentence.children(of: clause, ["advcl"])
            .filter { sentence.lemma($0) == "be" && sentence.children(of: $0, ["mark"]).contains { sentence.lower($0) == "as" } }
        let subjects = ([clause] + likened).flatMap { sentence.children(of: $0, ["nsubj"]) }.filter { sentence.mention(at: $0) == nil }
            .flatMap { [$0] + sentence.children(of: $0, ["conj"]) }
        let acts = subjects.flatMap { subject in Self.reportNouns.contains(sentence.lemma(subject)) ? ofObjects(of: subject, in: sentence) : [subject] }
        let doers = acts.flatMap { act in
            preModifierParties(of: act, in: sentence) + actDoers(act, in: sentence)
        }.filter { $0.entity.kind != .place }
        guard !doers.isEmpty else { return [] }
        let pattern = RelationLexicon.Pattern(steps: [], text: "X is concerning", predicate: "criticises", frame: .verb)
        var seen = Set<Entity>()
        return judges.flatMap { judge in
            doers.filter { $0.entity != judge.entity && seen.insert($0.entity).inserted }.compactMap { doer in
                var doer = doer
                doer.isModifier = false
                return make(judge, doer, pattern, adjective, in: sentence, base: 0.6)
            }
        }
    }
}
