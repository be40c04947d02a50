import EntenteModel
import EntenteNLP

/// "The G7 Foreign Ministers of Canada, France and Japan", "the EU member states Poland and
/// Hungary", "NATO allies such as Turkey": a body's representatives named with the states they
/// come from make each state a member of the body.
extension TreeCoder {
    /// Nouns for those who sit in a body for a state.
    static let representativeNouns: Set<String> = [
        "minister", "leader", "member", "head", "representative", "government", "state", "country", "nation", "ally",
        "delegate", "ambassador", "envoy", "partner",
    ]

    func memberships(in sentence: ParsedSentence) -> [Candidate] {
        var found: [Candidate] = []
        for index in sentence.range {
            // ("G7 Foreign Ministers": capitalised, the tagger calls the plural a proper noun.)
            let word = sentence.lower(index)
            let plural = ["NNS", "NNPS"].contains(sentence[index].tag) || (sentence[index].tag == "NNP" && word.hasSuffix("s"))
            guard plural, Self.representativeNouns.contains(sentence.lemma(index)) || Self.representativeNouns.contains(String(word.dropLast()))
            else { continue }
            // The body: a compound before the noun or its title words ("G7 Foreign Ministers").
            let holders = [index] + sentence.children(of: index, ["compound"])
            let bodies = holders.flatMap { sentence.children(of: $0, ["compound", "nmod", "amod"]) }
                .compactMap { sentence.mention(at: $0) }
                .filter { $0.entity.kind == .organisation }
            guard let body = bodies.first else {
                found += partnerships(at: index, in: sentence)
                found += bracketedMembers(at: index, in: sentence)
                continue
            }
            let members = listed(at: index, in: sentence)
            var seen: Set<Entity> = []
            for member in members where member.entity.type == "state" && member.entity != body.entity && seen.insert(member.entity).inserted {
                found.append(described(member, "member_of", body, at: index, pattern: "representatives of states in a body", in: sentence))
            }
        }
        return found
    }

    /// "all our regional partners, including Jordan and Iraq", "Russia's allies such as Belarus":
    /// the states listed are the owner's partners.
    private func partnerships(at index: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard ["partner", "ally"].contains(sentence.lemma(index)) else { return [] }
        let owners = sentence.children(of: index, ["poss"]).flatMap { parties(at: $0, in: sentence) }
        var found: [Candidate] = []
        for owner in owners where owner.entity.kind != .place {
            for partner in listed(at: index, in: sentence) + Self.describingStates(of: index, in: sentence)
            where partner.entity.type == "state" && partner.entity != owner.entity {
                // (Partners are partners; allies, allies.)
                let predicate = sentence.lemma(index) == "partner" ? "partner_of" : "ally_of"
                found.append(described(partner, predicate, owner, at: index, pattern: "X's partners, including Y", in: sentence))
            }
        }
        return found
    }

    /// "members of the G7 RRM (Canada, France, …)": the states in brackets after the body's name,
    /// which the parser hangs on the body, are its members.
    private func bracketedMembers(at index: Int, in sentence: ParsedSentence) -> [Candidate] {
        guard sentence.lemma(index) == "member" else { return [] }
        var found: [Candidate] = []
        for object in ofObjects(of: index, in: sentence) {
            guard let body = sentence.mention(at: object), body.entity.kind == .organisation,
                  object + 1 < sentence.range.upperBound, sentence.lower(object + 1) == "("
            else { continue }
            // ("the Multinational Security Support Mission (MSS)": one name in brackets is the body's own.)
            let listed = sentence.children(of: object, ["appos"]).flatMap { parties(at: $0, in: sentence) }
            guard listed.count >= 2 else { continue }
            var seen: Set<Entity> = []
            for member in listed
            where member.entity.kind != .place && member.entity != body.entity && seen.insert(member.entity).inserted {
                found.append(described(member, "member_of", body, at: index, pattern: "members of a body, listed in brackets", in: sentence))
            }
        }
        return found
    }

    /// The parties a plural noun lists: its "of" phrase, its apposition, or "such as" / "including".
    private func listed(at index: Int, in sentence: ParsedSentence) -> [Mention] {
        var members = ofObjects(of: index, in: sentence).flatMap { parties(at: $0, in: sentence) }
        // ("the G7 Ministers of Canada, France and Japan": the parser may coordinate the rest of
        // the list with the noun, not with the first state.)
        if !members.isEmpty {
            members += sentence.children(of: index, ["conj"]).flatMap { parties(at: $0, in: sentence) }
        }
        members += sentence.children(of: index, ["appos"]).flatMap { parties(at: $0, in: sentence) }
        for prep in sentence.children(of: index, ["prep"]) where ["including", "like"].contains(sentence.lower(prep))
            || (sentence.lower(prep) == "as" && sentence.children(of: prep, ["amod"]).contains { sentence.lower($0) == "such" })
        {
            members += phraseParties(prep, in: sentence)
        }
        return members
    }
}
