import EntenteModel
import EntenteNLP

/// Places a journey passed through: "returned from a trip to the Indo-Pacific, with stops in Papua
/// New Guinea and Australia"; "concluded his engagements in Laos today, where he attended the
/// ADMM-Plus". The traveller visits each.
extension TreeCoder {
    static let stopNouns: Set<String> = ["stop", "stopover"]
    /// Verbs of taking part, whose subject is present where a "where" clause puts them.
    static let attendingVerbs: Set<String> = ["attend", "participate", "join", "address", "deliver", "host", "co-host", "chair", "speak"]

    func stops(at noun: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard Self.stopNouns.contains(sentence.lemma(noun)), let pattern = lexiconPattern(for: "visits", frame: nil) else { return [] }
        // ("made stops in": the parser may hang the place on the light verb.)
        let holders = [noun] + (sentence[noun].dep == "dobj" ? [sentence[noun].head] : [])
        let places = holders.flatMap { sentence.children(of: $0, ["prep"]) }.filter { sentence.lower($0) == "in" }
            .flatMap { phraseParties($0, in: sentence) }.filter { $0.entity.kind == .place || $0.entity.type == "state" }
        guard !places.isEmpty, let verb = governingVerb(of: noun, in: sentence) else { return [] }
        let travellers = subjects(of: verb, in: sentence).filter { $0.entity.kind != .place }
        return visits(by: travellers, to: places, pattern: pattern, at: noun, in: sentence, construction: "stops in a place")
    }

    /// "…, where he attended the summit": the place the clause hangs on, and the one who attends.
    func attendedWhere(at verb: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard Self.attendingVerbs.contains(sentence.lemma(verb)),
              let whereWord = sentence.children(of: verb, ["advmod"]).first(where: { sentence.lower($0) == "where" }),
              let pattern = lexiconPattern(for: "visits", frame: nil)
        else { return [] }
        // (The parser may hang the clause on a date after the place: "in Laos today, where", "in
        // Cambodia on Monday, where".)
        var cursor = whereWord - 1
        while sentence.range.contains(cursor), sentence.mention(at: cursor) == nil,
              [",", "on"].contains(sentence.lower(cursor)) || sentence[cursor].entityType == "DATE", whereWord - cursor <= 5 {
            cursor -= 1
        }
        guard sentence.range.contains(cursor), let place = sentence.mention(at: cursor),
              place.entity.kind == .place || place.entity.type == "state"
        else { return [] }
        let attendees = subjects(of: verb, in: sentence).filter { $0.entity.kind != .place }
        return visits(by: attendees, to: [place], pattern: pattern, at: verb, in: sentence, construction: "attended where")
    }

    /// Each traveller's visit to each place (`relateEach` relates no places).
    private func visits(
        by travellers: [Mention], to places: [Mention], pattern: RelationLexicon.Pattern, at trigger: Int, in sentence: ParsedSentence,
        construction: String
    ) -> [Candidate] {
        travellers.flatMap { traveller in
            places.compactMap { place -> Candidate? in
                guard traveller.entity != place.entity, var candidate = make(traveller, place, pattern, trigger, in: sentence, base: 0.6) else { return nil }
                candidate.pattern = construction
                return candidate
            }
        }
    }
}
