import EntenteModel
import EntenteNLP

/// A party's act named with a word of blame or of praise. "the destabilising chaos of Russian
/// mercenary group Wagner", "President Putin's full-scale invasion", "Maduro held an illegitimate
/// presidential inauguration": a government's own statement criticises the party. "Norway has long
/// played a unique and valued role", "Egypt's essential leadership role": it praises the party.
/// Where the words sit in a clause whose subject speaks ("The advisors highlighted the DPRK's
/// illicit programs"), the judgement is the speakers'. (Not where they only discuss it: two who
/// discuss "Russia's invasion of Ukraine" talk about it, and readouts say so of every war.)
extension TreeCoder {
    /// Acts blamed by their very name.
    static let blamedActNouns: Set<String> = [
        "violation", "breach", "aggression", "atrocity", "provocation", "interference", "intimidation", "coercion", "repression",
        "crackdown", "brutality", "disinformation", "destabilisation", "destabilization", "chaos", "invasion", "threat",
    ]
    /// Acts whose "of" names their doer ("the chaos of Wagner"), not what they were done to.
    static let doerOfActNouns: Set<String> = ["chaos", "brutality", "atrocity", "aggression", "intimidation", "role", "leadership", "contribution"]
    static let blamingAdjectives: Set<String> = reproachingAdjectives.union(disgraceAdjectives).union([
        "brutal", "malign", "illegitimate", "unprovoked", "barbaric", "heinous", "egregious", "wanton", "provocative",
        "aggressive", "coercive", "cynical", "fraudulent", "dangerous", "illicit", "shocking", "horrific", "horrendous", "despicable",
        "indiscriminate", "senseless",
    ])
    /// A party's part in events, which a word of praise credits it with.
    static let creditedPartNouns: Set<String> = ["role", "leadership", "contribution", "commitment", "efforts", "effort"]
    static let praisingAdjectives: Set<String> = [
        "important", "essential", "vital", "valuable", "valued", "constructive", "unique", "crucial", "critical", "invaluable",
        "tireless", "outstanding", "steadfast", "generous", "integral", "instrumental", "pivotal", "exemplary", "commendable",
    ]
    /// Verbs whose subject does the act named as their object ("held an illegitimate inauguration").
    static let doingVerbs: Set<String> = conductingVerbs.union(wrongdoingCarriers).union(["hold", "wage", "pursue", "continue", "engage", "play"])
    /// Verbs whose subject speaks of the act rather than doing it.
    static let speakingOfVerbs: Set<String> = [
        "discuss", "note", "highlight", "emphasize", "emphasise", "underscore", "stress", "reiterate", "raise", "express", "address",
        "review", "affirm", "reaffirm", "recognize", "recognise", "acknowledge", "share", "agree", "assess", "conclude",
    ]

    func disparagements(at noun: Int, in sentence: ParsedSentence) -> [Candidate] {
        let blamedByName = Self.blamedActNouns.contains(sentence.lemma(noun))
        let blamedByWord = sentence.children(of: noun, ["amod"]).contains { Self.blamingAdjectives.contains(sentence.lower($0)) }
        guard blamedByName || blamedByWord, let pattern = lexiconPattern(for: "criticises", frame: nil) else { return [] }
        return judgedOwners(of: noun, byWordOnly: !blamedByName, pattern, in: sentence)
    }

    func commendations(at noun: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard Self.creditedPartNouns.contains(sentence.lemma(noun)),
              sentence.children(of: noun, ["amod"]).contains(where: { Self.praisingAdjectives.contains(sentence.lower($0)) }),
              let pattern = lexiconPattern(for: "praises", frame: nil)
        else { return [] }
        return judgedOwners(of: noun, byWordOnly: true, pattern, in: sentence)
    }

    /// The judgement `pattern` of the act `noun` names, held by whoever holds it against or for
    /// the act's owners.
    private func judgedOwners(of noun: Int, byWordOnly: Bool, _ pattern: RelationLexicon.Pattern, in sentence: ParsedSentence) -> [Candidate] {
        guard sentence[noun].pos == "NOUN", sentence.children(of: noun, ["neg"]).isEmpty else { return [] }
        let governor = sentence.ancestors(of: noun).first { ["VERB", "AUX"].contains(sentence[$0].pos) }
        var owners = preModifierParties(of: noun, in: sentence)
        if owners.isEmpty, Self.doerOfActNouns.contains(sentence.lemma(noun)) {
            owners = sentence.children(of: noun, ["prep"]).filter { sentence.lower($0) == "of" }.flatMap { phraseParties($0, in: sentence) }
        }
        // ("shocking attacks by the Syrian regime": the act's "by".)
        if owners.isEmpty {
            owners = sentence.children(of: noun, ["prep"]).filter { sentence.lower($0) == "by" }.flatMap { phraseParties($0, in: sentence) }
        }
        // ("the threat posed by Iran": the participle's agent.)
        if owners.isEmpty {
            owners = sentence.children(of: noun, ["acl"]).flatMap { sentence.children(of: $0, ["agent"]) }.flatMap { phraseParties($0, in: sentence) }
        }
        var doneByTheSubject = false
        if owners.isEmpty, byWordOnly, sentence[noun].dep == "dobj", let verb = governor, sentence[noun].head == verb,
           Self.doingVerbs.contains(sentence.lemma(verb))
        {
            owners = subjects(of: verb, in: sentence)
            doneByTheSubject = true
        }
        // ("Iran remains a threat to regional security": what the subject is called.)
        if owners.isEmpty, sentence[noun].dep == "attr", let verb = governor, sentence[noun].head == verb,
           ["be", "remain"].contains(sentence.lemma(verb))
        {
            owners = subjects(of: verb, in: sentence)
            doneByTheSubject = true
        }
        owners = owners.filter { $0.entity.kind != .place }
        // ("Lebanese Hizballah's provocations": the state that only describes the group owns nothing.)
        let describing = Set(sentence.range.filter { token in
            token < noun && ["amod", "compound", "nmod"].contains(sentence[token].dep) && sentence.ancestors(of: token).contains(noun)
                && sentence.mention(at: token)?.entity.type == "state"
                && sentence.mention(at: sentence[token].head).map { $0.entity.type != "state" && $0.entity.kind != .place } == true
        }.compactMap { sentence.mention(at: $0)?.entity })
        owners.removeAll { describing.contains($0.entity) }
        guard !owners.isEmpty else { return [] }
        // ("noted the United States' concern over China's dangerous actions": a judgement inside
        // an owned attitude is the attitude's owner's, which the attitude codes.)
        let attitudes = sentence.ancestors(of: noun).prefix { !["VERB", "AUX"].contains(sentence[$0].pos) }
        if attitudes.contains(where: { sentence[$0].pos == "NOUN" && !sentence.children(of: $0, ["poss"]).isEmpty && $0 != noun }) {
            return []
        }
        // Who holds the judgement: the first clause above with a named subject speaks for it when
        // it speaks of the act, and does the act otherwise (then no one named judges it); with
        // none, the authors.
        var holders: [Mention]? = nil
        for verb in sentence.ancestors(of: noun) where ["VERB", "AUX"].contains(sentence[verb].pos) {
            // ("The two ministers discussed Russia's invasion of Ukraine": they talk about it, and so
            // does one who reports their talk. A threat they discuss is one they name as such:
            // "discussed the threat posed by Iran".)
            if sentence.lemma(verb) == "discuss", sentence.lemma(noun) != "threat" { return [] }
            // ("Katz said Iran remains a threat": the one who says so.)
            if let speaker = speaker(of: verb, in: sentence) {
                holders = [speaker]
                break
            }
            if doneByTheSubject, verb == governor { continue }
            // ("Austin stressed that Hizballah's provocations threaten to drag …": the clause the
            // act is the subject of says what the act does; the one above speaks of it.)
            if verb == governor, sentence[noun].head == verb, Self.subjectLabels.contains(sentence[noun].dep) { continue }
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
        // (In a story no government tells, words no one named says are the reporter's.)
        // (A judgement in a word is said in passing: it does not read the sentence's own events.)
        guard let holders else {
            return sentence.authors.isEmpty ? [] : authorsHold(pattern, against: owners, at: noun, in: sentence, base: 0.55).map(\.saidInPassing)
        }
        var found: [Candidate] = []
        for holder in holders {
            // (A leader judges no act of their own state's.)
            for owner in owners where owner.entity != holder.entity && stateByCode(of: holder.entity) != owner.entity {
                if let candidate = make(holder, owner, pattern, noun, in: sentence, base: 0.55) {
                    found.append(candidate.outright.saidInPassing)
                }
            }
        }
        return found
    }
}
