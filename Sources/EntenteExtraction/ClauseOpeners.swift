import EntenteNLP

/// "… as President Joe Biden prepared to host Zelenskyy": the parser may read the word that opens
/// a clause as a preposition, its subject as the preposition's object, and the clause's verb as
/// subjectless. The subject is hung back on its verb, and the opener becomes the clause's marker.
enum ClauseOpeners {
    static let openers: Set<String> = ["as", "while", "after", "before", "since", "until", "once", "because"]

    static func rehung(_ document: Document) -> Document {
        var document = document
        let tokens = document.tokens
        // (Found once for the whole document: a long article has millions of tokens.)
        let verbsWithSubjects = Set(tokens.indices.filter { ["nsubj", "nsubjpass", "expl"].contains(tokens[$0].dep) }.map { tokens[$0].head })
        for verb in tokens.indices where verb > 0 {
            let token = tokens[verb]
            guard token.dep == "advcl", ["VBD", "VBZ", "VBP"].contains(token.tag) else { continue }
            let subject = verb - 1
            guard tokens[subject].dep == "pobj", ["NOUN", "PROPN", "PRON"].contains(tokens[subject].pos) else { continue }
            let opener = tokens[subject].head
            // (Or reads the opener as the clause's marker and still hangs the subject on it.)
            guard opener != subject, opener < subject, openers.contains(tokens[opener].text.lowercased()),
                  tokens[opener].dep == "prep" && tokens[opener].head == token.head || tokens[opener].dep == "mark" && tokens[opener].head == verb,
                  !verbsWithSubjects.contains(verb)
            else { continue }
            document.tokens[subject].head = verb
            document.tokens[subject].dep = "nsubj"
            document.tokens[opener].head = verb
            document.tokens[opener].dep = "mark"
        }
        return document
    }
}
