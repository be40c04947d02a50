import EntenteModel
import EntenteNLP

/// "Sullivan met with Foreign Minister Wang Yi in Malta", "Blinken met with President Mirziyoyev
/// today in Tashkent, Uzbekistan": those who meet in a state not their own are visiting it.
extension TreeCoder {
    func meetingVisits(in found: [Candidate], sentence: ParsedSentence) -> [Candidate] {
        var result: [Candidate] = []
        var seen = Set<[Entity]>()
        // ("are set to sign an agreement at the Group of Seven summit in Italy": the gathering's place.)
        // (The parser hangs "at" on whichever verb of the clause; the gathering is the sentence's.)
        let gatheringPlaces = sentence.range
            .filter { sentence.lower($0) == "at" && sentence[$0].dep == "prep" && sentence[sentence[$0].head].pos == "VERB" }
            .flatMap { sentence.children(of: $0, ["pobj"]) }
            .filter { Self.gatheringNouns.contains(sentence.lemma($0)) }
            .flatMap { sentence.children(of: $0, ["prep"]) }
            .filter { sentence.lower($0) == "in" }
        for candidate in found where Self.gatheredPredicates.contains(candidate.relation.predicate) && !candidate.relation.negated {
            let relation = candidate.relation
            // ("met with Wang Yi in Malta": the parser may hang the place on either party.)
            let parties = [relation.subject.entity, relation.object.entity]
            let anchors: [Int] = [candidate.trigger] + sentence.range.filter { index in
                sentence.mention(at: index).map { parties.contains($0.entity) } ?? false
            }
            let phrases: [Int] = anchors.filter { sentence.range.contains($0) }
                .flatMap { sentence.children(of: $0, ["prep"]) }
                .filter { sentence.lower($0) == "in" }
                + (sentence.range.contains(candidate.trigger) ? gatheringPlaces : [])
            // (Not "discussed momentum in U.S.-Philippine defense ties": the place is the phrase's
            // own object, not a name describing it.)
            let places: [Mention] = phrases.filter { phrase in sentence.children(of: phrase, ["pobj"]).contains { sentence.mention(at: $0) != nil && !isPairName(sentence[$0].text) } }
                .flatMap { phraseParties($0, in: sentence) }
                .filter { $0.entity.kind == .place || $0.entity.type == "state" }
            guard let place = places.first, let host = state(containing: place.entity) else { continue }
            for party in [relation.subject, relation.object] {
                guard let home = homeState(of: party, among: found, in: sentence, isSubject: party.entity == relation.subject.entity),
                      home != host
                else { continue }
                // ("met in Tashkent": the state visited, as most annotations name it.)
                let visited = place.entity == host ? [place] : [stateMention(host, at: place)]
                for destination in visited where seen.insert([party.entity, destination.entity]).inserted {
                    var visit = candidate
                    visit.relation = RelationCandidate(
                        subject: party, predicate: "visits", object: destination, negated: false, modality: relation.modality,
                        confidence: relation.confidence * 0.8)
                    visit.pattern = "met in a place: \(candidate.pattern)"
                    visit.inPassing = true
                    result.append(visit)
                }
            }
        }
        return result
    }

    /// "U.S.-Philippine": two parties hyphened, a tie between them and no place.
    func isPairName(_ text: String) -> Bool {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "–" }).map(String.init)
        return parts.count == 2 && parts.allSatisfy { namedParty($0) != nil }
    }

    /// Acts between parties that take place where they gather: signing, negotiating, agreeing.
    static let summitActPredicates: Set<String> = ["signs_agreement_with", "negotiates_with", "agrees_with"]
    static let gatheredPredicates = encounterPredicates.union(summitActPredicates)
    static let gatheringNouns: Set<String> = [
        "summit", "meeting", "conference", "forum", "gathering", "session", "talk", "consultation", "dialogue", "ministerial",
    ]

    /// The state a party belongs to, when the dictionary or the sentence says: a state is its own;
    /// a person by the dictionary's code ("CHNGOV") or by a title the sentence gives them.
    func homeState(of party: Mention, among found: [Candidate], in sentence: ParsedSentence, isSubject: Bool) -> Entity? {
        if party.entity.type == "state" { return party.entity }
        guard party.entity.type == "person" else { return nil }
        if let state = stateByCode(of: party.entity) { return state }
        let titled = found.first { candidate in
            ["member_of", "leader_of"].contains(candidate.relation.predicate) && candidate.relation.subject.entity == party.entity
                && candidate.relation.object.entity.type == "state"
        }?.relation.object.entity
        // ("National Security Advisor Jake Sullivan met …" in a White House readout: the official
        // who meets, whom the publisher does not place elsewhere, is its own.)
        let authorStates = sentence.authors.filter { $0.entity.type == "state" }
        return titled ?? sentence.affiliations[party.entity] ?? (isSubject && authorStates.count == 1 ? authorStates[0].entity : nil)
    }

    /// The state the actor dictionary's code files an entity under ("CHNGOV" → China).
    func stateByCode(of entity: Entity) -> Entity? {
        guard let code = entity.cameo, code.count >= 3 else { return nil }
        return statesByISO3[String(code.prefix(3))]
    }

    func stateMention(_ state: Entity, at place: Mention) -> Mention {
        var mention = place
        mention.entity = state
        mention.role = nil
        return mention
    }
}

/// "Sullivan held a trilateral call with Akiba Takeo of Japan and Cho Tae-yong of the Republic of
/// Korea": in a meeting of three, those met also meet each other.
extension TreeCoder {
    static let jointMeetingWords: Set<String> = ["trilateral", "three-way", "quadrilateral", "multilateral"]

    func jointMeetings(in found: [Candidate], sentence: ParsedSentence) -> [Candidate] {
        guard sentence.range.contains(where: { Self.jointMeetingWords.contains(sentence.lower($0)) }) else { return [] }
        var result: [Candidate] = []
        let encounters = found.filter { Self.encounterPredicates.contains($0.relation.predicate) && !$0.relation.negated }
        for trigger in Set(encounters.map(\.trigger)) {
            let met = encounters.filter { $0.trigger == trigger }
            var seen = Set<Entity>()
            let others = met.map(\.relation.object).filter { seen.insert($0.entity).inserted }
            guard others.count >= 2, let first = met.first else { continue }
            for (one, other) in Self.pairs(of: others) where one.entity != first.relation.subject.entity && other.entity != first.relation.subject.entity {
                var candidate = first
                candidate.relation.subject = one
                candidate.relation.object = other
                candidate.pattern = "met together: \(first.pattern)"
                result.append(candidate)
            }
        }
        return result
    }
}

/// "Blinken met with Foreign Minister Al Sabah during his visit to Washington": a visit to the
/// host's own state is the guest's, whoever "his" was first read as.
extension TreeCoder {
    func visitsByGuests(_ found: [Candidate], sentence: ParsedSentence) -> [Candidate] {
        let met = found.filter { TreeCoder.encounterPredicates.contains($0.relation.predicate) && !$0.relation.negated }
        guard !met.isEmpty else { return found }
        return found.compactMap { candidate in
            guard candidate.relation.predicate == "visits", sentence.range.contains(candidate.trigger),
                  sentence.children(of: candidate.trigger, ["poss"]).contains(where: { sentence[$0].tag == "PRP$" }),
                  let visited = state(containing: candidate.relation.object.entity),
                  homeState(of: candidate.relation.subject, among: found, in: sentence, isSubject: true) == visited
            else { return candidate }
            let host = candidate.relation.subject.entity
            let guests = met.filter { [$0.relation.subject.entity, $0.relation.object.entity].contains(host) }
                .flatMap { [$0.relation.subject, $0.relation.object] }
                .filter { $0.entity != host && $0.entity.type == "person" }
            // (No one travels to their own state; with no guest to give it to, the visit goes.)
            guard let guest = guests.first, let home = homeState(of: guest, among: found, in: sentence, isSubject: false), home != visited
            else { return nil }
            var moved = candidate
            moved.relation.subject = guest
            return moved
        }
    }
}
