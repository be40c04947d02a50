import EntenteModel
import EntenteNLP

/// "Ruto left Kenya Thursday for a two-day official visit to Germany": one who leaves for a visit
/// visits where the visit is to, and withdraws from nowhere.
extension TreeCoder {
    static let departingVerbs: Set<String> = ["leave", "depart", "fly", "travel", "head", "set"]
    static let journeyNouns: Set<String> = ["visit", "trip", "tour", "mission"]

    /// The journey nouns of a departing verb's "for" phrase.
    func journeys(of verb: Int, in sentence: ParsedSentence) -> [Int] {
        guard Self.departingVerbs.contains(sentence.lemma(verb)) else { return [] }
        return sentence.children(of: verb, ["prep"]).filter { sentence.lower($0) == "for" }
            .flatMap { sentence.children(of: $0, ["pobj"]) }
            .filter { Self.journeyNouns.contains(sentence.lemma($0)) }
    }

    func departures(at verb: Int, in sentence: ParsedSentence) -> [Candidate] {
        let journeys = journeys(of: verb, in: sentence)
        guard !journeys.isEmpty, let pattern = lexiconPattern(for: "visits", frame: nil) else { return [] }
        let destinations = journeys.flatMap { sentence.children(of: $0, ["prep"]).filter { sentence.lower($0) == "to" } }
            .flatMap { phraseParties($0, in: sentence) }
        var found: [Candidate] = []
        for traveller in subjects(of: verb, in: sentence) {
            for destination in destinations where destination.entity != traveller.entity {
                guard var candidate = make(traveller, destination, pattern, verb, in: sentence, base: 0.6) else { continue }
                candidate.pattern = "left for a visit to"
                found.append(candidate)
            }
        }
        return found
    }
}
