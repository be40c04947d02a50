import EntenteModel
import EntenteNLP

/// What a government's own statement holds against a party without a verb of criticism: "the
/// transitional government has failed to use public revenue transparently", "Russia’s and Iran’s
/// pattern of wrongful detentions is unacceptable". Said in the authors' voice, that is criticism.
extension TreeCoder {
    static let reproachingAdjectives: Set<String> = [
        "unacceptable", "deplorable", "reprehensible", "irresponsible", "reckless", "illegal", "unlawful", "unjustified",
        "unjustifiable", "outrageous", "abhorrent", "appalling", "shameful", "indefensible", "destabilising", "destabilizing",
    ]

    func reproaches(at verb: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard !sentence.authors.isEmpty, sentence[verb].dep == "ROOT", speaker(of: verb, in: sentence) == nil else { return [] }
        var reproached: [Mention] = []
        if sentence.lemma(verb) == "fail" {
            reproached = subjects(of: verb, in: sentence)
        } else if sentence.lemma(verb) == "be",
                  sentence.children(of: verb, ["acomp"]).contains(where: { Self.reproachingAdjectives.contains(sentence.lower($0)) })
        {
            for subject in sentence.children(of: verb, ["nsubj"]) {
                reproached += sentence.mention(at: subject).map { [$0] } ?? preModifierParties(of: subject, in: sentence)
            }
        }
        let pattern = RelationLexicon.Pattern(steps: [], text: "the authors' own reproach", predicate: "criticises", frame: .verb)
        return authorsHold(pattern, against: reproached, at: verb, in: sentence, base: 0.6)
    }

    /// What the statement's authors hold against each party (not themselves, not a place): made,
    /// and asserted, whatever the negation or mood of what they hold against it.
    func authorsHold(
        _ pattern: RelationLexicon.Pattern, against parties: [Mention], at trigger: Int, in sentence: ParsedSentence, base: Double
    ) -> [Candidate] {
        let authors = Set(sentence.authors.map(\.entity))
        var found: [Candidate] = []
        for party in parties where !authors.contains(party.entity) && party.entity.kind != .place {
            for author in sentence.authors {
                guard var candidate = make(author, party, pattern, trigger, in: sentence, base: base) else { continue }
                candidate.relation.negated = false
                candidate.relation.modality = .asserted
                found.append(candidate)
            }
        }
        return found
    }
}
