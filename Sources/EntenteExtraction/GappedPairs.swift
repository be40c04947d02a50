import EntenteNLP

/// "thank Mr Ebo for her briefing and the OPCW Director-General for his monthly report": the
/// parser coordinates the second one thanked with the first one's reason. Each "for" after its
/// own object says the pairs are gapped: the second object is hung back beside the first.
enum GappedPairs {
    static func rehung(_ document: Document) -> Document {
        var document = document
        for sentence in document.sentences {
            var children: [Int: [Int]] = [:]
            for index in sentence.tokens where document.tokens[index].head != index {
                children[document.tokens[index].head, default: []].append(index)
            }
            for verb in sentence.tokens where document.tokens[verb].pos == "VERB" {
                let own = children[verb] ?? []
                let fors = own.filter { document.tokens[$0].dep == "prep" && document.tokens[$0].text.lowercased() == "for" }
                guard fors.count == 2, let object = own.first(where: { document.tokens[$0].dep == "dobj" }), object < fors[0],
                      let reason = (children[fors[0]] ?? []).first(where: { document.tokens[$0].dep == "pobj" })
                else { continue }
                let joined = children[reason] ?? []
                for second in joined where document.tokens[second].dep == "conj" && second > reason && second < fors[1]
                    && document.tokens[second].pos == "PROPN"
                {
                    document.tokens[second].head = object
                    for coordinator in joined where document.tokens[coordinator].dep == "cc" && coordinator > reason && coordinator < second {
                        document.tokens[coordinator].head = object
                    }
                }
            }
        }
        return document
    }
}
