import EntenteModel
import EntenteNLP

extension TreeCoder.Candidate {
    /// The act as made, whatever the clause says of what it asks or answers: a call answered, an
    /// act asked for, a fighting its sides are asked to end.
    var outright: TreeCoder.Candidate {
        var made = self
        made.relation.negated = false
        made.relation.modality = .asserted
        made.commitment = nil
        made.committingVerb = nil
        return made
    }
}

extension TreeCoder.Candidate {
    /// The relation as said in passing, which does not count as the parse having read the
    /// sentence's events (`inPassing`).
    var saidInPassing: TreeCoder.Candidate {
        var said = self
        said.inPassing = true
        return said
    }
}

extension Mention {
    /// A name that modified or owned a noun, taken as the party that acts: "U.S. calls", "Russian drones".
    var acting: Mention {
        var party = self
        party.isModifier = false
        party.isPossessive = false
        return party
    }
}

extension TreeCoder {
    /// The parties named on a noun as its modifiers or owner ("U.S. calls", "Russia's missiles"),
    /// taken as acting; places name no one.
    func namedOwners(of noun: Int, in sentence: ParsedSentence) -> [Mention] {
        sentence.children(of: noun, ["poss", "compound", "amod", "nmod"]).compactMap { sentence.mention(at: $0) }
            .filter { $0.entity.kind != .place }
            .map(\.acting)
    }
}
