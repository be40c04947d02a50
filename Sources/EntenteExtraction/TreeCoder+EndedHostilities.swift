import EntenteModel
import EntenteNLP

/// "We urge the SAF and the RSF to end the fighting", "the two sides agreed to end the conflict":
/// parties asked or agreeing to end a fighting of no other named sides are fighting each other,
/// and that is asserted (as a ceasefire urged presupposes the war).
extension TreeCoder {
    static let hostilityEndingVerbs = endingVerbs.union(["cease"])
    static let hostilityStateNouns: Set<String> = ["fighting", "war", "conflict", "hostility", "violence", "clash", "bloodshed"]

    func hostilitiesEnded(at verb: Int, in sentence: ParsedSentence) -> [Candidate] {
        // ("bring this terrible conflict to an end")
        let broughtToAnEnd = sentence.lemma(verb) == "bring"
            && sentence.children(of: verb, ["prep"]).contains { to in
                sentence.lower(to) == "to" && sentence.children(of: to, ["pobj"]).contains { sentence.lower($0) == "end" }
            }
        guard Self.hostilityEndingVerbs.contains(sentence.lemma(verb)) || broughtToAnEnd,
              let pattern = lexiconPattern(for: "clashes_with", frame: nil)
        else { return [] }
        let hostilities = sentence.children(of: verb, ["dobj"]).filter { noun in
            Self.hostilityStateNouns.contains(sentence.lemma(noun))
                // (A fighting that names its own sides is the noun pattern's.)
                && !sentence.children(of: noun, ["prep"]).contains { sentence.lower($0) == "between" || sentence.lower($0) == "with" }
                && sentence.children(of: noun, ["poss"]).isEmpty
        }
        guard !hostilities.isEmpty else { return [] }
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
        return pairwise(sides, by: pattern, at: verb, in: sentence, base: 0.55, construction: "a fighting its sides are asked to end")
            .map { candidate in
                var made = candidate.outright
                made.speaker = nil
                // (A war the story told of before is said again in passing.)
                made.inPassing = toldBefore
                return made
            }
    }
}
