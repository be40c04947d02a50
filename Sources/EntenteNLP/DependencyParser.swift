/// spaCy's greedy transition-based dependency parser: heads, labels and sentence boundaries.
struct DependencyParser: Sendable {
    let network: TransitionNetwork
    let labels: [String]
    private let moves: [ArcEagerMove]
    private let rootLabel: Int32
    /// For a pseudo-projective label `X||Y`: the label X to keep and the label Y of the head to find.
    private let liftedLabels: [Int32: (keep: Int32, headLabel: Int32)]

    init(model: NLPModelFile) throws {
        let names: [String] = try model.table("parser_moves")
        var labels: [String] = ["ROOT"]
        var labelIndex: [String: Int32] = ["ROOT": 0]
        func index(_ label: String) -> Int32 {
            if let known = labelIndex[label] { return known }
            labels.append(label)
            labelIndex[label] = Int32(labels.count - 1)
            return Int32(labels.count - 1)
        }
        moves = try names.map { try ArcEagerMove(name: $0, labelIndex: index) }
        var lifted: [Int32: (keep: Int32, headLabel: Int32)] = [:]
        for (position, label) in labels.enumerated() where label.contains("||") {
            guard let bar = label.firstRange(of: "||") else { continue }
            lifted[Int32(position)] = (index(String(label[..<bar.lowerBound])), index(String(label[bar.upperBound...])))
        }
        self.labels = labels
        liftedLabels = lifted
        rootLabel = 0
        network = try TransitionNetwork(model: model, prefix: "parser", features: 8, actions: moves.count)
    }

    /// Parses one document of `count` tokens whose precomputed rows start at `precomputed`.
    /// `isSpace` marks whitespace tokens, which deprojectivisation never picks as a head.
    func parse(
        count: Int, precomputed: UnsafePointer<Float>, isSpace: [Bool],
        scratch: inout TransitionScratch
    ) -> ParsedTree {
        var state = ArcEagerState(count: count)
        // Each token is shifted at most twice and every other move consumes one; the cap only
        // guards against a model that would loop.
        var stepsLeft = 6 * count + 8
        while !state.isFinal && stepsLeft > 0 {
            stepsLeft -= 1
            let valid = state.validMoves()
            let best = scratch.withBuffers(slots: 8, actions: moves.count) { slots, hidden, scores in
                state.featureTokens(into: slots.baseAddress!)
                network.score(tokens: UnsafeBufferPointer(slots), precomputed: precomputed,
                              hiddenScratch: hidden, scores: scores)
                var best = -1
                for action in moves.indices where valid.allows(moves[action].kind) {
                    if best < 0 || scores[action] > scores[best] { best = action }
                }
                return best
            }
            guard best >= 0 else { break }
            state.apply(moves[best])
        }
        var heads = [Int](repeating: 0, count: count)
        var labelIndices = [Int32](repeating: rootLabel, count: count)
        for token in 0..<count {
            let head = Int(state.heads[token])
            if head >= 0 && head != token {
                heads[token] = head
                labelIndices[token] = state.labels[token]
            } else {
                heads[token] = token
            }
        }
        deprojectivise(heads: &heads, labels: &labelIndices, isSpace: isSpace)
        return ParsedTree(
            heads: heads, labels: labelIndices.map { labels[Int($0)] },
            sentenceStarts: SentenceBoundaries.starts(heads: heads))
    }

    /// Re-attaches each arc with a lifted label `X||Y` to the first token labelled Y found breadth
    /// first below its current head (children in text order, whitespace skipped), and keeps X.
    private func deprojectivise(heads: inout [Int], labels: inout [Int32], isSpace: [Bool]) {
        guard labels.contains(where: { liftedLabels[$0] != nil }) else { return }
        var children = [[Int]](repeating: [], count: heads.count)
        for (child, head) in heads.enumerated() where head != child { children[head].append(child) }
        for token in heads.indices {
            guard let lifted = liftedLabels[labels[token]] else { continue }
            var level = [heads[token]]
            var found = -1
            search: while !level.isEmpty {
                var nextLevel: [Int] = []
                for node in level {
                    for child in children[node] where !isSpace[child] && child != token {
                        if labels[child] == lifted.headLabel {
                            found = child
                            break search
                        }
                        nextLevel.append(child)
                    }
                }
                level = nextLevel
            }
            if found >= 0 {
                children[heads[token]].removeAll { $0 == token }
                let siblings = children[found]
                children[found].insert(token, at: siblings.firstIndex { $0 > token } ?? siblings.count)
                heads[token] = found
            }
            labels[token] = lifted.keep
        }
    }
}

/// The parser's output for one document.
struct ParsedTree: Sendable {
    /// Each token's head; a root is its own head.
    var heads: [Int]
    var labels: [String]
    /// True at the first token of each sentence.
    var sentenceStarts: [Bool]
}

/// Reusable buffers for scoring transition states.
struct TransitionScratch: ~Copyable {
    private let slots: UnsafeMutableBufferPointer<Int32>
    private let hidden: UnsafeMutablePointer<Float>
    private let scores: UnsafeMutablePointer<Float>

    init() {
        slots = .allocate(capacity: 16)
        hidden = .allocate(capacity: TransitionNetwork.hidden * TransitionNetwork.pieces)
        scores = .allocate(capacity: 256)
    }

    deinit {
        slots.deallocate()
        hidden.deallocate()
        scores.deallocate()
    }

    func withBuffers<Result>(
        slots count: Int, actions: Int,
        _ body: (UnsafeMutableBufferPointer<Int32>, UnsafeMutablePointer<Float>, UnsafeMutablePointer<Float>) -> Result
    ) -> Result {
        precondition(count <= 16 && actions <= 256)
        return body(UnsafeMutableBufferPointer(rebasing: slots[0..<count]), hidden, scores)
    }
}
