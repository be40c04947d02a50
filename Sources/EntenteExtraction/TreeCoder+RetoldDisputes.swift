import EntenteModel
import EntenteNLP

/// "Israel and Hamas fought … The ceasefire must hold", "… the talks resumed in Doha": a definite
/// truce, talks or war that names no sides of its own is the one the story told of, between the
/// story's last two disputants, said again in passing.
extension TreeCoder {
    static let retoldDisputeNouns: [String: String] = [
        "ceasefire": "ceasefire_with", "truce": "ceasefire_with",
        "talk": "negotiates_with", "talks": "negotiates_with", "negotiation": "negotiates_with", "negotiations": "negotiates_with",
        "war": "clashes_with", "conflict": "clashes_with", "fighting": "clashes_with", "hostility": "clashes_with",
        "hostilities": "clashes_with",
    ]

    static let peaceTalkWords: Set<String> = ["peace", "ceasefire", "truce", "hostage"]

    func disputesRetold(at noun: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard let predicate = Self.retoldDisputeNouns[sentence.lemma(noun)], sentence.disputants.count == 2,
              sentence.children(of: noun, ["det"]).contains(where: { ["the", "this"].contains(sentence.lower($0)) }),
              sentence.children(of: noun, ["poss"]).isEmpty,
              // (A dispute with sides or a party of its own is the noun's to code.)
              !(sentence.children(of: noun, ["compound", "amod", "nmod"]) + sentence.children(of: noun, ["prep"])
                  .flatMap { sentence.children(of: $0, ["pobj"]) })
                  .contains(where: { sentence.mention(at: $0).map { $0.entity.kind != .place } ?? false }),
              let pattern = lexiconPattern(for: predicate, frame: nil)
        else { return [] }
        // (Talks are a dispute's only as peace or ceasefire talks: "the bilateral talks in Victoria"
        // after an incursion are another pair's.)
        if predicate == "negotiates_with",
           !sentence.children(of: noun, ["compound", "amod"]).contains(where: { Self.peaceTalkWords.contains(sentence.lower($0)) })
        {
            return []
        }
        let sides = sentence.disputants
        // (Told again, a dispute is not denied: "NATO does not want the war to spread".)
        guard let candidate = make(sides[0], sides[1], pattern, noun, in: sentence, base: 0.5), !candidate.relation.negated else { return [] }
        return [candidate.saidInPassing]
    }
}
