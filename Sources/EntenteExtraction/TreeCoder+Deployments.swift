import EntenteModel
import EntenteNLP

/// "multiple OPCW deployments to Syria", "the deployments to Syria by the Technical Secretariat":
/// a body's staff sent to a country visit it. A state's deployment is of its troops, which is no
/// visit, and is left to the verbs that say what the troops do.
extension TreeCoder {
    func deployments(at noun: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard sentence.lemma(noun) == "deployment", let visit = lexiconPattern(for: "visits", frame: .noun) else { return [] }
        // ("welcome the recent deployments to Syria by …": the parser may hang the phrases on the verb.)
        let head = sentence[noun].head
        let phrases = sentence.children(of: noun, ["prep"])
            + (sentence[noun].dep == "dobj" && head != noun ? sentence.children(of: head, ["prep"]).filter { $0 > noun } : [])
        let destinations = phrases.filter { sentence.lower($0) == "to" }
            .flatMap { phraseParties($0, in: sentence) }
            .filter { $0.entity.type == "state" || $0.entity.kind == .place }
        guard !destinations.isEmpty else { return [] }
        let owners = sentence.children(of: noun, ["poss", "compound", "nmod", "amod"]).compactMap { sentence.mention(at: $0) }
        let agents = phrases.filter { sentence.lower($0) == "by" }.flatMap { phraseParties($0, in: sentence) }
        let senders = (owners + agents).filter { $0.entity.kind == .organisation }
        var found: [Candidate] = []
        for sender in senders {
            for destination in destinations where destination.entity != sender.entity {
                guard var candidate = make(sender, destination, visit, noun, in: sentence, base: 0.65) else { continue }
                candidate.pattern = "a body's deployment to a country"
                found.append(candidate)
            }
        }
        return found
    }
}
