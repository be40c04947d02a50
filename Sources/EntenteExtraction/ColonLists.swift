import EntenteNLP

/// "leaders from its Indo-Pacific partners: Australia, Japan, South Korea and New Zealand.": the
/// parser ends the sentence at the colon and makes the list a sentence of its own, without a verb.
/// The coder reads the list as what it is, the apposition of the noun before the colon.
enum ColonLists {
    /// The document with each such list hung from its noun, and its sentences with each list
    /// joined to the sentence it completes.
    static func joined(_ document: Document) -> Document {
        var document = document
        var sentences: [Document.Sentence] = []
        for sentence in document.sentences {
            if let previous = sentences.last, let anchor = anchor(before: previous, in: document),
               let root = listRoot(of: sentence, in: document)
            {
                document.tokens[root].head = anchor
                document.tokens[root].dep = "appos"
                sentences[sentences.count - 1] = Document.Sentence(
                    tokens: previous.tokens.lowerBound..<sentence.tokens.upperBound, start: previous.start, end: sentence.end)
                continue
            }
            sentences.append(sentence)
        }
        document.sentences = sentences
        return document
    }

    /// The last noun of a sentence that ends with a colon.
    private static func anchor(before sentence: Document.Sentence, in document: Document) -> Int? {
        guard let colon = sentence.tokens.last(where: { document.tokens[$0].pos != "SPACE" }),
              document.tokens[colon].text == ":"
        else { return nil }
        let noun = (sentence.tokens.lowerBound..<colon).last { ["NOUN", "PROPN"].contains(document.tokens[$0].pos) }
        // ("… said on Monday: Russia will …": a colon after a clause's last word opens a statement.)
        guard let noun, noun == colon - 1 || (noun + 1..<colon).allSatisfy({ document.tokens[$0].pos == "PUNCT" }) else { return nil }
        return noun
    }

    /// The root of a sentence that is only a list of names: no verb, a proper noun at its root.
    private static func listRoot(of sentence: Document.Sentence, in document: Document) -> Int? {
        let tokens = sentence.tokens
        guard tokens.count <= 40,
              !tokens.contains(where: { ["VERB", "AUX"].contains(document.tokens[$0].pos) }),
              let root = tokens.first(where: { document.tokens[$0].head == $0 }),
              document.tokens[root].pos == "PROPN",
              tokens.contains(where: { document.tokens[$0].text == "," || document.tokens[$0].text == "and" })
        else { return nil }
        return root
    }
}
