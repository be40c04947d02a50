import EntenteNLP

/// "said Pentagon Press Secretary Air Force Brig. Gen. Pat Ryder": the parser ends the sentence
/// at a rank's full stop. The rank and the name after it are one phrase: the sentences are joined,
/// the name takes the rank's place in the tree, and a named entity that ends in the rank is no name.
enum RankBreaks {
    static func joined(_ document: Document) -> Document {
        var document = document
        var sentences: [Document.Sentence] = []
        var dropped = Set<Int>()
        for sentence in document.sentences {
            if let previous = sentences.last, let rank = rankBeforeStop(ending: previous, in: document),
               let root = sentence.tokens.first(where: { document.tokens[$0].head == $0 }),
               document.tokens[sentence.tokens.lowerBound].text.first?.isUppercase == true,
               sentence.tokens.count <= 12
            {
                let stop = rank + 1
                document.tokens[root].head = document.tokens[rank].head == rank ? root : document.tokens[rank].head
                document.tokens[root].dep = document.tokens[rank].head == rank ? "ROOT" : document.tokens[rank].dep
                for index in previous.tokens where document.tokens[index].head == rank && index != rank {
                    document.tokens[index].head = root
                }
                document.tokens[rank].head = root
                document.tokens[rank].dep = "compound"
                document.tokens[stop].head = root
                document.tokens[stop].dep = "punct"
                for (position, entity) in document.entities.enumerated() where entity.tokens.upperBound == stop && entity.tokens.contains(rank) {
                    dropped.insert(position)
                }
                sentences[sentences.count - 1] = Document.Sentence(
                    tokens: previous.tokens.lowerBound..<sentence.tokens.upperBound, start: previous.start, end: sentence.end)
                continue
            }
            sentences.append(sentence)
        }
        document.sentences = sentences
        document.entities = document.entities.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
        return flattened(document)
    }

    /// "Press Secretary Air Force Maj. Gen. Pat Ryder": the parser may hang the title on the rank,
    /// and the rank on the name. The title is the name's.
    private static func flattened(_ document: Document) -> Document {
        var document = document
        let isRank = { (index: Int) -> Bool in
            let word = document.tokens[index].text.lowercased()
            return EntityRecognizer.rankAbbreviations.contains(word.hasSuffix(".") ? String(word.dropLast()) : word)
                || word == "." && index > 0 && EntityRecognizer.rankAbbreviations.contains(document.tokens[index - 1].text.lowercased())
        }
        for index in document.tokens.indices where isRank(index) {
            var name = document.tokens[index].head
            var steps = 0
            while name != document.tokens[name].head, isRank(name), steps < 4 {
                name = document.tokens[name].head
                steps += 1
            }
            guard name != index, !isRank(name), document.tokens[name].pos == "PROPN" else { continue }
            // (A title runs a few words before its rank.)
            for child in max(0, index - 8)..<index where document.tokens[child].head == index && !isRank(child) {
                document.tokens[child].head = name
            }
        }
        return document
    }

    /// The rank whose full stop, written on it, ends a sentence.
    private static func rankBeforeStop(ending sentence: Document.Sentence, in document: Document) -> Int? {
        guard let stop = sentence.tokens.last(where: { document.tokens[$0].pos != "SPACE" }), stop - 1 >= sentence.tokens.lowerBound,
              document.tokens[stop].text == ".", !document.tokens[stop - 1].spaceAfter,
              EntityRecognizer.rankAbbreviations.contains(document.tokens[stop - 1].text.lowercased()),
              document.tokens[stop - 1].text.first?.isUppercase == true
        else { return nil }
        return stop - 1
    }
}
