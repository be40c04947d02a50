import EntenteModel
import EntenteNLP

/// "Ukrainian positions came under attack from Russian forces", "the city came under heavy
/// shelling by Russian troops": the clause's subject is the target and the phrase names the
/// attacker, the reverse of the usual order.
extension TreeCoder {
    static let underFireNouns: [String: String] = [
        "attack": "attacks", "fire": "attacks", "assault": "attacks", "strike": "attacks", "shelling": "shells",
        "bombardment": "shells", "bombing": "bombs",
    ]
    static let underFireVerbs: Set<String> = ["come", "be", "remain", "fall"]

    func underFire(at noun: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard let predicate = Self.underFireNouns[sentence.lemma(noun)], sentence[noun].dep == "pobj" else { return [] }
        let under = sentence[noun].head
        guard sentence.range.contains(under), sentence.lower(under) == "under" else { return [] }
        let verb = sentence[under].head
        guard verb != under, sentence.range.contains(verb), Self.underFireVerbs.contains(sentence.lemma(verb)),
              let pattern = lexiconPattern(for: predicate)
        else { return [] }
        // "came under Russian fire": or the state that describes the fire.
        let attackers = [noun, verb].flatMap { sentence.children(of: $0, ["prep", "agent"]) }
            .filter { ["from", "by"].contains(sentence.lower($0)) }
            .flatMap { phraseParties($0, in: sentence) }
            + sentence.children(of: noun, ["amod", "compound"]).compactMap { sentence.mention(at: $0) }
        let targets = subjects(of: verb, in: sentence)
        return attackers.flatMap { attacker in
            targets.compactMap { target in
                guard attacker.entity != target.entity, var candidate = make(attacker, target, pattern, noun, in: sentence, base: 0.7)
                else { return nil }
                candidate.pattern = "came under \(sentence.lower(noun)) from X"
                return candidate
            }
        }
    }
}

/// "Russian airstrikes killed two people in southern Ukraine's Kherson province": strikes that
/// harm people or things in a state attack that state.
extension TreeCoder {
    static let harmingVerbs: Set<String> = ["kill", "wound", "injure", "hit", "destroy", "damage", "level", "flatten"]

    func harmfulStrikes(at noun: Int, in sentence: ParsedSentence) -> [Candidate] {
        let verb = sentence[noun].head
        guard EntityRecognizer.strikeNouns.contains(sentence.lower(noun)), sentence[noun].dep == "nsubj", verb != noun,
              sentence.range.contains(verb), Self.harmingVerbs.contains(sentence.lemma(verb)),
              let pattern = lexiconPattern(for: "attacks")
        else { return [] }
        let strikers = sentence.children(of: noun, ["amod", "compound", "poss"]).compactMap { sentence.mention(at: $0) }
            .filter { $0.entity.kind != .place }
        let places = sentence.children(of: verb, ["prep"]).filter { sentence.lower($0) == "in" }.flatMap { phraseParties($0, in: sentence) }
            + sentence.children(of: verb, ["dobj"]).compactMap { sentence.mention(at: $0) }
        // ("in southern Ukraine's Kherson province": a place the gazetteer does not know lies where
        // the sentence puts it.)
        let placed = placements(in: sentence)
        let states = places.map { place -> Mention in
            let within = state(containing: place.entity) ?? placed.first { $0.relation.subject.entity == place.entity && $0.relation.object.entity.type == "state" }?.relation.object.entity
            guard let within else { return place }
            var target = place
            target.entity = within
            target.role = nil
            return target
        }
        var seen = Set<[Entity]>()
        return strikers.flatMap { striker in
            states.compactMap { target in
                guard striker.entity != target.entity, seen.insert([striker.entity, target.entity]).inserted,
                      var candidate = make(striker, target, pattern, noun, in: sentence, base: 0.65)
                else { return nil }
                candidate.pattern = "X's strikes harmed in Y"
                return candidate
            }
        }
    }
}

/// "U.S. citizens wrongfully detained in Russia": those held in a state, with no one named as
/// holding them, are held by that state.
extension TreeCoder {
    static let detainingParticiples: Set<String> = ["detained", "held", "imprisoned", "jailed", "arrested"]

    func detainedIn(at participle: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard Self.detainingParticiples.contains(sentence.lower(participle)), sentence[participle].tag == "VBN",
              ["acl", "relcl"].contains(sentence[participle].dep), sentence.children(of: participle, ["agent"]).isEmpty,
              let pattern = lexiconPattern(for: "arrests")
        else { return [] }
        let holders = sentence.children(of: participle, ["prep"]).filter { sentence.lower($0) == "in" }
            .flatMap { phraseParties($0, in: sentence) }
            .filter { $0.entity.type == "state" }
        guard !holders.isEmpty else { return [] }
        // ("the cases of U.S. citizens detained in Russia": the parser may hang the participle on the cases.)
        let noun = sentence[participle].head
        let detained = ([noun] + ofObjects(of: noun, in: sentence)).flatMap { parties(at: $0, in: sentence) }
        var found: [Candidate] = []
        for holder in holders {
            for party in detained where party.entity != holder.entity && party.entity.kind != .place {
                guard var candidate = make(holder, party, pattern, participle, in: sentence, base: 0.65) else { continue }
                candidate.pattern = "X detained in Y"
                found.append(candidate)
            }
        }
        return found
    }
}
