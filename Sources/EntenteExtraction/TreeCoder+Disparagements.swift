import EntenteModel
import EntenteNLP

/// "the destabilising chaos of Russian mercenary group Wagner", "President Putin's full-scale
/// invasion", "brutal RSF atrocities", "Maduro held an illegitimate presidential inauguration": a
/// government's own statement that calls a party's act by a name of blame criticises the party.
/// Where the blame sits in a clause whose subject speaks ("The advisors discussed the DPRK's
/// illicit programs"), the criticism is the speakers'.
extension TreeCoder {
    /// Acts blamed by their very name.
    static let blamedActNouns: Set<String> = [
        "violation", "breach", "aggression", "atrocity", "provocation", "interference", "intimidation", "coercion", "repression",
        "crackdown", "brutality", "disinformation", "destabilisation", "destabilization", "chaos", "invasion",
    ]
    /// Acts whose "of" names their doer ("the chaos of Wagner"), not what they were done to.
    static let doerOfActNouns: Set<String> = ["chaos", "brutality", "atrocity", "aggression", "intimidation"]
    static let blamingAdjectives: Set<String> = reproachingAdjectives.union(disgraceAdjectives).union([
        "brutal", "malign", "illegitimate", "unprovoked", "barbaric", "heinous", "egregious", "wanton", "provocative",
        "aggressive", "coercive", "cynical", "fraudulent", "dangerous", "illicit",
    ])
    /// Verbs whose subject does the act named as their object ("held an illegitimate inauguration").
    static let doingVerbs: Set<String> = conductingVerbs.union(wrongdoingCarriers).union(["hold", "wage", "pursue", "continue", "engage"])
    /// Verbs whose subject speaks of the act rather than doing it.
    static let speakingOfVerbs: Set<String> = [
        "discuss", "note", "highlight", "emphasize", "emphasise", "underscore", "stress", "reiterate", "raise", "express", "address",
        "review", "affirm", "reaffirm", "recognize", "recognise", "acknowledge", "share",
    ]

    func disparagements(at noun: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard !sentence.authors.isEmpty, sentence[noun].pos == "NOUN", sentence.children(of: noun, ["neg"]).isEmpty else { return [] }
        let blamedByName = Self.blamedActNouns.contains(sentence.lemma(noun))
        let blamedByWord = sentence.children(of: noun, ["amod"]).contains { Self.blamingAdjectives.contains(sentence.lower($0)) }
        guard blamedByName || blamedByWord, let pattern = lexiconPattern(for: "criticises", frame: nil) else { return [] }
        let governor = sentence.ancestors(of: noun).first { ["VERB", "AUX"].contains(sentence[$0].pos) }
        var owners = preModifierParties(of: noun, in: sentence)
        if owners.isEmpty, Self.doerOfActNouns.contains(sentence.lemma(noun)) {
            owners = sentence.children(of: noun, ["prep"]).filter { sentence.lower($0) == "of" }.flatMap { phraseParties($0, in: sentence) }
        }
        var doneByTheSubject = false
        if owners.isEmpty, blamedByWord, sentence[noun].dep == "dobj", let verb = governor, sentence[noun].head == verb,
           Self.doingVerbs.contains(sentence.lemma(verb))
        {
            owners = subjects(of: verb, in: sentence)
            doneByTheSubject = true
        }
        owners = owners.filter { $0.entity.kind != .place }
        guard !owners.isEmpty else { return [] }
        // Who holds the blame: the first clause above with a named subject speaks for it when it
        // speaks of the act, and does the act otherwise (then no one named blames it); with none,
        // the authors.
        var holders: [Mention]? = nil
        for verb in sentence.ancestors(of: noun) where ["VERB", "AUX"].contains(sentence[verb].pos) {
            if speaker(of: verb, in: sentence) != nil { return [] }
            if doneByTheSubject, verb == governor { continue }
            let named = subjects(of: verb, in: sentence)
            // ("The national security advisors discussed the DPRK's provocations": speakers the
            // coder cannot name are still not the authors.)
            if named.isEmpty, Self.speakingOfVerbs.contains(sentence.lemma(verb)), !sentence.children(of: verb, ["nsubj"]).isEmpty {
                return []
            }
            guard !named.isEmpty else { continue }
            let authors = Set(sentence.authors.map(\.entity))
            if named.allSatisfy({ authors.contains($0.entity) }) { break }
            guard Self.speakingOfVerbs.contains(sentence.lemma(verb)) else { return [] }
            holders = named
            break
        }
        guard let holders else { return authorsHold(pattern, against: owners, at: noun, in: sentence, base: 0.55) }
        var found: [Candidate] = []
        for holder in holders {
            for owner in owners where owner.entity != holder.entity {
                if var candidate = make(holder, owner, pattern, noun, in: sentence, base: 0.55) {
                    candidate.relation.negated = false
                    found.append(candidate)
                }
            }
        }
        return found
    }
}
