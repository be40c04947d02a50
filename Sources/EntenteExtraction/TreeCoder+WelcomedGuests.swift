import EntenteModel
import EntenteNLP

/// "we are honoured to welcome President Maia Sandu to the United Kingdom", "welcomed the Emir to
/// Washington": a guest welcomed to a place visits it.
extension TreeCoder {
    func guestsWelcomed(at verb: Int, in sentence: ParsedSentence) -> [Candidate] {
        let hosting = ["host", "receive"].contains(sentence.lemma(verb))
        guard sentence.lemma(verb) == "welcome" || hosting, sentence[verb].pos == "VERB", let pattern = lexiconPattern(for: "visits", frame: nil)
        else { return [] }
        let guests = sentence.children(of: verb, ["dobj"]).flatMap { parties(at: $0, in: sentence) }
            // ("to host our forces in Somalia": forces based are no guests.)
            .filter { $0.entity.type == "person" || $0.entity.type == "state" && !hosting }
        // ("hosted Foreign Minister Wang Yi for an official visit today in Washington": a guest
        // hosted in a place visits it, the place hung on the verb or on the visit.)
        let visitNouns = sentence.children(of: verb, ["prep"]).filter { sentence.lower($0) == "for" }
            .flatMap { sentence.children(of: $0, ["pobj"]) }.filter { ["visit", "trip"].contains(sentence.lemma($0)) }
        let phrases = hosting
            ? ([verb] + visitNouns).flatMap { sentence.children(of: $0, ["prep"]) }.filter { sentence.lower($0) == "in" }
            : sentence.children(of: verb, ["prep", "dative"]).filter { sentence.lower($0) == "to" }
        // (Not "welcomed him to the Pentagon": a state's institution is no place visited.)
        let places: [Mention] = phrases.flatMap { phraseParties($0, in: sentence) }.filter { place in
            place.entity.kind == .place || place.entity.type == "state" && place.role == nil
        }
        guard let place = places.first else { return [] }
        let visits: [Candidate] = guests.filter { $0.entity != place.entity }.compactMap { guest in
            guard var candidate = make(guest, place, pattern, verb, in: sentence, base: 0.65) else { return nil }
            candidate.pattern = "a guest welcomed to a place"
            // (The welcome leaves the sentence's meetings to the phrase rules.)
            candidate.inPassing = true
            return candidate
        }
        // "… to the United Kingdom for meetings with Prime Minister Keir Starmer and His Majesty
        // King Charles III": the guest meets those the meetings are with.
        let meetings = sentence.children(of: verb, ["prep"]).filter { sentence.lower($0) == "for" }
            .flatMap { sentence.children(of: $0, ["pobj"]) }.filter { Self.gatheringNouns.contains(sentence.lemma($0)) }
        let hosts = meetings.flatMap { sentence.children(of: $0, ["prep"]) }.filter { sentence.lower($0) == "with" }
            .flatMap { phraseParties($0, in: sentence) }.filter { $0.entity.kind != .place }
        guard let meeting = meetings.first, !hosts.isEmpty, let meets = lexiconPattern(for: "meets_with", frame: nil) else { return visits }
        return visits + guests.flatMap { guest in
            hosts.filter { $0.entity != guest.entity }.compactMap { host -> Candidate? in
                guard var candidate = make(guest, host, meets, meeting, in: sentence, base: 0.65) else { return nil }
                candidate.pattern = "a guest welcomed for meetings"
                return candidate
            }
        }
    }
}
