import EntenteModel
import EntenteNLP

/// "We are concerned by Israeli strikes on Yemen", "the UK is deeply alarmed by the Houthis'
/// attacks", "officials are concerned that IS-Somalia has moved": concern at what a party does is
/// criticism of that party.
extension TreeCoder {
    static let reportNouns: Set<String> = ["report", "reports", "news", "evidence", "indication", "indications", "allegation", "allegations", "claim", "claims", "sign", "signs"]
    static let concernVerbs: Set<String> = ["concern", "alarm", "disturb", "trouble", "dismay", "worry", "shock", "appal", "appall"]

    func concerns(at verb: Int, in sentence: ParsedSentence) -> [Candidate] {
        // (The tagger may take "concerned" for an adjective, whose lemma is itself.)
        let word = sentence.lower(verb)
        let stems = [sentence.lemma(verb), String(word.dropLast(2)), String(word.dropLast(1)), String(word.dropLast(3)) + "y"]
        guard stems.contains(where: Self.concernVerbs.contains), sentence[verb].tag == "VBN" || sentence[verb].pos == "ADJ",
              !sentence.children(of: verb, ["nsubjpass", "nsubj"]).isEmpty || sentence[verb].dep == "acomp"
        else { return [] }
        var seen = Set<Entity>()
        let concerned = (subjects(of: verb, in: sentence) + sentence.children(of: verb, ["nsubjpass"]).flatMap { parties(at: $0, in: sentence) })
            .filter { seen.insert($0.entity).inserted }
        guard !concerned.isEmpty else { return [] }
        var targets: [Mention] = []
        let phrases = sentence.children(of: verb, ["agent", "prep"]).filter { ["by", "about", "at", "over", "with"].contains(sentence.lower($0)) }
        for object in phrases.flatMap({ sentence.children(of: $0, ["pobj"]) }) {
            if let party = sentence.mention(at: object), party.entity.kind != .place {
                targets.append(party)
            } else if Self.reportNouns.contains(sentence.lemma(object)) {
                // "concerned by reports that Russia continues to deploy personnel": the subject of
                // what is reported.
                for clause in sentence.children(of: object, ["acl", "ccomp", "relcl"]) {
                    targets += sentence.children(of: clause, ["nsubj", "nsubjpass"]).flatMap { parties(at: $0, in: sentence) }
                        .filter { $0.entity.kind != .place }
                }
                // "reports of an imminent offensive on El Fasher by the RSF", "reports of RSF fighters
                // killing civilians": the one whose act is reported.
                for reported in sentence.children(of: object, ["prep"]).filter({ sentence.lower($0) == "of" })
                    .flatMap({ sentence.children(of: $0, ["pobj"]) })
                {
                    targets += parties(at: reported, in: sentence).filter { $0.entity.kind != .place }
                    targets += preModifierParties(of: reported, in: sentence)
                    targets += sentence.children(of: reported, ["prep"]).filter { sentence.lower($0) == "by" }.flatMap { phraseParties($0, in: sentence) }
                }
            } else {
                // An act: its owner, not its victim ("Israeli strikes on Yemen" is Israel's).
                targets += preModifierParties(of: object, in: sentence)
                targets += sentence.children(of: object, ["prep"]).filter { sentence.lower($0) == "by" }.flatMap { phraseParties($0, in: sentence) }
            }
        }
        // "officials are concerned that IS-Somalia has moved to host the group's leader": the subject
        // of what they fear.
        for clause in sentence.children(of: verb, ["ccomp"])
        where sentence.children(of: clause, ["mark"]).contains(where: { sentence.lower($0) == "that" }) {
            // ("concerned that Gershkovich has been held for over a year in Russia": one who
            // suffers the act is not its doer; the agent is, or the state that holds him.)
            if sentence.children(of: clause, ["nsubjpass"]).isEmpty {
                targets += sentence.children(of: clause, ["nsubj"]).flatMap { parties(at: $0, in: sentence) }
                    .filter { $0.entity.kind != .place }
            } else {
                targets += sentence.children(of: clause, ["agent"]).flatMap { phraseParties($0, in: sentence) }
                    .filter { $0.entity.kind != .place }
                targets += detainedIn(at: clause, in: sentence).map(\.relation.subject)
            }
        }
        let pattern = RelationLexicon.Pattern(steps: [], text: "concerned by X", predicate: "criticises", frame: .verb)
        var found: [Candidate] = []
        for subject in concerned {
            var targeted = Set<Entity>()
            for var target in targets where target.entity != subject.entity && targeted.insert(target.entity).inserted {
                target.isModifier = false
                if let candidate = make(subject, target, pattern, verb, in: sentence, base: 0.7) { found.append(candidate) }
            }
        }
        return found
    }

    /// "We regret that Russia voted against the resolution": regret at what a party did is
    /// criticism of it.
    func regrets(at verb: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard ["regret", "lament", "deplore"].contains(sentence.lemma(verb)), sentence.children(of: verb, ["neg"]).isEmpty,
              let pattern = lexiconPattern(for: "criticises", frame: nil)
        else { return [] }
        let targets = sentence.children(of: verb, ["ccomp"])
            .filter { clause in sentence.children(of: clause, ["mark"]).contains { sentence.lower($0) == "that" } }
            .flatMap { sentence.children(of: $0, ["nsubj"]).flatMap { parties(at: $0, in: sentence) } }
            .filter { $0.entity.kind != .place }
        var found: [Candidate] = []
        for subject in subjects(of: verb, in: sentence) {
            for target in targets where target.entity != subject.entity {
                if let candidate = make(subject, target, pattern, verb, in: sentence, base: 0.65) { found.append(candidate) }
            }
        }
        return found
    }

    /// The parties named before a noun among its modifiers, however deep: "the Houthis' continued
    /// missile and UAV attacks" are the Houthis'.
    func preModifierParties(of noun: Int, in sentence: ParsedSentence) -> [Mention] {
        let modifiers = sentence.range.filter { token in
            token < noun && sentence.ancestors(of: token).contains(noun)
                && !sentence.ancestors(of: token).contains { sentence[$0].dep == "prep" && $0 < noun && sentence.ancestors(of: $0).contains(noun) }
        }
        var seen = Set<Entity>()
        return modifiers.compactMap { sentence.mention(at: $0) }
            .filter { $0.entity.kind != .place && seen.insert($0.entity).inserted }
            .map { party in
                var party = party
                party.isModifier = false
                return party
            }
    }
}
