import EntenteNLP

/// "Russia has bombarded Ukraine's second most populous city, Kharkiv": the parser may make the
/// owner before "'s" a second object of the verb, beside the noun it owns. The owner is hung back
/// on the noun as its possessor.
enum SplitPossessives {
    static func rehung(_ document: Document) -> Document {
        var document = document
        let tokens = document.tokens
        for marker in tokens.indices where marker > 0 && tokens[marker].tag == "POS" {
            let owner = marker - 1
            guard tokens[marker].head == owner, ["dobj", "pobj", "nsubj", "nsubjpass", "attr"].contains(tokens[owner].dep) else { continue }
            let governor = tokens[owner].head
            guard governor != owner else { continue }
            // The owned noun: the next token after the marker that shares the owner's head and role,
            // with only its own modifiers between.
            guard let owned = ((marker + 1)..<min(tokens.count, marker + 8)).first(where: { tokens[$0].head == governor && tokens[$0].dep == tokens[owner].dep }),
                  ["NOUN", "PROPN"].contains(tokens[owned].pos),
                  ((marker + 1)..<owned).allSatisfy({ ParseRepairs.isUnder($0, owned, in: tokens) })
            else { continue }
            document.tokens[owner].head = owned
            document.tokens[owner].dep = "poss"
        }
        return document
    }

}
