import EntenteModel
import EntenteNLP

/// "Beijing called Lai a separatist", "branded the group a threat": naming a party as something
/// is no phone call; a name that condemns criticises the party named.
extension TreeCoder {
    static let namingVerbs: Set<String> = ["call", "brand", "label", "dub", "describe", "term"]
    static let condemningNames: Set<String> = [
        "separatist", "aggressor", "criminal", "terrorist", "dictator", "tyrant", "puppet", "threat", "provocateur", "traitor",
        "warmonger", "murderer", "butcher", "thug", "liar", "menace", "troublemaker", "occupier", "invader", "extremist",
        "provocation", "sham", "farce", "fraud", "travesty", "disgrace", "crime", "blunder", "fabrication", "lie",
    ]
    /// Words that condemn what they describe: "called Manila's move provocative".
    static let condemningAdjectives: Set<String> = [
        "provocative", "illegal", "unlawful", "illegitimate", "unacceptable", "irresponsible", "reckless", "dangerous",
        "absurd", "baseless", "unfounded", "fraudulent", "hostile", "destabilizing", "destabilising", "outrageous",
    ]

    /// The facts of a verb that names its object as something, or nil when the verb does not.
    func labelling(at verb: Int, in sentence: ParsedSentence) -> [Candidate]? {
        // ("which North Korea called a provocation": the parser may make the name a second object.)
        let objects = sentence.children(of: verb, ["dobj"])
        let secondObject = objects.count == 2 && objects.contains(where: { ["WDT", "WP"].contains(sentence[$0].tag) })
            ? objects.first(where: { !["WDT", "WP"].contains(sentence[$0].tag) }) : nil
        guard Self.namingVerbs.contains(sentence.lemma(verb)),
              let name = sentence.children(of: verb, ["oprd"]).first
                ?? (sentence.lemma(verb) == "describe" ? sentence.children(of: verb, ["prep"]).first(where: { sentence.lower($0) == "as" })
                    .flatMap { sentence.children(of: $0, ["pobj"]).first } : nil)
                ?? secondObject
                // ("called Manila's move provocative": the parser may hang the name on the object.)
                ?? objects.flatMap({ object in sentence.children(of: object, ["amod"]).filter { $0 > object } }).first
        else { return nil }
        // ("called Putin on Tuesday": the parser may take the one called for a name.)
        guard sentence.mention(at: name) == nil, ["NOUN", "ADJ"].contains(sentence[name].pos) else { return nil }
        let condemning = Self.condemningNames.contains(sentence.lemma(name)) || Self.condemningAdjectives.contains(sentence.lower(name))
            || sentence.children(of: name, ["compound", "amod"]).contains {
                Self.condemningNames.contains(sentence.lemma($0)) || Self.condemningAdjectives.contains(sentence.lower($0))
            }
        guard condemning else { return [] }
        let terrorist = sentence.lemma(name) == "terrorist" || sentence.children(of: name, ["compound", "amod"]).contains { sentence.lemma($0) == "terrorist" }
        let predicate = terrorist ? "labels_as_terrorists" : "criticises"
        guard let pattern = lexiconPattern(for: predicate) else { return [] }
        // ("called Xi a dictator": the parser may hang the one named on the name.)
        var named = objects.filter { $0 != name }.flatMap { object in
            // ("a U.S. bomber, which North Korea called a provocation": the noun the clause describes.)
            ["WDT", "WP"].contains(sentence[object].tag) && sentence[verb].dep == "relcl"
                ? parties(at: sentence[verb].head, in: sentence) : parties(at: object, in: sentence)
        }
        if named.isEmpty {
            named = sentence.children(of: name, ["nmod", "compound"]).filter { $0 < name }.compactMap { sentence.mention(at: $0) }
        }
        // "described Venezuela's election as a sham": whose act is named.
        if named.isEmpty {
            named = objects.filter { $0 != name }.flatMap { sentence.children(of: $0, ["poss"]) }.flatMap { parties(at: $0, in: sentence) }
        }
        return subjects(of: verb, in: sentence).flatMap { subject in
            named.compactMap { make(subject, $0, pattern, verb, in: sentence, base: 0.75) }
        }
    }
}
