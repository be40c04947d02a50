/// spaCy's tagger: a linear layer over the token vectors whose largest output names the tag.
struct Tagger: Sendable {
    let labels: [String]
    private let weights: [Float]
    private let bias: [Float]

    init(model: NLPModelFile) throws {
        labels = try model.table("tag_labels")
        weights = try model.tensor("tagger.W", shape: [labels.count, Tok2Vec.width])
        bias = try model.tensor("tagger.b", shape: [labels.count])
    }

    /// The tag index of each of `tokens` vectors; the first of equal scores wins, as numpy's argmax.
    func tag(_ vectors: UnsafePointer<Float>, tokens: Int) -> [Int] {
        guard tokens > 0 else { return [] }
        let width = labels.count
        var scores = [Float](repeating: 0, count: tokens * width)
        scores.withUnsafeMutableBufferPointer { scores in
            weights.withUnsafeBufferPointer { weights in
                bias.withUnsafeBufferPointer { bias in
                    MatrixProduct.linear(vectors, rows: tokens, inputs: Tok2Vec.width,
                                         weights: weights.baseAddress!, bias: bias.baseAddress!,
                                         outputs: width, into: scores.baseAddress!)
                }
            }
        }
        return (0..<tokens).map { token in
            let row = token * width
            var best = 0
            for label in 1..<width where scores[row + label] > scores[row + best] { best = label }
            return best
        }
    }
}
