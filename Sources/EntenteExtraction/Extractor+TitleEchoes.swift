import EntenteModel

extension Extractor {
    /// "Brian Nelson, the U.S. envoy, met with Erdogan": the state in a person's title is whom
    /// they hold it for, not a second party to what they do, nor one they do it with.
    /// A relation of the state that repeats the holder's (same predicate, same other party) is
    /// dropped, and so is a meeting the phrase rules read between the holder and the state.
    static func withoutTitleEchoes(_ candidates: [RelationCandidate], vocabulary: PredicateVocabulary) -> [RelationCandidate] {
        let holders = titleHoldings(in: candidates)
        guard !holders.isEmpty else { return candidates }
        let relations = Set(candidates.map { FactKey($0.subject.entity, $0.predicate, $0.object.entity) })
        return candidates.filter { candidate in
            if vocabulary[candidate.predicate]?.relationClass == .structural { return true }
            let subject = candidate.subject.entity
            let object = candidate.object.entity
            return !holders.contains { holder, state in
                // (A meeting the phrase rules read only: a leader may act on their own state,
                // "Serbian President Kostunica promised to democratize Serbia".)
                candidate.fromPhrase && TreeCoder.encounterPredicates.contains(candidate.predicate) && Set([subject, object]) == Set([holder, state])
                    || subject == state && relations.contains(FactKey(holder, candidate.predicate, object))
                    || object == state && relations.contains(FactKey(subject, candidate.predicate, holder))
            }
        }
    }

    /// "Hegseth is scheduled to … visit with U.S. troops": one who holds a title for a state is at
    /// home there, and no visitor to it. `titleStates` gathers the article's titles as it goes.
    static func withoutHomeVisits(_ candidates: [RelationCandidate], titleStates: inout [Entity: Set<Entity>]) -> [RelationCandidate] {
        for (holder, state) in titleHoldings(in: candidates) { titleStates[holder, default: []].insert(state) }
        return candidates.filter { candidate in
            !(candidate.predicate == "visits" && titleStates[candidate.subject.entity]?.contains(candidate.object.entity) == true)
        }
    }

    /// The people the candidates say hold a title for a state, with the state.
    static func titleHoldings(in candidates: [RelationCandidate]) -> [(holder: Entity, state: Entity)] {
        candidates.filter { titleHeldPredicates.contains($0.predicate) && $0.subject.entity.type == "person" && $0.object.entity.type == "state" }
            .map { (holder: $0.subject.entity, state: $0.object.entity) }
    }

    static let titleHeldPredicates: Set<String> = ["member_of", "leader_of"]
}

extension Extractor {
    /// "Will Pomeranz, director of the Wilson Center's Kennan Institute": one who holds a title in
    /// a body that is part of another holds it in the part, not in the whole.
    static func withoutOuterBodies(_ candidates: [RelationCandidate]) -> [RelationCandidate] {
        let parts = candidates.filter { $0.predicate == "part_of" && $0.object.entity.kind == .organisation }
            .map { (part: $0.subject.entity, whole: $0.object.entity) }
        guard !parts.isEmpty else { return candidates }
        let held = Set(candidates.filter { titleHeldPredicates.contains($0.predicate) }.map { [$0.subject.entity, $0.object.entity] })
        return candidates.filter { candidate in
            !(titleHeldPredicates.contains(candidate.predicate)
                && parts.contains { $0.whole == candidate.object.entity && held.contains([candidate.subject.entity, $0.part]) })
        }
    }
}

extension Extractor {
    /// "President Zelenskyy and the Ukrainian government … direct talks", "U.S. Central Command …
    /// with the United States": a state's own officer or body does not meet, talk to or work with
    /// the state it serves; the two are one side. Who serves whom: the dictionary's code, or a
    /// title or a part the sentence itself states.
    static func withoutOwnSide(_ candidates: [RelationCandidate]) -> [RelationCandidate] {
        let stated = Set(candidates.filter { ownSidePredicates.contains($0.predicate) }.map { [$0.subject.entity, $0.object.entity] })
        return candidates.filter { candidate in
            guard sameSidePredicates.contains(candidate.predicate) else { return true }
            let (subject, object) = (candidate.subject.entity, candidate.object.entity)
            return !(serves(subject, object) || serves(object, subject) || stated.contains([subject, object]) || stated.contains([object, subject]))
        }
    }

    static let sameSidePredicates: Set<String> = ["meets_with", "negotiates_with", "consults", "cooperates_with"]
    static let ownSidePredicates: Set<String> = titleHeldPredicates.union(["part_of"])
    /// The roles of a state's own people and bodies in the actor codes (UKRGOV, USAMIL).
    static let stateRoleCodes: Set<String> = ["GOV", "MIL", "LEG", "JUD", "SPY", "COP"]

    /// True when the party's dictionary code is the state in one of its own roles: UKRGOV for Ukraine.
    static func serves(_ party: Entity, _ state: Entity) -> Bool {
        guard party.type != "state", state.type == "state", let partyCode = party.cameo, let stateCode = state.cameo, stateCode.count == 3,
              partyCode.hasPrefix(stateCode)
        else { return false }
        return stateRoleCodes.contains(String(partyCode.dropFirst(3).prefix(3)))
    }
}
