/// spaCy's `Tok2Vec.v2` with `MultiHashEmbed` and `MaxoutWindowEncoder`: a 96-wide vector per token
/// from hashed lexical features and a window of neighbours, four layers deep.
struct Tok2Vec: Sendable {
    static let width = 96
    /// Rows of zeros thinc puts before, between and after documents; with a window of one and
    /// four layers, a document never sees its neighbour through them.
    static let padding = 4

    private let embeddings: [HashEmbedding]
    private let mix: MaxoutLayer
    private let encoders: [MaxoutLayer]

    init(model: NLPModelFile, prefix: String, rows: [Int], seeds: [Int]) throws {
        guard rows.count == seeds.count else {
            throw NLPModelError("\(prefix): \(rows.count) embedding tables but \(seeds.count) seeds")
        }
        embeddings = try rows.indices.map { column in
            try HashEmbedding(
                table: model.tensor("\(prefix).embed.\(column)", shape: [rows[column], Self.width]),
                rows: rows[column], seed: UInt32(seeds[column]), column: column)
        }
        mix = try MaxoutLayer(model: model, prefix: "\(prefix).mix", outputs: Self.width, pieces: 3,
                              inputs: Self.width * rows.count)
        encoders = try (0..<4).map { layer in
            try MaxoutLayer(model: model, prefix: "\(prefix).encode.\(layer)", outputs: Self.width,
                            pieces: 3, inputs: Self.width * 3)
        }
    }

    /// Encodes the documents whose features lie one after another in `features`, with the given
    /// lengths, into `output` (`features.count × 96`, documents in the same order).
    func encode(
        _ features: UnsafeBufferPointer<TokenFeatures>, lengths: [Int],
        workspace: inout Tok2VecWorkspace, into output: UnsafeMutablePointer<Float>
    ) {
        let width = Self.width
        let paddedRows = features.count + Self.padding * (lengths.count + 1)
        workspace.reserve(paddedRows: paddedRows, embedWidth: width * embeddings.count)

        workspace.withBuffers { current, next, block, blockOutput in
            current.initialize(repeating: 0, count: paddedRows * width)
            // Embed and mix, block by block, straight into each document's padded rows.
            var token = 0
            var paddedRow = Self.padding
            for length in lengths {
                var done = 0
                while done < length {
                    let count = min(Tok2VecWorkspace.blockRows, length - done)
                    for row in 0..<count {
                        let target = block + row * width * embeddings.count
                        for embedding in embeddings {
                            embedding.add(features[token + done + row], into: target + embedding.column * width)
                        }
                    }
                    mix.apply(block, rows: count, scratch: blockOutput,
                              into: current + (paddedRow + done) * width, accumulate: false)
                    done += count
                }
                token += length
                paddedRow += length + Self.padding
            }
            // Each encoder layer reads a window [x(t-1), x(t), x(t+1)] and adds its output to x(t).
            var source = current
            var target = next
            for encoder in encoders {
                target.update(from: source, count: paddedRows * width)
                var start = 0
                while start < paddedRows {
                    let count = min(Tok2VecWorkspace.blockRows, paddedRows - start)
                    for row in 0..<count {
                        let t = start + row
                        let window = block + row * 3 * width
                        if t > 0 {
                            window.update(from: source + (t - 1) * width, count: width)
                        } else {
                            window.initialize(repeating: 0, count: width)
                        }
                        (window + width).update(from: source + t * width, count: width)
                        if t + 1 < paddedRows {
                            (window + 2 * width).update(from: source + (t + 1) * width, count: width)
                        } else {
                            (window + 2 * width).initialize(repeating: 0, count: width)
                        }
                    }
                    encoder.apply(block, rows: count, scratch: blockOutput,
                                  into: target + start * width, accumulate: true)
                    start += count
                }
                swap(&source, &target)
            }
            // Crop the padding.
            var row = Self.padding
            var written = 0
            for length in lengths {
                (output + written * width).update(from: source + row * width, count: length * width)
                written += length
                row += length + Self.padding
            }
        }
    }
}

/// One column of the hash embedding: a feature id picks four rows of the table, which are summed.
struct HashEmbedding: Sendable {
    let table: [Float]
    let rows: Int
    let seed: UInt32
    let column: Int

    func add(_ features: TokenFeatures, into target: UnsafeMutablePointer<Float>) {
        let (a, b, c, d) = MurmurHash.embeddingRows(key: features[column], seed: seed)
        let count = UInt32(rows)
        let width = Tok2Vec.width
        table.withUnsafeBufferPointer { table in
            let base = table.baseAddress!
            let r0 = base + Int(a % count) * width
            let r1 = base + Int(b % count) * width
            let r2 = base + Int(c % count) * width
            let r3 = base + Int(d % count) * width
            for i in 0..<width {
                target[i] = r0[i] + r1[i] + r2[i] + r3[i]
            }
        }
    }
}

/// Reusable buffers for `Tok2Vec.encode`, so that parsing allocates per batch, never per token.
struct Tok2VecWorkspace: ~Copyable {
    static let blockRows = 256

    private var current: UnsafeMutablePointer<Float>
    private var next: UnsafeMutablePointer<Float>
    private var block: UnsafeMutablePointer<Float>
    private var blockOutput: UnsafeMutablePointer<Float>
    private var capacity = 0

    init() {
        current = .allocate(capacity: 1)
        next = .allocate(capacity: 1)
        // Large enough for a block of embeddings (6 × 96 wide) or of windows (3 × 96 wide).
        block = .allocate(capacity: Self.blockRows * Tok2Vec.width * 6)
        blockOutput = .allocate(capacity: Self.blockRows * Tok2Vec.width * 3)
    }

    deinit {
        current.deallocate()
        next.deallocate()
        block.deallocate()
        blockOutput.deallocate()
    }

    mutating func reserve(paddedRows: Int, embedWidth: Int) {
        precondition(embedWidth <= Tok2Vec.width * 6)
        let needed = paddedRows * Tok2Vec.width
        guard needed > capacity else { return }
        current.deallocate()
        next.deallocate()
        capacity = max(needed, capacity * 2)
        current = .allocate(capacity: capacity)
        next = .allocate(capacity: capacity)
    }

    func withBuffers<Result>(
        _ body: (UnsafeMutablePointer<Float>, UnsafeMutablePointer<Float>,
                 UnsafeMutablePointer<Float>, UnsafeMutablePointer<Float>) throws -> Result
    ) rethrows -> Result {
        try body(current, next, block, blockOutput)
    }
}
