import EntenteModel
import EntenteNLP

/// "Blinken said Russia is committing war crimes in Ukraine", "Power said the SAF and the RSF are
/// blocking aid deliveries": whoever reports another party's armed or violent act accuses it.
extension TreeCoder {
    /// Acts whose report holds their doer to account: force used on another, not a legal measure
    /// and not fighting both sides do.
    static let wrongfulPredicates: Set<String> = [
        "assaults", "abducts", "bombs", "kills", "uses_mass_violence_against", "attacks", "shells", "strikes_from_air",
    ]
    /// Words that judge the act they name: the wrongs' vocabulary without the words that only
    /// report an act ("attacked", "killed"), since an official who reports an airstrike on their own
    /// province accuses no one by it.
    static let judgingWrongWords: Set<String> = wrongdoingVerbs.union(wrongdoingNouns).union(["commit", "perpetrate"])
        .subtracting(["kill", "killing", "attack", "strike", "bombardment", "shelling", "violence"])
    /// Verbs that wrong those an aid noun serves: "blocking aid deliveries".
    static let obstructingVerbs: Set<String> = ["block", "obstruct", "impede", "hinder", "restrict", "loot", "divert"]
    static let servedNouns: Set<String> = ["aid", "delivery", "access", "assistance", "convoy", "relief", "supply", "shipment"]

    /// Accusations by the speakers of the wrongful acts coded in a sentence.
    func reportedWrongs(in found: [Candidate], sentence: ParsedSentence) -> [Candidate] {
        guard let pattern = reportedWrongPattern else { return [] }
        var result: [Candidate] = []
        var seen = Set<[Entity]>()
        for candidate in found {
            let relation = candidate.relation
            guard Self.wrongfulPredicates.contains(relation.predicate), !relation.negated,
                  [.asserted, .reported].contains(relation.modality),
                  Self.judgingWrongWords.contains(sentence.lemma(candidate.trigger))
                      || sentence.ancestors(of: candidate.trigger).prefix(2).contains(where: { Self.judgingWrongWords.contains(sentence.lemma($0)) }),
                  let speaker = candidate.speaker
            else { continue }
            if let accusation = accusation(by: speaker, of: relation.subject, at: candidate.trigger, with: pattern, in: sentence),
               seen.insert([speaker.entity, relation.subject.entity]).inserted
            {
                result.append(accusation)
            }
        }
        return result
    }

    /// "Power said the SAF and the RSF are blocking aid deliveries": a wrong done to no party named,
    /// reported by a speaker.
    func reportedObstructions(at verb: Int, in sentence: ParsedSentence) -> [Candidate] {
        let lemma = sentence.lemma(verb)
        let objects = sentence.children(of: verb, ["dobj"]).flatMap { [$0] + sentence.children(of: $0, ["conj"]) }
        let wrongs = Self.judgingWrongWords.contains(lemma) && !Self.wrongdoingCarriers.contains(lemma)
            || Self.wrongdoingCarriers.contains(lemma) && objects.contains { Self.judgingWrongWords.contains(sentence.lemma($0)) }
            || Self.obstructingVerbs.contains(lemma) && objects.contains { object in
                Self.servedNouns.contains(sentence.lemma(object))
                    || sentence.children(of: object, ["compound", "amod"]).contains { Self.servedNouns.contains(sentence.lemma($0)) }
            }
        guard wrongs, sentence.children(of: verb, ["neg"]).isEmpty, let speaker = speaker(of: verb, in: sentence) ?? finder(of: verb, in: sentence),
              let pattern = reportedWrongPattern
        else { return [] }
        return subjects(of: verb, in: sentence).compactMap { doer in
            accusation(by: speaker, of: doer, at: verb, with: pattern, in: sentence)
        }
    }

    /// Verbs of reaching a finding: "I concluded that members of the SAF and the RSF had committed
    /// war crimes", "determined that the RSF had committed genocide".
    static let findingVerbs: Set<String> = ["conclude", "determine", "find", "assess", "judge", "establish"]

    /// Who found that the clause is so.
    private func finder(of clause: Int, in sentence: ParsedSentence) -> Mention? {
        let head = sentence[clause].head
        guard sentence[clause].dep == "ccomp", head != clause, sentence.range.contains(head),
              Self.findingVerbs.contains(sentence.lemma(head)), sentence.children(of: head, ["neg"]).isEmpty
        else { return nil }
        return subjects(of: head, in: sentence).first.map(governing)
    }

    private func accusation(
        by speaker: Mention, of doer: Mention, at trigger: Int, with pattern: RelationLexicon.Pattern, in sentence: ParsedSentence
    ) -> Candidate? {
        // (The doer's own report is no accusation, nor is a place's or one it speaks for.)
        guard speaker.entity != doer.entity, speaker.entity.kind != .place, doer.entity.kind != .place,
              var candidate = make(speaker, doer, pattern, trigger, in: sentence, base: 0.55)
        else { return nil }
        candidate.relation.negated = false
        candidate.relation.modality = .asserted
        candidate.speaker = nil
        return candidate
    }

    private var reportedWrongPattern: RelationLexicon.Pattern? {
        RelationLexicon.Pattern(steps: [], text: "a wrong reported by another", predicate: "accuses", frame: .verb)
    }
}
