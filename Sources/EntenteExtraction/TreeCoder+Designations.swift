import EntenteModel
import EntenteNLP

/// "The State Department designated Viv Ansanm as a Foreign Terrorist Organization": labelling a
/// party a terrorist (CAMEO 112), which a government's designation also turns into sanctions.
extension TreeCoder {
    static let designatingVerbs: Set<String> = ["designate", "list", "label", "brand", "declare", "classify", "blacklist", "proscribe"]
    static let designatingNouns: Set<String> = ["designation", "listing", "proscription", "blacklisting"]
    /// Designations that are legal acts with penalties, not words alone.
    static let sanctioningWords: Set<String> = ["designate", "designation", "list", "listing", "blacklist", "blacklisting", "proscribe", "proscription"]

    /// What a party is listed for: "for its involvement in", "for their role in".
    static let conductNouns: Set<String> = [
        "involvement", "role", "participation", "support", "conduct", "activity", "activities", "action", "actions",
        "complicity", "responsibility", "ties", "link", "links",
    ]
    /// The legal authority a listing is made under: "under Executive Order 14024".
    static let authorityNouns: Set<String> = ["order", "section", "authority", "act", "e.o.", "regulation", "regulations"]

    func designations(at word: Int, in sentence: ParsedSentence) -> [Candidate] {
        let lemma = sentence.lemma(word)
        let isVerb = sentence[word].pos == "VERB" && Self.designatingVerbs.contains(lemma)
        let isNoun = sentence[word].pos == "NOUN" && Self.designatingNouns.contains(lemma)
        guard isVerb || isNoun else { return [] }
        // The designated parties: the verb's object (the passive's subject), or the noun's "of" phrase.
        let passive = isVerb && !sentence.children(of: word, ["nsubjpass", "auxpass"]).isEmpty
        let designatedWords = isVerb
            ? sentence.children(of: word, passive ? ["nsubjpass"] : ["dobj"])
            : ofObjects(of: word, in: sentence)
        let designated = designatedWords.flatMap { parties(at: $0, in: sentence) }
        guard !designated.isEmpty else { return [] }
        // "as Foreign Terrorist Organizations": the label, on the trigger or on the designated phrase.
        // ("announced the designation of X as …": the parser may hang the label from the verb.)
        let governing = isNoun && sentence[word].dep == "dobj" && sentence.range.contains(sentence[word].head) ? [sentence[word].head] : []
        let labels = ([word] + designatedWords + governing).flatMap { holder in
            sentence.children(of: holder, ["prep"]).filter { sentence.lower($0) == "as" }
        }
        // ("the designation of Ansarallah, commonly referred to as the Houthis, as a Foreign Terrorist
        // Organization": the parser may hang the label on the aside; a later "as" of the sentence still labels.)
        let laterLabels = sentence.range.filter { $0 > word && sentence.lower($0) == "as" && sentence[$0].dep == "prep" }
        let asTerrorists = (labels + laterLabels).contains(where: { namesTerror(under: $0, in: sentence) })
        // "designating Russia's FSB for its involvement in …", "designated pursuant to E.O. 13224":
        // a listing with penalties, for conduct or under a legal authority, names no label.
        let forConduct = isVerb && Self.sanctioningWords.contains(lemma)
            && sentence.children(of: word, ["prep"]).contains { prep in
                let objects = sentence.children(of: prep, ["pobj"]).map { sentence.lemma($0) }
                return sentence.lower(prep) == "for" && objects.contains(where: Self.conductNouns.contains)
                    || sentence.lower(prep) == "pursuant" || sentence.lower(prep) == "under" && objects.contains(where: Self.authorityNouns.contains)
            }
        // ("The UK has designated four Iranian military officials": a government's listing with no
        // label at all is a sanction.)
        let plainListing = isVerb && Self.sanctioningWords.contains(lemma) && labels.isEmpty && laterLabels.isEmpty
            && !sentence.authors.isEmpty
        guard asTerrorists || forConduct || plainListing else { return [] }
        // Who designates: the verb's subject or agent; the noun's possessor, else the subject of the
        // verb that announces it ("I am announcing the designation of …").
        var designators: [Mention]
        if isVerb {
            designators = passive
                ? sentence.children(of: word, ["agent"]).flatMap { phraseParties($0, in: sentence) }
                : subjects(of: word, in: sentence)
        } else {
            designators = sentence.children(of: word, ["poss"]).flatMap { parties(at: $0, in: sentence) }
            if designators.isEmpty, sentence[word].dep == "dobj", sentence.range.contains(sentence[word].head) {
                designators = subjects(of: sentence[word].head, in: sentence)
            }
        }
        var predicates = asTerrorists ? ["labels_as_terrorists"] : []
        if Self.sanctioningWords.contains(lemma) { predicates.append("sanctions") }
        var found: [Candidate] = []
        for designator in designators {
            for party in designated {
                for predicate in predicates {
                    let text = predicate == "labels_as_terrorists" ? "designate X as terrorist" : "designate X"
                    let pattern = RelationLexicon.Pattern(steps: [], text: text, predicate: predicate, frame: .verb)
                    if let candidate = make(designator, party, pattern, word, in: sentence, base: 0.75) { found.append(candidate) }
                }
            }
        }
        return found
    }

    /// True when the phrase under `prep` names terrorism: "as a Foreign Terrorist Organization".
    private func namesTerror(under prep: Int, in sentence: ParsedSentence) -> Bool {
        var pending = sentence.children(of: prep)
        var seen = 0
        while let next = pending.popLast(), seen < 24 {
            seen += 1
            if sentence.lower(next).hasPrefix("terror") { return true }
            pending += sentence.children(of: next)
        }
        return false
    }
}
