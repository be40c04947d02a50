/// A maxout layer followed by layer normalisation, thinc's `Maxout >> LayerNorm`: the building block
/// of both tok2vec networks.
struct MaxoutLayer: Sendable {
    let outputs: Int
    let pieces: Int
    let inputs: Int
    /// `(outputs · pieces) × inputs`, row `o · pieces + p`.
    let weights: [Float]
    /// `outputs · pieces`.
    let bias: [Float]
    let gain: [Float]
    let shift: [Float]

    init(model: NLPModelFile, prefix: String, outputs: Int, pieces: Int, inputs: Int) throws {
        self.outputs = outputs
        self.pieces = pieces
        self.inputs = inputs
        weights = try model.tensor("\(prefix).W", shape: [outputs, pieces, inputs])
        bias = try model.tensor("\(prefix).b", shape: [outputs, pieces])
        gain = try model.tensor("\(prefix).G", shape: [outputs])
        shift = try model.tensor("\(prefix).gb", shape: [outputs])
    }

    /// Runs the layer on `rows` rows of `input` (`rows × inputs`), writing `rows × outputs`.
    /// `scratch` must hold `rows × outputs × pieces` floats.
    func apply(
        _ input: UnsafePointer<Float>, rows: Int,
        scratch: UnsafeMutablePointer<Float>,
        into output: UnsafeMutablePointer<Float>, accumulate: Bool
    ) {
        let width = outputs * pieces
        weights.withUnsafeBufferPointer { weights in
            bias.withUnsafeBufferPointer { bias in
                MatrixProduct.linear(
                    input, rows: rows, inputs: inputs,
                    weights: weights.baseAddress!, bias: bias.baseAddress!, outputs: width,
                    into: scratch)
            }
        }
        gain.withUnsafeBufferPointer { gain in
            shift.withUnsafeBufferPointer { shift in
                for row in 0..<rows {
                    let pieceValues = scratch + row * width
                    let target = output + row * outputs
                    Self.maxoutAndNormalise(
                        pieceValues, outputs: outputs, pieces: pieces,
                        gain: gain.baseAddress!, shift: shift.baseAddress!,
                        into: target, accumulate: accumulate)
                }
            }
        }
    }

    /// Takes the largest piece of each output, then normalises the row to mean 0 and variance 1
    /// (population variance, epsilon 1e-8) and scales and shifts it.
    private static func maxoutAndNormalise(
        _ values: UnsafeMutablePointer<Float>, outputs: Int, pieces: Int,
        gain: UnsafePointer<Float>, shift: UnsafePointer<Float>,
        into target: UnsafeMutablePointer<Float>, accumulate: Bool
    ) {
        // The maxima are written over the first `outputs` values of the row's scratch.
        var sum: Float = 0
        for output in 0..<outputs {
            let base = output * pieces
            var best = values[base]
            for piece in 1..<pieces where values[base + piece] > best {
                best = values[base + piece]
            }
            values[output] = best
            sum += best
        }
        let mean = sum / Float(outputs)
        var squares: Float = 0
        for output in 0..<outputs {
            let centred = values[output] - mean
            squares += centred * centred
        }
        let scale = 1 / (squares / Float(outputs) + 1e-8).squareRoot()
        if accumulate {
            for output in 0..<outputs {
                target[output] += (values[output] - mean) * scale * gain[output] + shift[output]
            }
        } else {
            for output in 0..<outputs {
                target[output] = (values[output] - mean) * scale * gain[output] + shift[output]
            }
        }
    }
}
