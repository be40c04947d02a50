/// The scoring network of spaCy's `TransitionBasedParser.v2`, shared by the dependency parser and the
/// entity recogniser: token vectors go through a linear layer and a precomputable affine layer once
/// per document; each parser state then sums the precomputed rows of its feature tokens, takes a
/// maxout and scores every action with the upper layer.
struct TransitionNetwork: Sendable {
    static let hidden = 64
    static let pieces = 2

    /// Feature slots per state (8 for the parser, 3 for the entity recogniser).
    let features: Int
    let actions: Int
    private let linearWeights: [Float]  // 64 × 96
    private let linearBias: [Float]  // 64
    private let lowerWeights: [Float]  // (features · 64 · 2) × 64
    private let lowerBias: [Float]  // 64 · 2
    private let padding: [Float]  // features · 64 · 2: used for a slot with no token
    private let upperWeights: [Float]  // actions × 64
    private let upperBias: [Float]  // actions

    init(model: NLPModelFile, prefix: String, features: Int, actions: Int) throws {
        self.features = features
        self.actions = actions
        let hidden = Self.hidden
        let pieces = Self.pieces
        linearWeights = try model.tensor("\(prefix).linear.W", shape: [hidden, Tok2Vec.width])
        linearBias = try model.tensor("\(prefix).linear.b", shape: [hidden])
        lowerWeights = try model.tensor("\(prefix).lower.W", shape: [features, hidden, pieces, hidden])
        lowerBias = try model.tensor("\(prefix).lower.b", shape: [hidden, pieces])
        padding = try model.tensor("\(prefix).lower.pad", shape: [features, hidden, pieces])
        upperWeights = try model.tensor("\(prefix).upper.W", shape: [actions, hidden])
        upperBias = try model.tensor("\(prefix).upper.b", shape: [actions])
    }

    /// Floats of precomputed values per token.
    var precomputedWidth: Int { features * Self.hidden * Self.pieces }

    /// For every token and feature slot, the slot's share of the hidden layer before bias:
    /// `output` is `tokens × features × 64 × 2`. `scratch` holds `tokens × 64` floats.
    func precompute(
        _ vectors: UnsafePointer<Float>, tokens: Int,
        scratch: UnsafeMutablePointer<Float>, into output: UnsafeMutablePointer<Float>
    ) {
        linearWeights.withUnsafeBufferPointer { weights in
            linearBias.withUnsafeBufferPointer { bias in
                MatrixProduct.linear(vectors, rows: tokens, inputs: Tok2Vec.width,
                                     weights: weights.baseAddress!, bias: bias.baseAddress!,
                                     outputs: Self.hidden, into: scratch)
            }
        }
        lowerWeights.withUnsafeBufferPointer { weights in
            MatrixProduct.linear(scratch, rows: tokens, inputs: Self.hidden,
                                 weights: weights.baseAddress!, bias: nil,
                                 outputs: precomputedWidth, into: output)
        }
    }

    /// Scores every action for a state whose feature slots hold `tokens` (-1 for none), given the
    /// document's precomputed rows. `hiddenScratch` holds 64 · 2 floats; `scores` gets `actions`.
    func score(
        tokens: UnsafeBufferPointer<Int32>, precomputed: UnsafePointer<Float>,
        hiddenScratch: UnsafeMutablePointer<Float>, scores: UnsafeMutablePointer<Float>
    ) {
        let slotWidth = Self.hidden * Self.pieces
        let rowWidth = precomputedWidth
        lowerBias.withUnsafeBufferPointer { bias in
            hiddenScratch.update(from: bias.baseAddress!, count: slotWidth)
        }
        padding.withUnsafeBufferPointer { padding in
            for slot in 0..<features {
                let token = Int(tokens[slot])
                let source = token < 0
                    ? padding.baseAddress! + slot * slotWidth
                    : precomputed + token * rowWidth + slot * slotWidth
                for i in 0..<slotWidth { hiddenScratch[i] += source[i] }
            }
        }
        for unit in 0..<Self.hidden {
            hiddenScratch[unit] = max(hiddenScratch[2 * unit], hiddenScratch[2 * unit + 1])
        }
        upperWeights.withUnsafeBufferPointer { weights in
            upperBias.withUnsafeBufferPointer { bias in
                for action in 0..<actions {
                    let row = weights.baseAddress! + action * Self.hidden
                    var total: Float = 0
                    for unit in 0..<Self.hidden { total += row[unit] * hiddenScratch[unit] }
                    scores[action] = total + bias[action]
                }
            }
        }
    }
}
