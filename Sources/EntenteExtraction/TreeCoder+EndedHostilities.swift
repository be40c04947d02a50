import EntenteModel
import EntenteNLP

/// "We urge the SAF and the RSF to end the fighting", "the two sides agreed to end the conflict":
/// parties asked or agreeing to end a fighting of no other named sides are fighting each other,
/// and that is asserted (as a ceasefire urged presupposes the war); the end itself is a truce
/// between them, as committed as the ending verb ("urge" advocates it, "agreed" asserts it).
/// "a solution to end the conflict between Israel and Lebanon": a fighting that names its sides
/// gives the truce alone (the noun's own pattern gives the fighting).
extension TreeCoder {
    static let hostilityEndingVerbs = endingVerbs.union(["cease"])
    static let frontierNouns: Set<String> = ["border", "frontier", "boundary", "line"]
    static let hostilityStateNouns: Set<String> = ["fighting", "war", "conflict", "hostility", "violence", "clash", "bloodshed"]

    func hostilitiesEnded(at verb: Int, in sentence: ParsedSentence) -> [Candidate] {
        // ("bring this terrible conflict to an end")
        let broughtToAnEnd = sentence.lemma(verb) == "bring"
            && sentence.children(of: verb, ["prep"]).contains { to in
                sentence.lower(to) == "to" && sentence.children(of: to, ["pobj"]).contains { sentence.lower($0) == "end" }
            }
        guard Self.hostilityEndingVerbs.contains(sentence.lemma(verb)) || broughtToAnEnd,
              let pattern = lexiconPattern(for: "clashes_with", frame: nil),
              let truce = lexiconPattern(for: "ceasefire_with", frame: nil)
        else { return [] }
        let ended = sentence.children(of: verb, ["dobj"]).filter { Self.hostilityStateNouns.contains(sentence.lemma($0)) }
        let hostilities = ended.filter { noun in
            // (A fighting that names its own sides is the noun pattern's.)
            !sentence.children(of: noun, ["prep"]).contains { sentence.lower($0) == "between" || sentence.lower($0) == "with" }
                && sentence.children(of: noun, ["poss"]).isEmpty
        }
        // ("the conflict along the border between Israel and Lebanon": or its frontier's.)
        let frontiers = ended.flatMap { sentence.children(of: $0, ["prep"]) }.flatMap { sentence.children(of: $0, ["pobj"]) }
            .filter { Self.frontierNouns.contains(sentence.lemma($0)) }
        let betweenNoun = ended.contains { noun in sentence.children(of: noun, ["prep"]).contains { sentence.lower($0) == "between" } }
        let betweenSides = (ended + frontiers).flatMap { noun in
            sentence.children(of: noun, ["prep"]).filter { sentence.lower($0) == "between" }.flatMap { between in
                sentence.children(of: between, ["pobj"]).flatMap { parties(at: $0, in: sentence) }
            }
        }.filter { $0.entity.kind != .place }
        var distinctSides = Set<Entity>()
        let namedSides = betweenSides.filter { distinctSides.insert($0.entity).inserted }
        if hostilities.isEmpty || namedSides.count == 2 {
            let sides = namedSides
            guard sides.count == 2 else { return [] }
            let truces = truceEnding(sides, by: truce, at: verb, in: sentence, construction: "an end to a fighting between its sides")
            // (Along a frontier, the noun's own pattern does not see the sides: the fighting is
            // presupposed here.)
            let fighting: [Candidate] = betweenNoun ? [] : pairwise(sides, by: pattern, at: verb, in: sentence, base: 0.5, construction: "a fighting between its sides, ended")
                .map { candidate in
                    var made = candidate.outright
                    made.speaker = nil
                    return made
                }
            return fighting + truces
        }
        var seen = Set<Entity>()
        var sides = subjects(of: verb, in: sentence).filter { $0.entity.kind != .place && seen.insert($0.entity).inserted }
        // ("We urge … to bring this terrible conflict to an end": the conflict the story told of,
        // between its two sides.)
        var toldBefore = false
        if sides.count < 2, hostilities.contains(where: { noun in
            sentence.children(of: noun, ["det"]).contains { ["the", "this"].contains(sentence.lower($0)) }
        }) {
            sides = sentence.disputants
            toldBefore = true
        }
        guard sides.count >= 2 else { return [] }
        let fighting = pairwise(sides, by: pattern, at: verb, in: sentence, base: 0.55, construction: "a fighting its sides are asked to end")
            .map { candidate in
                var made = candidate.outright
                made.speaker = nil
                // (A war the story told of before is said again in passing.)
                made.inPassing = toldBefore
                return made
            }
        let ending = truceEnding(sides, by: truce, at: verb, in: sentence, construction: "an end to the sides' fighting")
            .map { candidate in
                var made = candidate
                made.inPassing = toldBefore
                return made
            }
        return fighting + ending
    }

    /// The truce an ending verb makes between the sides, as committed as the verb.
    private func truceEnding(
        _ sides: [Mention], by pattern: RelationLexicon.Pattern, at verb: Int, in sentence: ParsedSentence, construction: String
    ) -> [Candidate] {
        pairwise(sides, by: pattern, at: verb, in: sentence, base: 0.5, construction: construction).map { candidate in
            var made = candidate
            made.speaker = nil
            made.relation.modality = endingModality(of: verb, made.relation.modality, in: sentence)
            return made
        }
    }

    /// "a diplomatic solution to end the conflict": an end a noun's infinitive names is sought,
    /// not yet done.
    private func endingModality(of verb: Int, _ modality: Modality, in sentence: ParsedSentence) -> Modality {
        guard modality == .asserted, ["relcl", "acl"].contains(sentence[verb].dep),
              sentence.children(of: verb, ["aux"]).contains(where: { sentence.lower($0) == "to" })
        else { return modality }
        return .advocated
    }
}
