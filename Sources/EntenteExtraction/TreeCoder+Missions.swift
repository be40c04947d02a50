import EntenteModel
import EntenteNLP

/// "Kenyan police arrived in Haiti as part of a security mission", "Burundi sent troops to Somalia
/// as part of the AU mission": forces sent into a state for a mission protect it.
extension TreeCoder {
    static let deploymentVerbs: Set<String> = ["arrive", "send", "deploy", "dispatch", "land"]
    static let missionNouns: Set<String> = ["mission", "peacekeeping", "peacekeeper", "stabilisation", "stabilization"]
    static let forceNouns: Set<String> = ["troop", "soldier", "force", "police", "officer", "peacekeeper", "contingent", "personnel"]

    /// True when `verb` sends or brings forces for a mission the sentence names.
    func deploysForAMission(_ verb: Int, subjects: [Mention], in sentence: ParsedSentence) -> Bool {
        guard Self.deploymentVerbs.contains(sentence.lemma(verb)),
              sentence.range.contains(where: { Self.missionNouns.contains(sentence.lemma($0)) })
        else { return false }
        let forcesAct = subjects.contains { ["military", "police"].contains($0.role ?? "") }
        let forcesSent = sentence.children(of: verb, ["dobj"]).contains { Self.forceNouns.contains(sentence.lemma($0)) }
        return forcesAct || forcesSent
    }
}
