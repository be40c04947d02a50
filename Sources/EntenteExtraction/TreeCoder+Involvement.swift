import EntenteModel
import EntenteNLP

/// "The FSB has been involved in the arrest and detention of U.S. nationals", "designating the
/// IRGC-IO for its involvement in the wrongful detention of a U.S. national": those involved in an
/// event carry it out.
extension TreeCoder {
    static let involvementWords: Set<String> = ["involve", "involved", "involvement", "role", "participation", "complicity", "complicit"]

    func involvedParties(in noun: Int, in sentence: ParsedSentence) -> [Mention] {
        // ("the arrest, investigation, and detention of": the phrase holds the first of the coordinated events.)
        var event = noun
        while sentence[event].dep == "conj", sentence.range.contains(sentence[event].head), sentence[event].head != event {
            event = sentence[event].head
        }
        let preposition = sentence[event].head
        guard sentence[event].dep == "pobj", sentence.range.contains(preposition), sentence.lower(preposition) == "in" else { return [] }
        let holder = sentence[preposition].head
        guard sentence.range.contains(holder), holder != preposition,
              Self.involvementWords.contains(sentence.lemma(holder)) || Self.involvementWords.contains(sentence.lower(holder))
        else { return [] }
        if sentence[holder].pos == "NOUN" {
            // "designating the IRGC-IO for its involvement": the one designated is the one involved.
            if sentence.children(of: holder, ["poss"]).contains(where: { sentence[$0].tag == "PRP$" }),
               sentence[holder].dep == "pobj", sentence.lower(sentence[holder].head) == "for",
               let verb = Optional(sentence[sentence[holder].head].head), sentence.range.contains(verb),
               let designated = sentence.child(of: verb, "dobj")
            {
                return parties(at: designated, in: sentence)
            }
            let owners = sentence.children(of: holder, ["poss"]).flatMap { parties(at: $0, in: sentence) }
            // "Iran denied involvement in the attack": the one who denies or admits it.
            if owners.isEmpty, sentence[holder].dep == "dobj", sentence.range.contains(sentence[holder].head) {
                return subjects(of: sentence[holder].head, in: sentence)
            }
            return owners
        }
        return sentence.children(of: holder, ["nsubj", "nsubjpass"]).flatMap { parties(at: $0, in: sentence) }
    }

    /// "Iran denied involvement in the attack": the one who denies a part in it denies doing it.
    func involvementDenied(in noun: Int, in sentence: ParsedSentence) -> Bool {
        let preposition = sentence[noun].head
        guard sentence[noun].dep == "pobj", sentence.range.contains(preposition), sentence.lower(preposition) == "in" else { return false }
        let holder = sentence[preposition].head
        guard sentence.range.contains(holder), Self.involvementWords.contains(sentence.lemma(holder)), sentence[holder].dep == "dobj",
              sentence.range.contains(sentence[holder].head)
        else { return false }
        return Self.dismissingVerbs.contains(sentence.lemma(sentence[holder].head))
    }
}
