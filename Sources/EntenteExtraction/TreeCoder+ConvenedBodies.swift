import EntenteModel
import EntenteNLP

/// "a virtual meeting of the Coalition of the Willing, attended by President Zelenskyy … Leaders
/// expressed their unwavering support to Ukraine. They condemned …": a statement on a body's
/// meeting speaks of the body's members as "leaders" and "they"; those who attend the meeting meet
/// the body; those who chair it together coordinate.
extension TreeCoder {
    static let gatheringOfBodyNouns: Set<String> = ["meeting", "summit", "session", "conference", "gathering", "ministerial"]
    /// Plural nouns for the members a body's meeting brought together.
    static let convenedMemberNouns: Set<String> = ["leader", "participant", "member", "minister", "representative"]

    /// The organisation whose meeting the sentence reports: "a meeting of the Coalition", "the
    /// NATO summit".
    func convenedBody(in sentence: ParsedSentence) -> Mention? {
        for index in sentence.range where Self.gatheringOfBodyNouns.contains(sentence.lemma(index)) && sentence[index].pos == "NOUN" {
            if let body = bodyConvened(at: index, in: sentence) { return body }
        }
        return nil
    }

    private func bodyConvened(at gathering: Int, in sentence: ParsedSentence) -> Mention? {
        let named = sentence.children(of: gathering, ["prep"]).filter { sentence.lower($0) == "of" }
            .flatMap { sentence.children(of: $0, ["pobj"]) }
            + sentence.children(of: gathering, ["compound", "nmod"])
        for token in named {
            guard let mention = sentence.mention(at: token), mention.entity.kind != .place,
                  !["state", "person"].contains(mention.entity.type ?? "")
            else { continue }
            var body = mention.acting
            body.role = nil
            return body
        }
        return nil
    }

    /// "Leaders expressed", "The participants agreed", after a meeting of a body: the body.
    func convenedMembers(at index: Int, in sentence: ParsedSentence) -> [Mention]? {
        guard let body = sentence.convenedBody,
              Self.subjectLabels.contains(sentence[index].dep) || sentence[index].dep == "nsubjpass",
              ["NNS", "NNPS"].contains(sentence[index].tag), Self.convenedMemberNouns.contains(sentence.lemma(index)),
              sentence.children(of: index, ["amod", "compound", "nmod", "poss", "nummod", "prep"]).isEmpty,
              sentence.children(of: index, ["det"]).allSatisfy({ sentence.lower($0) == "the" })
        else { return nil }
        return [body]
    }

    /// "They condemned", when the sentence before was the convened body's.
    func convenedThey(at index: Int, in sentence: ParsedSentence) -> [Mention]? {
        guard let body = sentence.convenedBody, sentence.lower(index) == "they", sentence[index].dep == "nsubj",
              sentence.previousSubjects.count == 1, sentence.previousSubjects[0].entity == body.entity
        else { return nil }
        return [body]
    }

    /// "a meeting of the Coalition, attended by President Zelenskyy and the Secretary General of
    /// NATO", "The meeting was also attended by Secretary of State Rubio": each who attends the
    /// body's meeting meets the body.
    func attendance(at verb: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard sentence.lemma(verb) == "attend", sentence[verb].tag == "VBN",
              let pattern = lexiconPattern(for: "meets_with", frame: nil)
        else { return [] }
        let agents = sentence.children(of: verb, ["agent"])
        // ("attended by President Zelenskyy, the President of the European Council and the
        // Secretary General of NATO": an office held in a body brings the body.)
        let offices = agents.flatMap { sentence.subtree(of: $0) }.filter { index in
            sentence.mention(at: index) == nil && ["NOUN", "PROPN"].contains(sentence[index].pos)
                && (Self.titleNouns.contains(sentence.lemma(index)) || EntityRecognizer.isPersonTitle(sentence.lower(index)))
        }
        let bodies = offices.flatMap { office in
            sentence.children(of: office, ["prep"]).filter { sentence.lower($0) == "of" }.flatMap { phraseParties($0, in: sentence) }
        }
        let attendees = agents.flatMap { phraseParties($0, in: sentence) } + bodies
        guard !attendees.isEmpty else { return [] }
        // The meeting: the passive's subject, the noun the participle describes, or (the parser
        // may hang the participle on the clause) the meeting that clause names.
        var gatherings = sentence.children(of: verb, ["nsubjpass"])
        let head = sentence[verb].head
        if sentence.range.contains(head), head != verb {
            if sentence[verb].dep == "acl" { gatherings.append(head) }
            if sentence[verb].dep == "advcl" { gatherings += sentence.children(of: head, ["dobj", "npadvmod", "nsubjpass"]) }
        }
        gatherings = gatherings.filter { Self.gatheringOfBodyNouns.contains(sentence.lemma($0)) }
        guard let gathering = gatherings.first else { return [] }
        let definite = sentence.children(of: gathering, ["det"]).contains { ["the", "this"].contains(sentence.lower($0)) }
        guard let body = bodyConvened(at: gathering, in: sentence) ?? (definite ? sentence.convenedBody : nil) else { return [] }
        var seen = Set<Entity>()
        return attendees.filter { $0.entity != body.entity && $0.entity.kind != .place && seen.insert($0.entity).inserted }.compactMap { attendee in
            guard var candidate = make(attendee, body, pattern, verb, in: sentence, base: 0.65) else { return nil }
            candidate.pattern = "attended a body's meeting"
            return candidate
        }
    }
}
