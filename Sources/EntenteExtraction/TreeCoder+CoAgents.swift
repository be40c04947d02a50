import EntenteModel
import EntenteNLP

/// "The United States and Britain struck Houthi targets", "the retaliatory strikes that the
/// United States and the United Kingdom have conducted in Yemen": parties who carry out an armed
/// act together cooperate in arms.
extension TreeCoder {
    /// Verbs that carry out an armed act named by their object.
    static let conductingVerbs: Set<String> = ["conduct", "carry", "launch", "stage", "mount", "execute"]
    /// Armed acts besides the attack nouns, which parties carry out together.
    static let jointOperationNouns: Set<String> = ["raid", "airstrike", "operation", "exercise", "drill", "patrol", "mission"]

    /// Pairs among the subjects of each asserted, unnegated armed act the coder found.
    func coAgents(in found: [Candidate], sentence: ParsedSentence) -> [Candidate] {
        guard let pattern = lexiconPattern(for: "cooperates_militarily_with", frame: nil) else { return [] }
        var agentsByTrigger: [Int: [Mention]] = [:]
        for candidate in found {
            let relation = candidate.relation
            guard vocabulary[relation.predicate]?.relationClass == .materialConflict, !relation.negated,
                  relation.modality == .asserted, relation.subject.entity.kind != .place
            else { continue }
            var agents = agentsByTrigger[candidate.trigger, default: []]
            if !agents.contains(where: { $0.entity == relation.subject.entity }) { agents.append(relation.subject) }
            agentsByTrigger[candidate.trigger] = agents
        }
        var result: [Candidate] = []
        for (trigger, agents) in agentsByTrigger.sorted(by: { $0.key < $1.key }) where agents.count >= 2 {
            result += pairwise(agents, by: pattern, at: trigger, in: sentence, construction: "parties to one armed act")
        }
        return result
    }

    /// "The United States and the United Kingdom have conducted retaliatory strikes": an armed
    /// act carried out by two or more, whether or not its target is a party.
    func jointlyConducted(at verb: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard Self.conductingVerbs.contains(sentence.lemma(verb)), let pattern = lexiconPattern(for: "cooperates_militarily_with", frame: nil)
        else { return [] }
        // The act: the object, or the noun a relative clause on it describes ("the strikes that … conducted").
        var acts = sentence.children(of: verb, ["dobj"])
        if sentence[verb].dep == "relcl", sentence.range.contains(sentence[verb].head) { acts.append(sentence[verb].head) }
        guard acts.contains(where: { Self.attackNouns.contains(sentence.lemma($0)) || Self.jointOperationNouns.contains(sentence.lemma($0)) })
        else { return [] }
        let agents = distinctActingSubjects(of: verb, in: sentence)
        guard agents.count >= 2 else { return [] }
        return pairwise(agents, by: pattern, at: verb, in: sentence, construction: "an armed act carried out together")
    }

    /// Verbs of holding an event that parties may do together.
    static let convening: Set<String> = ["convene", "host", "co-host", "organise", "organize", "co-organise", "co-organize", "hold", "chair", "co-chair"]

    /// "Somalia, the African Union Commission, the UN and the UK jointly convened a financing
    /// event": those who hold an event together coordinate.
    func jointlyConvened(at verb: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard Self.convening.contains(sentence.lemma(verb)), let pattern = lexiconPattern(for: "coordinates_with", frame: nil) else { return [] }
        // ("Macron, Starmer and Merz co-chaired a meeting": the parser may split off the "co-" and
        // hang the subjects on it.)
        let prefixed = verb >= sentence.range.lowerBound + 2 && sentence.lower(verb - 1) == "-" && sentence.lower(verb - 2) == "co"
        guard prefixed || sentence[verb].text.lowercased().hasPrefix("co-")
                || sentence.children(of: verb, ["advmod"]).contains(where: { ["jointly", "together"].contains(sentence.lower($0)) })
        else { return [] }
        var agents = distinctActingSubjects(of: verb, in: sentence)
        if agents.count < 2, prefixed {
            agents = distinctActingSubjects(of: verb - 2, in: sentence)
            // (A list of titled leaders the parser strings together by appositions.)
            if agents.count == 1, let first = sentence.children(of: verb - 2, Self.subjectLabels).first {
                for token in sentence.subtree(of: first) where token < verb - 2 {
                    if let person = sentence.mention(at: token), person.entity.type == "person", !agents.contains(where: { $0.entity == person.entity }) {
                        agents.append(person)
                    }
                }
            }
        }
        guard agents.count >= 2 else { return [] }
        return pairwise(agents, by: pattern, at: verb, in: sentence, construction: "an event held together")
    }

    /// The verb's subjects that are no places, each once.
    private func distinctActingSubjects(of verb: Int, in sentence: ParsedSentence) -> [Mention] {
        var agents: [Mention] = []
        for agent in subjects(of: verb, in: sentence) where agent.entity.kind != .place && !agents.contains(where: { $0.entity == agent.entity }) {
            agents.append(agent)
        }
        return agents
    }

    /// Each pair of the parties related by the pattern once, named for the construction that
    /// states it (or the pattern, without one).
    func pairwise(
        _ parties: [Mention], by pattern: RelationLexicon.Pattern, at trigger: Int, in sentence: ParsedSentence,
        base: Double = 0.6, construction: String? = nil
    ) -> [Candidate] {
        var result: [Candidate] = []
        for (offset, first) in parties.enumerated() {
            for second in parties.dropFirst(offset + 1) {
                guard var candidate = make(first, second, pattern, trigger, in: sentence, base: base) else { continue }
                if let construction { candidate.pattern = construction }
                result.append(candidate)
            }
        }
        return result
    }
}

/// "the U.S.-Angola bilateral defense relationship", "U.S.-Pakistan counterterrorism
/// cooperation": a tie in arms, or a cooperation, named by the pair that has it.
extension TreeCoder {
    static let tieNouns: Set<String> = ["relationship", "relation", "tie", "cooperation", "collaboration", "partnership"]
    static let armedTieWords: Set<String> = ["defense", "defence", "military", "security", "counterterrorism", "counter-terrorism"]

    func pairTies(at noun: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard Self.tieNouns.contains(sentence.lemma(noun)) else { return [] }
        let modifiers = sentence.children(of: noun, ["compound", "nmod", "amod"])
        let armed = modifiers.contains { Self.armedTieWords.contains(sentence.lemma($0)) }
        guard armed || ["cooperation", "collaboration"].contains(sentence.lemma(noun)),
              let pattern = lexiconPattern(for: armed ? "cooperates_militarily_with" : "cooperates_with", frame: nil)
        else { return [] }
        for modifier in modifiers {
            let parts = sentence[modifier].text.split(separator: "-").map(String.init)
            guard parts.count == 2, let first = namedParty(parts[0]), let second = namedParty(parts[1]), first.entity != second.entity
            else { continue }
            return pairwise([first, second], by: pattern, at: noun, in: sentence, construction: "A-B \(armed ? "defense " : "")\(sentence.lemma(noun))")
        }
        return []
    }
}
