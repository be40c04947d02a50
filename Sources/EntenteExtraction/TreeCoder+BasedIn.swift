import EntenteModel
import EntenteNLP

/// "Hamas in Gaza fired rockets", "the TTP is the largest terrorist group in Afghanistan", "Ewha
/// University in Seoul": a group or an institution named with the place it is in.
extension TreeCoder {
    /// Bodies that act across borders or for a state, for which "in" names where they act, not where they are.
    static let unplacedBodyTypes: Set<String> = ["igo", "media", "government", "legislature", "military", "agency"]

    /// Nouns a name describes that stand where the named body does: "the Islamic State terror group
    /// in Somalia", "U.S. personnel in Iraq".
    static let stationedNouns: Set<String> = ["group", "force", "forces", "troop", "troops", "personnel", "militia", "fighter", "soldier", "rotation"]

    func basedIn(in sentence: ParsedSentence) -> [Candidate] {
        var found: [Candidate] = []
        for (index, body) in sentence.mentionHeads() {
            let named = sentence[index].head
            let describing = ["compound", "nmod", "amod"].contains(sentence[index].dep) && sentence.range.contains(named)
                && Self.stationedNouns.contains(sentence.lemma(named)) && sentence.mention(at: named) == nil
            // (A state is where its people are only through the troops or personnel it has there.)
            guard body.entity.kind == .organisation && !Self.unplacedBodyTypes.contains(body.entity.type ?? "")
                || body.entity.type == "state" && describing && sentence.lemma(named) != "group"
            else { continue }
            // The name itself, or what it is called in a copula ("the TTP is the largest group in …").
            var holders = body.entity.type == "state" ? [] : [index]
            if sentence[index].dep == "nsubj", sentence.lemma(sentence[index].head) == "be" {
                holders += sentence.children(of: sentence[index].head, ["attr"]).filter { sentence.mention(at: $0) == nil }
            }
            if describing { holders.append(named) }
            for holder in holders {
                for prep in sentence.children(of: holder, ["prep"]) where sentence.lower(prep) == "in" {
                    for place in phraseParties(prep, in: sentence)
                    where (place.entity.kind == .place || place.entity.type == "state") && place.entity != body.entity {
                        // ("in southern Lebanon" is in Lebanon.)
                        found.append(described(body, "located_in", within(place), at: index, pattern: "a body in a place", in: sentence))
                    }
                }
            }
        }
        return found
    }

    /// "Blinken met with Edgard Leblanc Fils from Haiti's Transitional Presidential Council": a
    /// person from a body is one of its members.
    func membersFrom(in sentence: ParsedSentence) -> [Candidate] {
        var found: [Candidate] = []
        for (index, person) in sentence.mentionHeads() where person.entity.type == "person" {
            // ("met with X from the Council": the parser may hang "from" on the verb, right after the name.)
            var preps = sentence.children(of: index, ["prep"])
            if sentence[index].dep == "pobj", sentence.range.contains(sentence[index].head), sentence.range.contains(sentence[sentence[index].head].head) {
                preps += sentence.children(of: sentence[sentence[index].head].head, ["prep"]).filter { $0 == index + 1 }
            }
            for prep in preps where sentence.lower(prep) == "from" {
                for body in phraseParties(prep, in: sentence) where body.entity.kind == .organisation && body.entity.type != "media" {
                    found.append(described(person, "member_of", body, at: index, pattern: "a person from a body", in: sentence))
                }
            }
        }
        return found
    }
}
