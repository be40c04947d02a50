import EntenteModel
import EntenteNLP

/// "Egypt, a key U.S. ally", "the Philippines, a treaty ally of the United States", "Poland, a
/// NATO member": a party described as another's ally, partner or member is in that relation to it.
extension TreeCoder {
    /// Nouns that name a party by its relation to another ("Washington's ally"): the other is the
    /// noun's owner, never the party it stands for.
    static let relationalNouns: Set<String> = [
        "ally", "partner", "neighbour", "neighbor", "rival", "adversary", "enemy", "foe", "opponent", "backer", "patron",
    ]

    /// "its Japanese and Korean allies", "our Ukrainian partners": the states an owned relational
    /// noun is described by, which are the parties it names. Without an owner ("U.S. allies") the
    /// state is whose allies they are, and nothing is returned.
    static func describingStates(of noun: Int, in sentence: ParsedSentence) -> [Mention] {
        guard !sentence.children(of: noun, ["poss"]).isEmpty else { return [] }
        let describing = sentence.children(of: noun, ["amod", "compound"]).flatMap { [$0] + sentence.children(of: $0, ["conj"]) }
        let states = describing.compactMap { sentence.mention(at: $0) }.filter { $0.entity.type == "state" }
        guard states.count == describing.count else { return [] }
        return states.map { state in
            var state = state
            state.isModifier = false
            return state
        }
    }

    func alliances(in sentence: ParsedSentence) -> [Candidate] {
        var found: [Candidate] = []
        for index in sentence.range {
            let noun = sentence.lemma(index)
            guard ["ally", "partner", "member"].contains(noun), sentence.mention(at: index) == nil else { continue }
            for described in describedParties(by: index, in: sentence) {
                for owner in owners(of: index, in: sentence) where owner.entity != described.entity && owner.entity.kind != .place {
                    if noun == "member" {
                        guard owner.entity.kind == .organisation, described.entity.type != "person" else { continue }
                        found.append(self.described(described, "member_of", owner, at: index, pattern: "X, a member of Y", in: sentence))
                    } else {
                        guard described.entity.type != "person", owner.entity.type != "person" else { continue }
                        found.append(self.described(
                            described, noun == "partner" ? "partner_of" : "ally_of", owner, at: index, pattern: "X, an \(noun) of Y", in: sentence))
                    }
                }
            }
            found += alliesFrom(at: index, in: sentence)
            found += mutualTies(at: index, in: sentence)
        }
        return found
    }

    /// "The United States and Romania have been allies, partners, and friends": parties said
    /// together to be allies or partners are each other's.
    private func mutualTies(at noun: Int, in sentence: ParsedSentence) -> [Candidate] {
        let lemma = sentence.lemma(noun)
        guard ["ally", "partner"].contains(lemma), sentence[noun].tag == "NNS",
              sentence.children(of: noun, ["poss"]).isEmpty, ofObjects(of: noun, in: sentence).isEmpty,
              sentence.children(of: noun, ["prep"]).allSatisfy({ !["of", "to", "with", "from", "in"].contains(sentence.lower($0)) })
        else { return [] }
        // The noun, or the first of the nouns it is listed with ("allies, partners, and friends").
        var attribute = noun
        while sentence[attribute].dep == "conj", sentence.range.contains(sentence[attribute].head) { attribute = sentence[attribute].head }
        let be = sentence[attribute].head
        guard sentence[attribute].dep == "attr", sentence.range.contains(be), sentence.lemma(be) == "be" else { return [] }
        let sides = subjects(of: be, in: sentence).filter { $0.entity.type != "person" && $0.entity.kind != .place }
        let predicate = lemma == "ally" ? "ally_of" : "partner_of"
        return Self.pairs(of: sides).map { first, second in
            described(first, predicate, second, at: noun, pattern: "X and Y are \(lemma == "ally" ? "allies" : "partners")", in: sentence)
        }
    }

    /// "Austin met with close allies from Australia, Japan and the Philippines": the states the
    /// allies come from are allies of the state of the one who met them.
    private func alliesFrom(at noun: Int, in sentence: ParsedSentence) -> [Candidate] {
        let lemma = sentence.lemma(noun)
        guard ["ally", "partner"].contains(lemma), sentence.children(of: noun, ["poss"]).isEmpty, ofObjects(of: noun, in: sentence).isEmpty
        else { return [] }
        let states = sentence.children(of: noun, ["prep"]).filter { sentence.lower($0) == "from" }
            .flatMap { phraseParties($0, in: sentence) }.filter { $0.entity.type == "state" }
        guard !states.isEmpty else { return [] }
        guard let verb = governingVerb(of: noun, in: sentence) else { return [] }
        let hosts = subjects(of: verb, in: sentence)
        let homes = Set(hosts.compactMap { homeState(of: $0, among: [], in: sentence, isSubject: true) })
        guard homes.count == 1, let home = homes.first, let host = hosts.first else { return [] }
        // (The state stands where the one who met the allies is named.)
        let holder = stateMention(home, at: host)
        return states.filter { $0.entity != home }.map { state in
            described(holder, lemma == "ally" ? "ally_of" : "partner_of", state.acting, at: noun, pattern: "allies from a state", in: sentence)
        }
    }

    /// The party the noun describes: the name it is in apposition to ("Egypt, a key U.S. ally"),
    /// the subject of "be" it is said of ("Japan is a close ally of"), or the name in apposition to
    /// it ("its closest partner, Israel").
    private func describedParties(by noun: Int, in sentence: ParsedSentence) -> [Mention] {
        let head = sentence[noun].head
        guard sentence.range.contains(head) else { return [] }
        switch sentence[noun].dep {
        case "appos":
            return sentence.mention(at: head).map { [$0] } ?? []
        case "attr" where sentence.lemma(head) == "be":
            return sentence.children(of: head, ["nsubj"]).compactMap { sentence.mention(at: $0) }
        default:
            let appositions = sentence.children(of: noun, ["appos"]).compactMap { sentence.mention(at: $0) }
            guard appositions.isEmpty else { return appositions }
            // ("Washington's allies, South Korea and Japan": the parser coordinates the states a
            // plural owned noun lists with the noun itself.)
            guard sentence[noun].tag == "NNS", sentence.range.contains(noun + 1), sentence.lower(noun + 1) == ",",
                  !sentence.children(of: noun, ["poss"]).isEmpty
            else { return [] }
            var listed: [Int] = []
            var frontier = sentence.children(of: noun, ["conj"])
            while let next = frontier.first {
                frontier.removeFirst()
                listed.append(next)
                frontier += sentence.children(of: next, ["conj"])
            }
            let states = listed.compactMap { sentence.mention(at: $0) }.filter { $0.entity.type == "state" }
            return states.count == listed.count ? states : []
        }
    }

    /// Whose ally or member: the noun's "of" phrase, its possessor, or the name modifying it.
    private func owners(of noun: Int, in sentence: ParsedSentence) -> [Mention] {
        let ofs = ofObjects(of: noun, in: sentence).flatMap { parties(at: $0, in: sentence) }
        if !ofs.isEmpty { return ofs }
        // ("a partner of first resort for the United States", "a key partner to Kenya".)
        let fors = sentence.children(of: noun, ["prep"]).filter { ["for", "to"].contains(sentence.lower($0)) }.flatMap { phraseParties($0, in: sentence) }
        if !fors.isEmpty { return fors }
        return sentence.children(of: noun, ["poss", "compound", "nmod", "amod"])
            .filter { !isStatePair(sentence[$0].text) && !Self.isHyphenedParticiple(sentence[$0].text) }
            .compactMap { sentence.mention(at: $0) }
    }
}
