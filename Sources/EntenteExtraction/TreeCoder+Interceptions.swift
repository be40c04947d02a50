import EntenteModel
import EntenteNLP

/// "Ukraine's air force said it shot down 30 of the 40 drones Russia launched overnight", "Israel
/// intercepted Iranian missiles": the one whose projectiles are downed attacks the one who downs
/// them.
extension TreeCoder {
    static let interceptingVerbs: Set<String> = ["intercept", "down", "destroy", "neutralize", "neutralise", "repel"]
    static let projectileNouns: Set<String> = ["drone", "missile", "rocket", "projectile", "shahed", "uav", "warhead"]
    /// Projectiles that are weapons whoever owns them.
    static let weaponProjectiles: Set<String> = ["missile", "rocket", "projectile", "shahed", "warhead"]
    static let launchingVerbs: Set<String> = ["launch", "fire", "send", "deploy", "use"]
    static let airDefenceNouns: Set<String> = ["defense", "defence", "defenses", "defences", "system", "interceptor"]

    /// "the drones Russia launched": the clause that launches them (the parser may hang it on the
    /// verb after the projectile).
    private func launchClause(of projectile: Int, in sentence: ParsedSentence) -> Int? {
        if let own = sentence.children(of: projectile, ["relcl", "acl"]).first(where: { Self.launchingVerbs.contains(sentence.lemma($0)) }) {
            return own
        }
        let next = sentence.children(of: projectile, ["appos"]).map { $0 + 1 }.first { sentence.range.contains($0) }
        return next.flatMap { Self.launchingVerbs.contains(sentence.lemma($0)) ? $0 : nil }
    }

    func interceptions(at verb: Int, in sentence: ParsedSentence) -> [Candidate] {
        let lemma = sentence.lemma(verb)
        // ("shot down": the verb with its particle.)
        let shotDown = lemma == "shoot" && sentence.children(of: verb, ["prt"]).contains { sentence.lower($0) == "down" }
        guard shotDown || Self.interceptingVerbs.contains(lemma), sentence.children(of: verb, ["neg"]).isEmpty,
              let pattern = lexiconPattern(for: "attacks")
        else { return [] }
        // ("shot down 15 of 17 drones": the parser may take the count for an adverbial.)
        let counts = sentence.children(of: verb, ["npadvmod"]).filter { sentence[$0].tag == "CD" }
        let projectiles = (sentence.children(of: verb, ["dobj", "nsubjpass"]) + counts).flatMap { object in
            // ("30 of the 40 drones": through a partitive.)
            [object] + ofObjects(of: object, in: sentence)
        }.filter { Self.projectileNouns.contains(sentence.lemma($0)) }
        // ("The Houthis have downed U.S. drones": a drone downed is the downer's attack on its owner,
        // unless it came as a weapon: launched, fired, a missile, or intercepted.)
        // ("Russian air defenses shot down 50 Ukrainian drones": downed by air defenses, or by the
        // dozen, drones came as weapons too.)
        let byAirDefences = sentence.children(of: verb, ["nsubj"]).contains { Self.airDefenceNouns.contains(sentence.lemma($0)) }
        let many = projectiles.contains { projectile in
            sentence.children(of: projectile, ["nummod"]).contains { Int(sentence.lower($0)).map { $0 >= 3 } ?? false }
                || sentence[projectile].dep == "pobj" && sentence.lower(sentence[projectile].head) == "of"
        }
        let asWeapons = ["intercept", "repel"].contains(lemma) || byAirDefences || many
            || projectiles.contains { Self.weaponProjectiles.contains(sentence.lemma($0)) || launchClause(of: $0, in: sentence) != nil }
        let launchers = projectiles.flatMap { launchingParties(of: $0, in: sentence) }
        guard asWeapons, !launchers.isEmpty else { return [] }
        let passive = !sentence.children(of: verb, ["nsubjpass"]).isEmpty
        let defenders = passive
            ? sentence.children(of: verb, ["agent"]).flatMap { phraseParties($0, in: sentence) }
            : subjects(of: verb, in: sentence)
        return relateEach(launchers, to: defenders, by: pattern, at: verb, in: sentence, base: 0.6,
                          construction: "projectiles downed by their target")
    }

    /// Whose projectiles they are: "Russian drones", "Iran's missiles", "the drones Russia launched",
    /// "missiles fired by the Houthis".
    private func launchingParties(of projectile: Int, in sentence: ParsedSentence) -> [Mention] {
        var found = namedOwners(of: projectile, in: sentence)
        if let clause = launchClause(of: projectile, in: sentence) {
            if sentence[clause].head == projectile {
                found += sentence.children(of: clause, ["nsubj"]).filter { !["WDT", "WP"].contains(sentence[$0].tag) }
                    .flatMap { parties(at: $0, in: sentence) }
                found += sentence.children(of: clause, ["agent"]).flatMap { phraseParties($0, in: sentence) }
            } else {
                // ("the 40 drones Russia launched": the parser made the launcher an apposition.)
                found += sentence.children(of: projectile, ["appos"]).compactMap { sentence.mention(at: $0) }
            }
        }
        return found.filter { $0.entity.kind != .place }
    }
}
