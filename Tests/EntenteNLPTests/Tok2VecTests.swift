import Testing
@testable import EntenteNLP

/// The shared tok2vec's output for one sentence against the vectors spaCy 3.8 prints for it
/// (`doc.tensor`), within what storing the weights as float16 allows.
@Suite struct Tok2VecTests {
    @Test func vectorsMatchSpaCysTensor() throws {
        let pipeline = try NLPPipeline.load()
        let pieces = pipeline.tokenizer.tokenize("Russia attacked Ukraine on Tuesday, the U.S. said.")
        let features = pieces.map {
            pipeline.vocabulary.features(text: $0.text, exceptionNorm: $0.norm, spaceAfter: $0.spaceAfter)
        }
        #expect(features[0].norm == pipeline.vocabulary.stringID("russia"))
        #expect(features[7].shape == pipeline.vocabulary.stringID("X.X."))
        var workspace = Tok2VecWorkspace()
        var vectors = [Float](repeating: 0, count: features.count * Tok2Vec.width)
        features.withUnsafeBufferPointer { features in
            vectors.withUnsafeMutableBufferPointer { vectors in
                pipeline.tok2vec.encode(features, lengths: [features.count], workspace: &workspace,
                                        into: vectors.baseAddress!)
            }
        }
        let russia: [Float] = [-0.9725, -0.4623, 0.183, 1.0612, 0.9536, -0.0331]
        let on: [Float] = [1.132, -0.8661, 0.6888, -0.5807, 0.1529, -0.6717]
        for (index, expected) in russia.enumerated() {
            #expect(abs(vectors[index] - expected) < 0.02, "Russia[\(index)] = \(vectors[index])")
        }
        for (index, expected) in on.enumerated() {
            #expect(abs(vectors[3 * Tok2Vec.width + index] - expected) < 0.02, "on[\(index)] = \(vectors[3 * Tok2Vec.width + index])")
        }
    }

    @Test func aDocumentDoesNotSeeItsNeighbourInABatch() throws {
        let pipeline = try NLPPipeline.load()
        let alone = pipeline.parse("Iran condemned the strike.")
        let batched = pipeline.parse(["Iran condemned the strike.", "Israel struck targets in Syria overnight."])[0]
        #expect(alone == batched)
    }
}
