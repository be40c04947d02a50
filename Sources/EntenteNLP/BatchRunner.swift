/// Runs the pipeline's stages over a batch of tokenized texts, reusing its buffers from batch to
/// batch: networks on all the batch's tokens at once, transition systems one document at a time.
struct BatchRunner: ~Copyable {
    private let pipeline: NLPPipeline
    private var tok2vecWorkspace = Tok2VecWorkspace()
    private var scratch = TransitionScratch()

    init(pipeline: NLPPipeline) {
        self.pipeline = pipeline
    }

    mutating func run(_ documents: [[TokenizedPiece]]) -> [Document] {
        let lengths = documents.map(\.count)
        let total = lengths.reduce(0, +)
        var features: [TokenFeatures] = []
        features.reserveCapacity(total)
        for pieces in documents {
            for piece in pieces {
                features.append(pipeline.vocabulary.features(
                    text: piece.text, exceptionNorm: piece.norm, spaceAfter: piece.spaceAfter))
            }
        }
        let width = Tok2Vec.width
        var vectors = [Float](repeating: 0, count: max(total, 1) * width)
        var hidden = [Float](repeating: 0, count: max(total, 1) * TransitionNetwork.hidden)
        var parserRows = [Float](repeating: 0, count: max(total, 1) * pipeline.parser.network.precomputedWidth)
        var tags: [Int] = []
        features.withUnsafeBufferPointer { features in
            vectors.withUnsafeMutableBufferPointer { vectors in
                pipeline.tok2vec.encode(features, lengths: lengths, workspace: &tok2vecWorkspace,
                                        into: vectors.baseAddress!)
                tags = pipeline.tagger.tag(vectors.baseAddress!, tokens: total)
                hidden.withUnsafeMutableBufferPointer { hidden in
                    parserRows.withUnsafeMutableBufferPointer { rows in
                        pipeline.parser.network.precompute(vectors.baseAddress!, tokens: total,
                                                           scratch: hidden.baseAddress!, into: rows.baseAddress!)
                    }
                }
            }
        }
        // Which tokens are whitespace: the parser, the recogniser and the rule stages all ask.
        let spaces = documents.map { pieces in pieces.map { PythonString.isSpace($0.text) } }
        var trees: [ParsedTree] = []
        var start = 0
        for ((length, isSpace)) in zip(lengths, spaces) {
            let tree = parserRows.withUnsafeBufferPointer { rows in
                pipeline.parser.parse(count: length,
                                      precomputed: rows.baseAddress! + start * pipeline.parser.network.precomputedWidth,
                                      isSpace: isSpace, scratch: &scratch)
            }
            trees.append(tree)
            start += length
        }
        // The parser's table is no longer needed; the recogniser's is smaller and reuses it.
        let entityWidth = pipeline.recognizer.network.precomputedWidth
        features.withUnsafeBufferPointer { features in
            vectors.withUnsafeMutableBufferPointer { vectors in
                pipeline.entityTok2vec.encode(features, lengths: lengths, workspace: &tok2vecWorkspace,
                                              into: vectors.baseAddress!)
                hidden.withUnsafeMutableBufferPointer { hidden in
                    parserRows.withUnsafeMutableBufferPointer { rows in
                        pipeline.recognizer.network.precompute(vectors.baseAddress!, tokens: total,
                                                               scratch: hidden.baseAddress!, into: rows.baseAddress!)
                    }
                }
            }
        }
        var results: [Document] = []
        results.reserveCapacity(documents.count)
        start = 0
        for (((pieces, length), tree), isSpace) in zip(zip(zip(documents, lengths), trees), spaces) {
            let entities = parserRows.withUnsafeBufferPointer { rows in
                pipeline.recognizer.recognise(count: length, precomputed: rows.baseAddress! + start * entityWidth,
                                              sentenceStarts: tree.sentenceStarts, isSpace: isSpace,
                                              scratch: &scratch)
            }
            results.append(assemble(pieces, isSpace: isSpace, tags: tags[start..<(start + length)], tree: tree, entities: entities))
            start += length
        }
        return results
    }

    /// The rule stages (attribute ruler, lemmatizer) and the document's public form.
    private func assemble(
        _ pieces: [TokenizedPiece], isSpace: [Bool], tags: ArraySlice<Int>, tree: ParsedTree, entities: [EntitySpan]
    ) -> Document {
        var annotations = zip(pieces, tags).enumerated().map { index, element in
            TokenAnnotation(text: element.0.text, isSpace: isSpace[index],
                            tag: pipeline.tagger.labels[element.1], dep: tree.labels[index])
        }
        pipeline.attributeRuler.apply(to: &annotations)
        pipeline.lemmatizer.lemmatize(&annotations)

        var iob = [Character](repeating: "O", count: pieces.count)
        var types = [String](repeating: "", count: pieces.count)
        let labels = pipeline.recognizer.labels
        for entity in entities {
            for token in entity.start..<entity.end {
                iob[token] = token == entity.start ? "B" : "I"
                types[token] = labels[entity.label]
            }
        }
        let tokens = pieces.indices.map { index in
            let piece = pieces[index]
            let annotation = annotations[index]
            return Document.Token(
                index: index, text: piece.text, start: piece.start, end: piece.end,
                spaceAfter: piece.spaceAfter, tag: annotation.tag, pos: annotation.pos,
                morph: annotation.morph, lemma: annotation.lemma ?? PythonString.lower(piece.text),
                head: tree.heads[index], dep: annotation.dep, entityIOB: iob[index], entityType: types[index])
        }
        var document = Document(tokens: tokens, sentences: [], entities: [])
        var sentenceStart = 0
        for index in pieces.indices where index > 0 && tree.sentenceStarts[index] {
            document.sentences.append(document.sentence(sentenceStart..<index))
            sentenceStart = index
        }
        if !pieces.isEmpty { document.sentences.append(document.sentence(sentenceStart..<pieces.count)) }
        document.entities = entities.map { entity in
            let range = entity.start..<entity.end
            return Document.Entity(tokens: range, start: tokens[entity.start].start, end: tokens[entity.end - 1].end,
                                   label: labels[entity.label], text: document.text(of: range))
        }
        return document
    }
}

extension Document {
    func sentence(_ range: Range<Int>) -> Sentence {
        Sentence(tokens: range, start: tokens[range.lowerBound].start, end: tokens[range.upperBound - 1].end)
    }

    /// The same document with token indices (positions, heads, ranges) moved by `offset`.
    func shifted(byTokens offset: Int) -> Document {
        guard offset != 0 else { return self }
        var copy = self
        for index in copy.tokens.indices {
            copy.tokens[index].index += offset
            copy.tokens[index].head += offset
        }
        for index in copy.sentences.indices {
            copy.sentences[index].tokens = (copy.sentences[index].tokens.lowerBound + offset)..<(copy.sentences[index].tokens.upperBound + offset)
        }
        for index in copy.entities.indices {
            copy.entities[index].tokens = (copy.entities[index].tokens.lowerBound + offset)..<(copy.entities[index].tokens.upperBound + offset)
        }
        return copy
    }

    /// Pieces of one text, already shifted, joined into one document.
    init(concatenating pieces: [Document]) {
        self.init(tokens: pieces.flatMap(\.tokens), sentences: pieces.flatMap(\.sentences),
                  entities: pieces.flatMap(\.entities))
    }
}
