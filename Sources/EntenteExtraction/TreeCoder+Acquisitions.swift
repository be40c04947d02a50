import EntenteModel
import EntenteNLP

/// "Russia procured ballistic missiles from North Korea", "Ukraine received humanitarian aid from
/// Japan": the one who gives arms or aid is the source, whatever the verb of getting says. (The
/// CAMEO dictionary codes such receipts by the receiver, and a bare "receive" as hosting.)
extension TreeCoder {
    static let acquiringVerbs: Set<String> = ["receive", "obtain", "procure", "get", "acquire", "buy", "purchase", "import"]
    static let armsNouns: Set<String> = [
        "weapon", "arm", "missile", "drone", "munition", "ammunition", "shell", "rocket", "tank", "jet", "aircraft", "artillery",
        "interceptor", "system", "howitzer", "component", "equipment", "materiel",
    ]
    static let aidNouns: Set<String> = ["aid", "assistance", "food", "grain", "fuel", "funding", "loan", "supply", "supplies", "medicine"]

    func acquisition(at verb: Int, in sentence: ParsedSentence) -> [Candidate]? {
        guard Self.acquiringVerbs.contains(sentence.lemma(verb)), sentence.children(of: verb, ["nsubjpass", "auxpass"]).isEmpty else { return nil }
        let things = sentence.children(of: verb, ["dobj"])
        let armed = things.contains { Self.armsNouns.contains(sentence.lemma($0)) }
        guard armed || things.contains(where: { Self.aidNouns.contains(sentence.lemma($0)) }),
              let pattern = lexiconPattern(for: armed ? "arms" : "aids", frame: nil)
        else { return nil }
        // The giver: the "from" phrase, else the state that describes the thing ("Iranian drones").
        var givers = sentence.children(of: verb, ["prep"]).filter { sentence.lower($0) == "from" }.flatMap { phraseParties($0, in: sentence) }
        if givers.isEmpty {
            givers = things.flatMap { sentence.children(of: $0, ["amod", "compound", "nmod", "poss"]) }.compactMap { sentence.mention(at: $0) }
                .filter { $0.entity.type == "state" }
        }
        return gifts(from: givers, to: subjects(of: verb, in: sentence), pattern, at: verb, in: sentence, base: 0.7)
    }

    /// The giver's arms or aid to each receiver, the giver acting though the text named it as a modifier.
    private func gifts(
        from givers: [Mention], to receivers: [Mention], _ pattern: RelationLexicon.Pattern, at trigger: Int, in sentence: ParsedSentence,
        base: Double
    ) -> [Candidate] {
        var found: [Candidate] = []
        for giver in givers {
            for receiver in receivers {
                var giver = giver
                giver.isModifier = false
                if let candidate = make(giver, receiver, pattern, trigger, in: sentence, base: base) { found.append(candidate) }
            }
        }
        return found
    }
}

/// "Russia's procurement of DPRK ballistic missiles", "Iran's purchase of Russian jets": the same
/// receipt, named by a noun.
extension TreeCoder {
    static let acquisitionNouns: Set<String> = ["procurement", "purchase", "acquisition", "import", "receipt"]

    func acquisitionNoun(at noun: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard Self.acquisitionNouns.contains(sentence.lemma(noun)), sentence.mention(at: noun) == nil else { return [] }
        let things = ofObjects(of: noun, in: sentence)
        let armed = things.contains { Self.armsNouns.contains(sentence.lemma($0)) }
        guard armed || things.contains(where: { Self.aidNouns.contains(sentence.lemma($0)) }),
              let pattern = lexiconPattern(for: armed ? "arms" : "aids", frame: nil)
        else { return [] }
        var givers = sentence.children(of: noun, ["prep"]).filter { sentence.lower($0) == "from" }.flatMap { phraseParties($0, in: sentence) }
        if givers.isEmpty {
            givers = things.flatMap { sentence.children(of: $0, ["amod", "compound", "nmod", "poss"]) }.compactMap { sentence.mention(at: $0) }
                .filter { $0.entity.type == "state" }
        }
        let receivers = sentence.children(of: noun, ["poss"]).flatMap { parties(at: $0, in: sentence) }
        return gifts(from: givers, to: receivers, pattern, at: noun, in: sentence, base: 0.65)
    }
}

/// "Houthi militants were using Iranian-made missiles", "Russia has used North Korean missiles
/// against Ukraine", "attacking Ukraine with Iranian drones": the state whose weapons another uses
/// arms it.
extension TreeCoder {
    static let usingVerbs: Set<String> = ["use", "employ", "fire", "launch", "deploy", "operate", "field"]
    /// Participles that name a weapon's maker: "Iranian-made".
    static let makingParticiples: Set<String> = ["made", "built", "supplied", "designed", "manufactured", "produced", "provided"]

    func weaponsUsed(at verb: Int, in sentence: ParsedSentence) -> [Candidate] {
        let lemma = sentence.lemma(verb)
        let firing = Self.firingVerbs.contains(lemma) || lemma == "attack"
        guard firing || Self.usingVerbs.contains(lemma) else { return [] }
        let withPhrases = firing
            ? sentence.children(of: verb, ["prep"]).filter { sentence.lower($0) == "with" }.flatMap { sentence.children(of: $0, ["pobj"]) } : []
        let used = (Self.usingVerbs.contains(lemma) ? sentence.children(of: verb, ["dobj"]) : []) + withPhrases
        let weapons = used.flatMap { [$0] + sentence.children(of: $0, ["conj"]) }.filter { Self.armsNouns.contains(sentence.lemma($0)) }
        guard !weapons.isEmpty, sentence.children(of: verb, ["neg"]).isEmpty, let pattern = lexiconPattern(for: "arms", frame: nil) else { return [] }
        let makers = weapons.flatMap { weaponMakers(of: $0, in: sentence) }
        guard !makers.isEmpty else { return [] }
        let users = subjects(of: verb, in: sentence).filter { user in !makers.contains { $0.entity == user.entity } }
        return relateEach(makers, to: users, by: pattern, at: verb, in: sentence, base: 0.6, construction: "another's weapons used")
    }

    /// The states a weapon is described by: "North Korean missiles", "Iranian-made drones".
    private func weaponMakers(of weapon: Int, in sentence: ParsedSentence) -> [Mention] {
        sentence.children(of: weapon, ["amod", "compound", "nmod", "poss"]).compactMap { modifier -> Mention? in
            if let named = sentence.mention(at: modifier), named.entity.type == "state" { return named.acting }
            // ("Iranian-made": one token, or the participle with the state hung on it.)
            let parts = sentence[modifier].text.split(separator: "-")
            if parts.count >= 2, Self.makingParticiples.contains(parts.last!.lowercased()),
               let maker = namedParty(parts.dropLast().joined(separator: "-"), confidence: 0.85), maker.entity.type == "state"
            {
                return maker
            }
            if Self.makingParticiples.contains(sentence.lower(modifier)) {
                return sentence.children(of: modifier, ["npadvmod", "amod", "compound", "nmod"]).lazy
                    .compactMap { sentence.mention(at: $0) ?? self.namedParty(sentence[$0].text, confidence: 0.85) }
                    .first { $0.entity.type == "state" }
            }
            return nil
        }
    }
}
