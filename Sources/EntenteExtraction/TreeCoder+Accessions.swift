import EntenteModel
import EntenteNLP

/// "Sweden's NATO membership", "Finland's accession to NATO", "Ukraine's eventual membership in
/// the alliance": the owner is, or would be, a member of the body; "Russia was elected to the
/// Council" is a member of it, and "failed to be elected" is not.
extension TreeCoder {
    static let membershipNouns: Set<String> = ["membership", "accession"]
    /// Words that make a membership one still to come.
    static let prospectiveWords: Set<String> = [
        "eventual", "future", "potential", "possible", "prospective", "bid", "seek", "apply", "application", "accelerate",
        "block", "veto", "oppose", "support", "back", "path", "pathway", "road", "hope", "aspiration", "push", "want",
    ]

    func elections(at verb: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard ["elect", "appoint", "admit", "readmit"].contains(sentence.lemma(verb)), sentence[verb].tag == "VBN",
              !sentence.children(of: verb, ["auxpass"]).isEmpty
        else { return [] }
        let bodies = sentence.children(of: verb, ["prep"]).filter { ["to", "into"].contains(sentence.lower($0)) }
            .flatMap { phraseParties($0, in: sentence) }.filter { $0.entity.kind == .organisation }
        guard !bodies.isEmpty else { return [] }
        var members = sentence.children(of: verb, ["nsubjpass"]).flatMap { parties(at: $0, in: sentence) }
        if members.isEmpty { members = subjects(of: verb, in: sentence) }
        // ("has failed to be elected": the verb that governs the election undoes it.)
        let undone = sentence.ancestors(of: verb).prefix(2).contains { Self.negativeVerbs.contains(sentence.lemma($0)) || sentence.lemma($0) == "lose" }
            || !sentence.children(of: verb, ["neg"]).isEmpty
        var found: [Candidate] = []
        for member in members where member.entity.kind != .place {
            for body in bodies where body.entity != member.entity {
                var candidate = described(member, "member_of", body, at: verb, pattern: "X elected to Y", in: sentence)
                candidate.relation.negated = undone
                found.append(candidate)
            }
        }
        return found
    }

    /// Nouns for a member's part in a body: "Romania's leadership within the NATO Alliance".
    static let partInBodyNouns: Set<String> = ["role", "leadership"]

    func accessions(at noun: Int, in sentence: ParsedSentence) -> [Candidate] {
        if Self.partInBodyNouns.contains(sentence.lemma(noun)) { return partsInBodies(at: noun, in: sentence) }
        guard Self.membershipNouns.contains(sentence.lemma(noun)), sentence[noun].pos == "NOUN" else { return [] }
        let members = sentence.children(of: noun, ["poss"]).flatMap { parties(at: $0, in: sentence) }
        guard !members.isEmpty else { return [] }
        // The body: a name before the noun, or its "in", "of", "to" phrase, which the parser may hang
        // on the verb instead ("accelerate Ukraine's membership in the alliance").
        let verb = sentence[noun].head
        let holders = [noun] + (sentence.range.contains(verb) && sentence[noun].dep == "dobj" ? [verb] : [])
        var bodies = sentence.children(of: noun, ["compound", "nmod", "amod"]).compactMap { sentence.mention(at: $0) }
        for holder in holders {
            for prep in sentence.children(of: holder, ["prep"]) where ["in", "of", "to"].contains(sentence.lower(prep)) {
                bodies += phraseParties(prep, in: sentence)
            }
        }
        let prospective = ([noun] + holders + sentence.children(of: noun, ["amod"]))
            .contains { Self.prospectiveWords.contains(sentence.lemma($0)) || Self.prospectiveWords.contains(sentence.lower($0)) }
        var found: [Candidate] = []
        for member in members {
            for body in bodies where body.entity.kind == .organisation && body.entity != member.entity {
                var candidate = described(member, "member_of", body, at: noun, pattern: "X's membership in Y", in: sentence)
                if prospective { candidate.relation.modality = .hypothetical }
                found.append(candidate)
            }
        }
        return found
    }

    /// "Romania's leadership within the NATO Alliance", "Kenya's role in the African Union": one
    /// with a part in a body is its member.
    private func partsInBodies(at noun: Int, in sentence: ParsedSentence) -> [Candidate] {
        let members = sentence.children(of: noun, ["poss"]).flatMap { parties(at: $0, in: sentence) }.filter { $0.entity.type == "state" }
        let bodies = sentence.children(of: noun, ["prep"]).filter { ["in", "within"].contains(sentence.lower($0)) }
            .flatMap { phraseParties($0, in: sentence) }
            .filter { $0.entity.kind == .organisation && $0.entity.type != "state" }
        return members.flatMap { member in
            bodies.filter { $0.entity != member.entity }.map { body in
                described(member, "member_of", body, at: noun, pattern: "X's part in Y", in: sentence)
            }
        }
    }
}
