import EntenteModel
import EntenteNLP

/// "a visit to Germany aimed at strengthening bilateral relations", "will travel to Jamaica to
/// advance bilateral cooperation", and after a visit "The talks will strengthen bilateral ties": a
/// bilateral tie named beside a visit or a meeting is the tie of the two states that meet.
extension TreeCoder {
    /// Visits and meetings: the two sides a bilateral tie beside them belongs to.
    static let bilateralOccasions: Set<String> = encounterPredicates.union(["visits"])

    func bilateralTies(in found: [Candidate], sentence: ParsedSentence) -> [Candidate] {
        let ties = sentence.range.filter { isBilateralTie($0, in: sentence) }
        guard !ties.isEmpty else { return [] }
        var result: [Candidate] = []
        for tie in ties {
            // ("discussed issues in the bilateral relationship": only a tie being built up.)
            guard let verb = sentence.ancestors(of: tie).prefix(4).first(where: { ["VERB", "AUX"].contains(sentence[$0].pos) }),
                  Self.tieBuildingVerbs.contains(sentence.lemma(verb)),
                  let sides = between(of: tie, in: sentence) ?? bilateralSides(in: found, sentence: sentence)
            else { continue }
            let armed = sentence.children(of: tie, ["compound", "nmod", "amod"]).contains { Self.armedTieWords.contains(sentence.lemma($0)) }
            guard let pattern = lexiconPattern(for: armed ? "cooperates_militarily_with" : "cooperates_with", frame: nil),
                  var candidate = make(sides.0, sides.1, pattern, tie, in: sentence, base: 0.5)
            else { continue }
            candidate.pattern = "a bilateral tie beside a visit or a meeting"
            result.append(candidate)
        }
        return result
    }

    /// Verbs that build a tie up.
    static let tieBuildingVerbs: Set<String> = [
        "strengthen", "advance", "deepen", "boost", "enhance", "expand", "promote", "bolster", "improve", "develop", "build",
        "foster", "consolidate", "reinforce", "further", "solidify", "broaden", "elevate", "intensify", "upgrade", "grow", "cement",
    ]

    /// "bilateral relations between the two nations": the two the phrase names, as states.
    private func between(of tie: Int, in sentence: ParsedSentence) -> (Mention, Mention)? {
        for prep in sentence.children(of: tie, ["prep"]) where sentence.lower(prep) == "between" {
            let states = asStates(phraseParties(prep, in: sentence), found: [], in: sentence)
            if states.count == 2, states[0].entity != states[1].entity { return (states[0], states[1]) }
        }
        return nil
    }

    /// A tie noun called bilateral (itself, or the tie it is coordinated with: "bilateral ties
    /// and cooperation") that names no party of its own but by "between".
    private func isBilateralTie(_ noun: Int, in sentence: ParsedSentence) -> Bool {
        guard sentence[noun].pos == "NOUN", Self.sharedTieNouns[sentence.lemma(noun)] != nil else { return false }
        let described = sentence[noun].dep == "conj" && sentence.range.contains(sentence[noun].head) ? [noun, sentence[noun].head] : [noun]
        guard described.contains(where: { tie in
            sentence.children(of: tie, ["amod", "compound"]).contains { sentence.lower($0) == "bilateral" }
        }) else { return false }
        let owned = !sentence.children(of: noun, ["poss"]).isEmpty
            || sentence.children(of: noun, ["prep"]).contains { prep in
                ["with", "among", "to"].contains(sentence.lower(prep)) && !phraseParties(prep, in: sentence).isEmpty
            }
        return !owned
    }

    /// The two states of the sentence's visit or meeting, else of the meeting the sentence before
    /// reported; a person stands for the state the dictionary files them under.
    private func bilateralSides(in found: [Candidate], sentence: ParsedSentence) -> (Mention, Mention)? {
        let occasion = found.first { candidate in
            Self.bilateralOccasions.contains(candidate.relation.predicate) && !candidate.relation.negated
        }
        let pair: [Mention]
        if let occasion {
            pair = [occasion.relation.subject, occasion.relation.object]
        } else if sentence.sentencesSinceEncounter <= 1, sentence.encounter.count == 2 {
            pair = sentence.encounter
        } else {
            return nil
        }
        let states = asStates(pair, found: found, in: sentence)
        guard states.count == 2, states[0].entity != states[1].entity else { return nil }
        return (states[0], states[1])
    }

    /// States as they are, and each person as the state they serve ("Kenyan President William
    /// Ruto"), by the dictionary or the sentence, not by the publisher.
    private func asStates(_ pair: [Mention], found: [Candidate], in sentence: ParsedSentence) -> [Mention] {
        pair.compactMap { side -> Mention? in
            if side.entity.type == "state" { return side }
            return homeState(of: side, among: found, in: sentence, isSubject: false).map { stateMention($0, at: side) }
        }
    }
}
