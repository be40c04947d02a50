import EntenteNLP

/// "met with His Majesty King Abdullah II of Jordan and Crown Prince Al Hussein": the parser
/// coordinates the second person with the state that ends the first one's title. The person is the
/// first one's partner, and is hung back on them.
enum TitledConjuncts {
    static func rehung(_ document: Document) -> Document {
        var document = document
        for index in document.tokens.indices {
            let token = document.tokens[index]
            guard token.dep == "conj", token.entityType == "PERSON", token.pos == "PROPN" else { continue }
            let state = token.head
            guard state != index, document.tokens[state].dep == "pobj", ["GPE", "NORP"].contains(document.tokens[state].entityType) else { continue }
            let of = document.tokens[state].head
            guard of != state, document.tokens[of].text.lowercased() == "of" else { continue }
            let holder = document.tokens[of].head
            guard holder != of, holder < state, document.tokens[holder].pos == "PROPN", document.tokens[holder].entityType != "GPE" else { continue }
            document.tokens[index].head = holder
            for coordinator in (state + 1)..<index where document.tokens[coordinator].head == state && document.tokens[coordinator].dep == "cc" {
                document.tokens[coordinator].head = holder
            }
        }
        return document
    }
}
