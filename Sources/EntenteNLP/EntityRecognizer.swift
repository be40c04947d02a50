/// spaCy's greedy transition-based named-entity recogniser (BILUO moves over the tokens, one move
/// per token), reading the sentence starts the parser set.
struct EntityRecognizer: Sendable {
    let network: TransitionNetwork
    let labels: [String]
    private let moves: [Move]

    private struct Move: Sendable {
        enum Kind: Sendable { case begin, inside, last, unit, out }
        let kind: Kind
        /// Index into `labels`; -1 for `O` and for the label-less `U-`, which is never valid here.
        let label: Int
    }

    init(model: NLPModelFile) throws {
        let names: [String] = try model.table("ner_moves")
        var labels: [String] = []
        moves = try names.map { name in
            if name == "O" { return Move(kind: .out, label: -1) }
            let parts = name.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else { throw NLPModelError("unknown entity move '\(name)'") }
            let kind: Move.Kind
            switch parts[0] {
            case "B": kind = .begin
            case "I": kind = .inside
            case "L": kind = .last
            case "U": kind = .unit
            default: throw NLPModelError("unknown entity move '\(name)'")
            }
            let label = String(parts[1])
            if label.isEmpty { return Move(kind: kind, label: -1) }
            if let known = labels.firstIndex(of: label) { return Move(kind: kind, label: known) }
            labels.append(label)
            return Move(kind: kind, label: labels.count - 1)
        }
        self.labels = labels
        network = try TransitionNetwork(model: model, prefix: "ner", features: 3, actions: moves.count)
    }

    /// Finds the entities of one document: token ranges and label indices.
    func recognise(
        count: Int, precomputed: UnsafePointer<Float>, sentenceStarts: [Bool], isSpace: [Bool],
        scratch: inout TransitionScratch
    ) -> [EntitySpan] {
        var entities: [EntitySpan] = []
        var openStart = -1
        var openLabel = -1
        for b0 in 0..<count {
            let remaining = count - b0
            let nextStartsSentence = b0 + 1 < count && sentenceStarts[b0 + 1]
            let best = scratch.withBuffers(slots: 3, actions: moves.count) { slots, hidden, scores in
                slots[0] = Int32(b0)
                slots[1] = Int32(openStart)
                slots[2] = openStart >= 0 ? Int32(b0 - 1) : -1
                network.score(tokens: UnsafeBufferPointer(slots), precomputed: precomputed,
                              hiddenScratch: hidden, scores: scores)
                var best = -1
                for action in moves.indices {
                    let move = moves[action]
                    let valid: Bool
                    switch move.kind {
                    case .begin:
                        valid = openStart < 0 && remaining >= 2 && !nextStartsSentence && !isSpace[b0]
                    case .inside:
                        valid = openStart >= 0 && move.label == openLabel && remaining >= 2 && !nextStartsSentence
                    case .last:
                        valid = openStart >= 0 && move.label == openLabel
                    case .unit:
                        valid = move.label >= 0 && openStart < 0 && !isSpace[b0]
                    case .out:
                        valid = openStart < 0
                    }
                    if valid && (best < 0 || scores[action] > scores[best]) { best = action }
                }
                return best
            }
            // An open entity always has a valid `L-`, and otherwise `O` is valid, so best >= 0.
            let move = moves[max(best, 0)]
            switch move.kind {
            case .begin:
                openStart = b0
                openLabel = move.label
            case .last:
                entities.append(EntitySpan(start: openStart, end: b0 + 1, label: openLabel))
                openStart = -1
                openLabel = -1
            case .unit:
                entities.append(EntitySpan(start: b0, end: b0 + 1, label: move.label))
            case .inside, .out:
                break
            }
        }
        return entities
    }
}

/// An entity as token positions `start..<end` and an index into the recogniser's labels.
struct EntitySpan: Sendable, Equatable {
    var start: Int
    var end: Int
    var label: Int
}
