import EntenteModel
import EntenteNLP

/// Appeals made without the verb "call on": a call renewed or addressed ("we reiterate our call
/// to the Georgian government to return"), progress urged on the sides of a negotiation ("we
/// encourage progress in the negotiations between the SDF and the government"), and a call
/// echoed ("we echo ECOWAS' calls", which backs ECOWAS).
extension TreeCoder {
    static let callNouns: Set<String> = ["call", "appeal"]
    /// Verbs that make, repeat or restate a call, whose subject is the caller.
    static let callingVerbs: Set<String> = [
        "reiterate", "renew", "repeat", "restate", "reaffirm", "make", "issue", "echo", "amplify", "join",
    ]
    /// Verbs that take up another's words as one's own: one who echoes a party's call backs it.
    static let echoingVerbs: Set<String> = ["echo", "amplify", "join", "second"]

    /// "We reiterate our call to the Georgian government to return", "renewed their calls for
    /// Russia to withdraw": the caller appeals to the one called on.
    func renewedCalls(at noun: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard Self.callNouns.contains(sentence.lemma(noun)), sentence[noun].dep == "dobj",
              let pattern = lexiconPattern(for: "appeals_to", frame: nil)
        else { return [] }
        let verb = sentence[noun].head
        guard sentence.range.contains(verb), sentence[verb].pos == "VERB", Self.callingVerbs.contains(sentence.lemma(verb)) else { return [] }
        // The one whose call it is: "our", "ECOWAS'", else the one who makes it.
        let owners = sentence.children(of: noun, ["poss"]).flatMap { parties(at: $0, in: sentence) }
        let callers = Self.echoingVerbs.contains(sentence.lemma(verb)) || owners.isEmpty ? subjects(of: verb, in: sentence) : owners
        // Those called on: "to"/"on" the call (or the verb, where the parser hangs it there), and
        // the subject of a "for … to" clause on the call.
        var called: [Mention] = []
        for head in [noun, verb] {
            for prep in sentence.children(of: head, ["prep"]) where ["to", "on", "upon"].contains(sentence.lower(prep)) {
                called += phraseParties(prep, in: sentence)
            }
        }
        for clause in sentence.children(of: noun, ["advcl", "acl", "relcl"])
        where sentence.children(of: clause, ["mark"]).contains(where: { sentence.lower($0) == "for" }) {
            called += sentence.children(of: clause, ["nsubj"]).flatMap { parties(at: $0, in: sentence) }
        }
        var found = relateEach(callers, to: called, by: pattern, at: verb, in: sentence, base: 0.65, construction: "a call renewed or addressed")
        // "We echo ECOWAS' calls for a return to constitutional order": the echo backs the caller.
        if Self.echoingVerbs.contains(sentence.lemma(verb)), !owners.isEmpty, let backing = lexiconPattern(for: "supports", frame: nil) {
            found += relateEach(subjects(of: verb, in: sentence), to: owners, by: backing, at: verb, in: sentence, base: 0.6, construction: "a call echoed")
        }
        return found
    }

    /// "We encourage further progress in the negotiations between the SDF and the Syrian
    /// Government", "urged talks between Kosovo and Serbia": whoever urges a negotiation appeals
    /// to its sides.
    func sidesUrged(at verb: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard Self.advocatingVerbs.contains(sentence.lemma(verb)), let pattern = lexiconPattern(for: "appeals_to", frame: nil) else { return [] }
        // The thing urged: the object, or the object of "call for".
        var urged = sentence.children(of: verb, ["dobj"])
        for prep in sentence.children(of: verb, ["prep"]) where sentence.lower(prep) == "for" {
            urged += sentence.children(of: prep, ["pobj"])
        }
        // ("urged Israel and Hamas to agree": a party urged directly is the call on-pattern's.)
        urged = urged.filter { sentence.mention(at: $0) == nil }
        var sides: [Mention] = []
        var frontier = urged
        for _ in 0..<3 where sides.isEmpty && !frontier.isEmpty {
            var next: [Int] = []
            for noun in frontier {
                for prep in sentence.children(of: noun, ["prep"]) {
                    if sentence.lower(prep) == "between" {
                        sides += phraseParties(prep, in: sentence)
                    } else if ["in", "of", "toward", "towards"].contains(sentence.lower(prep)) {
                        next += sentence.children(of: prep, ["pobj"])
                    }
                }
            }
            frontier = next
        }
        guard sides.count >= 2 else { return [] }
        return relateEach(subjects(of: verb, in: sentence), to: sides, by: pattern, at: verb, in: sentence, base: 0.6,
                          construction: "a negotiation urged on its sides")
    }
}

/// "called for both the Sudanese Armed Forces and the Rapid Support Forces to participate": one
/// who calls for a party to act appeals to it, wherever the verb's subject is found.
extension TreeCoder {
    func callsForOthersToAct(at verb: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard ["call", "appeal"].contains(sentence.lemma(verb)), sentence[verb].pos == "VERB", sentence.children(of: verb, ["neg"]).isEmpty,
              let pattern = lexiconPattern(for: "appeals_to", frame: nil)
        else { return [] }
        let called = sentence.children(of: verb, ["advcl", "ccomp", "xcomp"])
            .filter { clause in
                sentence.children(of: clause, ["mark"]).contains { sentence.lower($0) == "for" }
                    && sentence.children(of: clause, ["aux"]).contains { sentence.lower($0) == "to" }
            }
            .flatMap { sentence.children(of: $0, ["nsubj"]) }
            .flatMap { parties(at: $0, in: sentence) }
        return relateEach(subjects(of: verb, in: sentence), to: called, by: pattern, at: verb, in: sentence, base: 0.65,
                          construction: "a call for a party to act")
    }
}

/// "We expect the governments of Cambodia and Thailand to fully honor their commitments", "expects
/// Russia to withdraw its forces": an expectation that another party comply is a demand on it.
extension TreeCoder {
    /// Verbs of complying or undoing, which an expectation of another party demands.
    static let complyingVerbs: Set<String> = [
        "honor", "honour", "comply", "respect", "abide", "fulfil", "fulfill", "implement", "uphold", "adhere", "release", "withdraw",
        "cease", "stop", "end", "reverse", "return", "free", "allow", "lift",
    ]

    func expectations(at verb: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard sentence.lemma(verb) == "expect", sentence[verb].tag != "VBN", sentence.children(of: verb, ["neg"]).isEmpty,
              let pattern = lexiconPattern(for: "demands", frame: nil)
        else { return [] }
        // (The parser makes the one expected the object, or the subject of the infinitive.)
        let clauses = sentence.children(of: verb, ["xcomp", "ccomp"]).filter { clause in
            Self.complyingVerbs.contains(sentence.lemma(clause)) && sentence.children(of: clause, ["aux"]).contains { sentence.lower($0) == "to" }
        }
        let expected = (sentence.children(of: verb, ["dobj"]) + clauses.flatMap { sentence.children(of: $0, ["nsubj"]) })
            .flatMap { parties(at: $0, in: sentence) }
        guard !expected.isEmpty, !clauses.isEmpty else { return [] }
        return relateEach(subjects(of: verb, in: sentence), to: expected, by: pattern, at: verb, in: sentence, base: 0.6,
                          construction: "compliance expected of another")
    }
}

/// "Houthi militants ignored U.S. calls to stop attacking", "Hamas rejected Israel's demands":
/// a call answered, heeded or not, was made by its owner to the one who answers it.
extension TreeCoder {
    /// Verbs that answer a call, whose subject is the one called on.
    static let callAnsweringVerbs: Set<String> = [
        "ignore", "reject", "defy", "disregard", "dismiss", "rebuff", "heed", "answer", "accept", "flout", "spurn", "approve", "grant",
        "endorse", "deny", "decline", "respond",
    ]
    /// Verbs that grant a request, whose subject agrees with the one who asked.
    static let grantingVerbs: Set<String> = ["accept", "approve", "grant", "endorse", "heed"]
    /// Message nouns by the predicate their sender's act has.
    static let messagePredicates: [String: String] = [
        "call": "appeals_to", "appeal": "appeals_to", "plea": "appeals_to", "request": "appeals_to",
        "demand": "demands", "ultimatum": "demands",
    ]

    func callsAnswered(at verb: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard Self.callAnsweringVerbs.contains(sentence.lemma(verb)) else { return [] }
        var result: [Candidate] = []
        // ("has responded to a U.N. appeal": or the object of the verb's "to".)
        let answered = sentence.children(of: verb, ["dobj"])
            + sentence.children(of: verb, ["prep"]).filter { sentence.lower($0) == "to" }.flatMap { sentence.children(of: $0, ["pobj"]) }
        for message in answered {
            guard let predicate = Self.messagePredicates[sentence.lemma(message)], let pattern = lexiconPattern(for: predicate, frame: nil)
            else { continue }
            // (A call answered is made whatever the answer: the call is asserted.)
            let owners = namedOwners(of: message, in: sentence)
            let answering = subjects(of: verb, in: sentence)
            for var candidate in relateEach(owners, to: answering, by: pattern,
                                            at: message, in: sentence, base: 0.6, construction: "a call answered").map(\.outright) {
                candidate.speaker = nil
                result.append(candidate)
            }
            // ("has approved Somalia's request for a pause": the one who grants it agrees with the
            // one who asked.)
            if Self.grantingVerbs.contains(sentence.lemma(verb)), sentence.lemma(message) == "request",
               let agreeing = lexiconPattern(for: "agrees_with", frame: nil)
            {
                result += relateEach(answering, to: owners, by: agreeing, at: verb, in: sentence, base: 0.6, construction: "a request granted")
            }
        }
        return result
    }
}

/// "emphasized President Trump's call for an immediate ceasefire between Russia and Ukraine": a
/// call its owner is named with, for an event between two sides, appeals to each side.
extension TreeCoder {
    static let disputeSettlingNouns: Set<String> = [
        "ceasefire", "truce", "negotiation", "negotiations", "talk", "talks", "de-escalation", "deal", "agreement", "peace",
    ]

    func ownedCallsForEvents(at noun: Int, in sentence: ParsedSentence) -> [Candidate] {
        // ("We call for an immediate ceasefire in Gaza": the verb's subject calls.)
        let isCallingVerb = sentence[noun].pos == "VERB" && sentence.lemma(noun) == "call"
        guard Self.callNouns.contains(sentence.lemma(noun)) || isCallingVerb, let pattern = lexiconPattern(for: "appeals_to", frame: nil) else { return [] }
        // ("the call by President Biden, Emir Tamim and President el-Sisi")
        let callers = isCallingVerb ? subjects(of: noun, in: sentence).filter { $0.entity.kind != .place }
            : sentence.children(of: noun, ["poss"]).flatMap { parties(at: $0, in: sentence) }
                + sentence.children(of: noun, ["prep"]).filter { sentence.lower($0) == "by" }.flatMap { phraseParties($0, in: sentence) }
        guard !callers.isEmpty, sentence.children(of: noun, ["neg"]).isEmpty else { return [] }
        // (A verb's call that names its own parties is the lexicon's: "called for a ceasefire in
        // Lebanon, by Lebanese Hizballah and Israel".)
        if isCallingVerb, sentence.children(of: noun, ["prep", "dobj"]).contains(where: { child in
            sentence.lower(child) != "for" && !(sentence[child].dep == "prep" ? phraseParties(child, in: sentence) : parties(at: child, in: sentence)).isEmpty
        }) {
            return []
        }
        let events = sentence.children(of: noun, ["prep"]).filter { sentence.lower($0) == "for" }.flatMap { sentence.children(of: $0, ["pobj"]) }
        var sides: [Mention] = []
        for event in events where sides.isEmpty {
            for prep in sentence.children(of: event, ["prep"]) where sentence.lower(prep) == "between" && sides.isEmpty {
                sides = phraseParties(prep, in: sentence)
            }
        }
        // ("a call for the urgent resumption of negotiations": a truce or talks between the story's
        // two sides.)
        let forTheDispute = events.contains { event in
            ([event] + sentence.children(of: event, ["prep"]).filter { sentence.lower($0) == "of" }.flatMap { sentence.children(of: $0, ["pobj"]) })
                .contains { Self.disputeSettlingNouns.contains(sentence.lemma($0)) }
        }
        if sides.isEmpty, forTheDispute, !sentence.disputants.contains(where: { side in callers.contains { $0.entity == side.entity } }) {
            sides = sentence.disputants
        }
        guard Set(sides.map(\.entity)).count >= 2 else { return [] }
        // (The call is made, whatever becomes of the event.)
        let calls = relateEach(callers, to: sides, by: pattern, at: noun, in: sentence, base: 0.6, construction: "a call for an event between two sides")
            .map(\.outright)
        // ("President Trump's call for an immediate ceasefire": and the truce called for is
        // advocated between the sides.)
        // (The lexicon knows the truce's nouns, "cease-fire" split by the tokenizer among them.)
        let truces = events.filter { event in lexiconPatterns(at: event, in: sentence).contains { $0.predicate == "ceasefire_with" } }
        guard let truce = truces.first, let truceing = lexiconPattern(for: "ceasefire_with", frame: nil) else { return calls }
        var seen = Set<Entity>()
        let distinct = sides.filter { seen.insert($0.entity).inserted }
        let advocated = pairwise(distinct, by: truceing, at: truce, in: sentence, base: 0.5, construction: "a truce called for").map { candidate in
            var made = candidate
            made.relation.modality = .advocated
            made.relation.negated = false
            made.inPassing = true
            return made
        }
        return calls + advocated
    }
}

/// "Kenya deployed police to Haiti at the invitation of the Haitian government", "conducted the
/// strikes at the request of Somalia's federal government": the one who asked appealed to the one
/// who acted.
extension TreeCoder {
    static let requestNouns: Set<String> = ["request", "invitation", "behest", "bidding"]

    /// Who asked for the act a verb states, by its "at the request of" phrase.
    func requesters(of verb: Int, in sentence: ParsedSentence) -> [Mention] {
        let phrases = sentence.children(of: verb, ["prep"]).filter { sentence.lower($0) == "at" }
        let requests: [Int] = phrases.flatMap { sentence.children(of: $0, ["pobj"]) }.filter { Self.requestNouns.contains(sentence.lemma($0)) }
        var found: [Mention] = []
        for request in requests {
            found += sentence.children(of: request, ["poss"]).flatMap { parties(at: $0, in: sentence) }
            for of in sentence.children(of: request, ["prep"]) where sentence.lower(of) == "of" {
                found += phraseParties(of, in: sentence)
            }
        }
        return found.filter { $0.entity.kind != .place }
    }

    /// The appeals of those who asked for the act a verb states (`requesters(of:in:)`).
    func actsRequested(by askers: [Mention], at verb: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard !askers.isEmpty, let pattern = lexiconPattern(for: "appeals_to", frame: nil) else { return [] }
        return relateEach(askers, to: subjects(of: verb, in: sentence), by: pattern, at: verb, in: sentence, base: 0.6,
                          construction: "an act asked for").map(\.outright)
    }
}
