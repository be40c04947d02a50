import EntenteModel
import EntenteNLP

/// "We commend the ongoing efforts of US, Qatari and AU mediators", "Egypt's mediation efforts",
/// "the leadership of Türkiye in facilitating this Declaration", "Switzerland facilitated the
/// talks": a party named as a dispute's go-between mediates between its sides, those the sentence
/// names, else the two the story last reported fighting, talking or agreeing a truce.
extension TreeCoder {
    static let mediatorNouns: Set<String> = ["mediator", "mediation", "facilitator", "facilitation", "intermediary"]
    static let goBetweenVerbs: Set<String> = ["facilitate", "mediate", "broker", "host", "co-host", "convene"]
    /// What a go-between is credited with: "Türkiye's leadership in facilitating", "Egypt's role in this process".
    static let creditNouns: Set<String> = ["role", "leadership"]
    /// What a go-between's efforts are to do: "efforts to secure a ceasefire", "to broker a deal".
    static let securingVerbs: Set<String> = [
        "secure", "broker", "reach", "achieve", "mediate", "negotiate", "facilitate", "conclude", "find", "promote", "reduce", "ease",
        "defuse",
    ]
    /// Verbs that thank a party for what it did: the gratitude verbs but "credit", not measured here.
    static let creditingVerbs: Set<String> = thankingVerbs.subtracting(["credit"])
    /// Verbs whose subject owns the efforts they take: "has led major diplomatic efforts".
    static let effortLeadingVerbs: Set<String> = ["lead", "make", "spearhead", "redouble", "undertake"]
    /// What a go-between's efforts settle or calm: "efforts to promote peace and reduce tensions".
    static let effortObjects: Set<String> = disputeSettlingNouns.union(["tension", "tensions"])
    static let routeNouns: Set<String> = ["route", "path", "way", "road"]
    static let disputeProcessNouns: Set<String> = brokeredNouns.union(["process", "declaration", "breakthrough", "peace"])

    func mediations(at noun: Int, in sentence: ParsedSentence) -> [Candidate] {
        let lemma = sentence.lemma(noun)
        var mediators: [Mention] = []
        var process: Int?
        if Self.mediatorNouns.contains(lemma) {
            mediators = preModifierParties(of: noun, in: sentence) + doers(of: noun, in: sentence)
            // ("Egypt's mediation efforts": the owner of the efforts the mediation describes.)
            if mediators.isEmpty, sentence[noun].dep == "compound", sentence.range.contains(sentence[noun].head) {
                let efforts = sentence[noun].head
                mediators = preModifierParties(of: efforts, in: sentence) + doers(of: efforts, in: sentence)
            }
        } else if Self.creditNouns.contains(lemma) {
            // (The parser may hang "in facilitating" on the verb that credits the leadership.)
            let verb = sentence[noun].dep == "dobj" ? [sentence[noun].head] : []
            guard let credited = (sentence.children(of: noun, ["prep"]) + verb.flatMap { sentence.children(of: $0, ["prep"]) })
                .first(where: { sentence.lower($0) == "in" })
            else { return [] }
            let objects = sentence.children(of: credited, ["pcomp", "pobj"])
            let goBetween = objects.contains { object in
                // (Not "Ukraine's role in the peace process": a side has a role in its own.)
                Self.goBetweenVerbs.contains(sentence.lemma(object)) && sentence[object].tag == "VBG" || Self.mediatorNouns.contains(sentence.lemma(object))
            }
            guard goBetween else { return [] }
            process = objects.flatMap { [$0] + sentence.children(of: $0, ["dobj"]) }
                .first { Self.disputeProcessNouns.contains(sentence.lemma($0)) }
            mediators = preModifierParties(of: noun, in: sentence) + doers(of: noun, in: sentence)
        } else if ["effort", "efforts", "work"].contains(lemma),
                  // (The parser may hang "to secure" on the verb whose object the efforts are.)
                  let settling = (sentence.children(of: noun, ["acl", "relcl"])
                      + (sentence[noun].dep == "dobj" ? sentence.children(of: sentence[noun].head, ["advcl", "xcomp"]).filter { $0 > noun } : []))
                      .first(where: { Self.securingVerbs.contains(sentence.lemma($0)) }),
                  let settled = sentence.children(of: settling, ["dobj"]).first(where: { object in
                      Self.effortObjects.contains(sentence.lemma(object))
                          // ("diplomatic efforts to find a route to peace".)
                          || Self.routeNouns.contains(sentence.lemma(object)) && sentence.children(of: object, ["prep"]).contains { prep in
                              sentence.lower(prep) == "to" && sentence.children(of: prep, ["pobj"]).contains { Self.disputeSettlingNouns.contains(sentence.lemma($0)) }
                          }
                  })
        {
            // "the tireless efforts of the United States, Qatar and Egypt to secure a ceasefire".
            process = settled
            mediators = preModifierParties(of: noun, in: sentence) + doers(of: noun, in: sentence)
            // ("the United States has led major diplomatic efforts to find a route to peace": the
            // one who leads or makes them.)
            if mediators.isEmpty, sentence[noun].dep == "dobj", sentence.range.contains(sentence[noun].head),
               Self.effortLeadingVerbs.contains(sentence.lemma(sentence[noun].head))
            {
                mediators = subjects(of: sentence[noun].head, in: sentence)
            }
            // ("thanked Egypt for its unceasing efforts to promote peace": the one thanked for its own.)
            if mediators.isEmpty, sentence[noun].dep == "pobj", sentence.lower(sentence[noun].head) == "for",
               sentence.children(of: noun, ["poss"]).contains(where: { ["its", "their", "his", "her"].contains(sentence.lower($0)) }),
               case let verb = sentence[sentence[noun].head].head, sentence.range.contains(verb), Self.creditingVerbs.contains(sentence.lemma(verb))
            {
                mediators = sentence.children(of: verb, ["dobj"]).flatMap { parties(at: $0, in: sentence) }
            }
        } else if Self.disputeProcessNouns.contains(lemma), sentence[noun].dep == "dobj", sentence.range.contains(sentence[noun].head),
                  Self.goBetweenVerbs.contains(sentence.lemma(sentence[noun].head)), sentence[sentence[noun].head].pos == "VERB"
        {
            // "Switzerland facilitated the talks".
            process = noun
            mediators = subjects(of: sentence[noun].head, in: sentence)
        } else {
            return []
        }
        var seen = Set<Entity>()
        mediators = mediators.filter { $0.entity.kind != .place && seen.insert($0.entity).inserted }
        guard !mediators.isEmpty, let mediating = lexiconPattern(for: "mediates", frame: nil) else { return [] }
        let sides = sidesMediated(in: process, mediators: mediators, sentence: sentence)
        guard sides.count == 2 else { return [] }
        // (The go-between is credited with what it did, whatever the clause says of it.)
        return mediators.flatMap { mediator in
            sides.compactMap { make(mediator, $0, mediating, noun, in: sentence, base: 0.6)?.outright }
        }
    }

    /// The sides a mediation is between: those its process names ("talks between A and B"), else
    /// the story's last two disputants, never the mediators themselves.
    func sidesMediated(in process: Int?, mediators: [Mention], sentence: ParsedSentence) -> [Mention] {
        let named = process.map { process in
            sentence.children(of: process, ["prep"]).filter { sentence.lower($0) == "between" }.flatMap { phraseParties($0, in: sentence) }
        } ?? []
        let mediating = Set(mediators.map(\.entity))
        for sides in [named, sentence.disputants] {
            var seen = Set<Entity>()
            let distinct = sides.filter { $0.entity.kind != .place && seen.insert($0.entity).inserted }
            // (A side credited with a role in its own peace process is no go-between.)
            guard distinct.count == 2 else { continue }
            return distinct.contains { mediating.contains($0.entity) } ? [] : distinct
        }
        return []
    }

    /// The parties an "of" phrase names as doing what the noun says: "the efforts of US mediators",
    /// "the leadership of Türkiye".
    private func doers(of noun: Int, in sentence: ParsedSentence) -> [Mention] {
        sentence.children(of: noun, ["prep"]).filter { sentence.lower($0) == "of" }.flatMap { of in
            sentence.children(of: of, ["pobj"]).flatMap { object in
                Self.mediatorNouns.contains(sentence.lemma(object))
                    ? preModifierParties(of: object, in: sentence) : phraseParties(of, in: sentence)
            }
        }
    }
}
