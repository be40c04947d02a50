import EntenteNLP

/// "met virtually with his Chinese military counterpart, People's Liberation Army Gen. Liu
/// Zhenli": the parser may hang a person named after a comma on the verb instead of the noun
/// the name stands beside. The name is hung back on the noun as its apposition.
enum DetachedAppositions {
    static func rehung(_ document: Document) -> Document {
        var document = document
        let tokens = document.tokens
        for name in tokens.indices {
            let token = tokens[name]
            guard ["npadvmod", "dep"].contains(token.dep), token.pos == "PROPN", token.entityType == "PERSON" else { continue }
            let verb = token.head
            guard verb != name, tokens[verb].pos == "VERB", verb < name else { continue }
            // The name's phrase starts right after a comma that follows the noun.
            var start = name
            while start > 0, ParseRepairs.isUnder(start - 1, name, in: tokens) { start -= 1 }
            let comma = start - 1
            let noun = comma - 1
            guard noun > verb, tokens[comma].text == ",", ["NN", "NNS"].contains(tokens[noun].tag),
                  ["pobj", "dobj"].contains(tokens[noun].dep), ParseRepairs.isUnder(noun, verb, in: tokens)
            else { continue }
            document.tokens[name].head = noun
            document.tokens[name].dep = "appos"
            document.tokens[comma].head = noun
        }
        return document
    }

}
