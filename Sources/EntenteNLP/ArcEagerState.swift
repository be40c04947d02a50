/// The state of spaCy's non-monotonic arc-eager parser over one document: a stack, a buffer with a
/// "rebuffer" of tokens pushed back by a reduce, the arcs, and the sentence breaks predicted so far.
///
/// Arcs are kept per head as linked lists in arrays, so a step allocates nothing; a replaced arc is
/// marked dead and skipped, which is what spaCy's popped or tombstoned entries amount to.
struct ArcEagerState {
    let count: Int
    private(set) var stack: [Int32] = []
    private var rebuffer: [Int32] = []
    private var bufferIndex = 0
    private(set) var heads: [Int32]
    private(set) var labels: [Int32]
    private var unshiftable: [Bool]
    private var predictedSentenceStart: [Bool]
    // Arcs: for each head the most recent left and right arc; each arc points to the one before it.
    private var lastLeftArc: [Int32]
    private var lastRightArc: [Int32]
    private var arcChild: [Int32] = []
    private var arcPrevious: [Int32] = []
    private var arcAlive: [Bool] = []
    private var arcOfChild: [Int32]

    init(count: Int) {
        self.count = count
        stack.reserveCapacity(count)
        heads = Array(repeating: -1, count: count)
        labels = Array(repeating: -1, count: count)
        unshiftable = Array(repeating: false, count: count)
        predictedSentenceStart = Array(repeating: false, count: count)
        lastLeftArc = Array(repeating: -1, count: count)
        lastRightArc = Array(repeating: -1, count: count)
        arcOfChild = Array(repeating: -1, count: count)
        arcChild.reserveCapacity(2 * count)
        arcPrevious.reserveCapacity(2 * count)
        arcAlive.reserveCapacity(2 * count)
    }

    var isFinal: Bool { stack.isEmpty && bufferLength == 0 }

    var bufferLength: Int { count - bufferIndex + rebuffer.count }

    /// The i-th token on the stack from the top, or -1.
    func stackItem(_ i: Int) -> Int {
        i < stack.count ? Int(stack[stack.count - 1 - i]) : -1
    }

    /// The i-th token of the buffer, rebuffered tokens first, or -1.
    func bufferItem(_ i: Int) -> Int {
        if i < rebuffer.count { return Int(rebuffer[rebuffer.count - 1 - i]) }
        let token = bufferIndex + i - rebuffer.count
        return token < count ? token : -1
    }

    /// The child on the head's most recent live left arc, or -1.
    func leftChild(of head: Int) -> Int { latestChild(head < 0 ? -1 : lastLeftArc[head]) }

    /// The child on the head's most recent live right arc, or -1.
    func rightChild(of head: Int) -> Int { latestChild(head < 0 ? -1 : lastRightArc[head]) }

    private func latestChild(_ start: Int32) -> Int {
        var arc = start
        while arc >= 0 {
            if arcAlive[Int(arc)] { return Int(arcChild[Int(arc)]) }
            arc = arcPrevious[Int(arc)]
        }
        return -1
    }

    /// The parser's eight feature tokens: B0, B1, S0, S1, S2, L(B0), L(S0), R(S0).
    func featureTokens(into slots: UnsafeMutablePointer<Int32>) {
        let b0 = bufferItem(0)
        let s0 = stackItem(0)
        slots[0] = Int32(b0)
        slots[1] = Int32(bufferItem(1))
        slots[2] = Int32(s0)
        slots[3] = Int32(stackItem(1))
        slots[4] = Int32(stackItem(2))
        slots[5] = Int32(leftChild(of: b0))
        slots[6] = Int32(leftChild(of: s0))
        slots[7] = Int32(rightChild(of: s0))
    }

    /// Only the first token is a sentence start before parsing; breaks add more.
    private func isSentenceStart(_ token: Int) -> Bool {
        token >= 0 && token < count && (token == 0 || predictedSentenceStart[token])
    }

    /// Which kinds of move are valid now; every label of a kind shares its validity.
    func validMoves() -> ArcEagerMove.Validity {
        let b0 = bufferItem(0)
        let shift: Bool
        if stack.isEmpty {
            shift = true
        } else if bufferLength < 2 {
            shift = false
        } else {
            shift = !isSentenceStart(b0) && !unshiftable[b0]
        }
        let reduce = !stack.isEmpty
        let arc = !stack.isEmpty && bufferLength > 0 && !isSentenceStart(b0)
        let b1 = bufferItem(1)
        let split = bufferLength >= 2 && b1 == b0 + 1 && !isSentenceStart(b1)
        return .init(shift: shift, reduce: reduce, arc: arc, split: split)
    }

    mutating func apply(_ move: ArcEagerMove) {
        switch move.kind {
        case .shift:
            push()
        case .reduce:
            let s0 = stack.removeLast()
            if heads[Int(s0)] < 0 && !stack.isEmpty {
                // A headless token goes back to the buffer and may not be shifted again.
                unshiftable[Int(s0)] = true
                rebuffer.append(s0)
            }
        case .leftArc:
            let b0 = bufferItem(0)
            let s0 = stackItem(0)
            addArc(head: b0, child: s0, label: move.label)
            unshiftable[b0] = false
            stack.removeLast()
        case .rightArc:
            addArc(head: stackItem(0), child: bufferItem(0), label: move.label)
            push()
        case .split:
            predictedSentenceStart[bufferItem(1)] = true
        }
    }

    private mutating func push() {
        if let token = rebuffer.popLast() {
            stack.append(token)
        } else {
            stack.append(Int32(bufferIndex))
            bufferIndex += 1
        }
    }

    private mutating func addArc(head: Int, child: Int, label: Int32) {
        let old = arcOfChild[child]
        if old >= 0 { arcAlive[Int(old)] = false }
        let arc = Int32(arcChild.count)
        arcChild.append(Int32(child))
        arcAlive.append(true)
        if head > child {
            arcPrevious.append(lastLeftArc[head])
            lastLeftArc[head] = arc
        } else {
            arcPrevious.append(lastRightArc[head])
            lastRightArc[head] = arc
        }
        arcOfChild[child] = arc
        heads[child] = Int32(head)
        labels[child] = label
    }
}

/// One parser action: a kind and, for arcs, the index of its label.
struct ArcEagerMove: Sendable, Equatable {
    enum Kind: Sendable { case shift, reduce, leftArc, rightArc, split }

    struct Validity {
        var shift: Bool
        var reduce: Bool
        var arc: Bool
        var split: Bool

        func allows(_ kind: Kind) -> Bool {
            switch kind {
            case .shift: shift
            case .reduce: reduce
            case .leftArc, .rightArc: arc
            case .split: split
            }
        }
    }

    let kind: Kind
    let label: Int32

    /// Reads spaCy's class names: `S`, `D`, `L-nsubj`, `R-dobj`, `B-ROOT`.
    init(name: String, labelIndex: (String) -> Int32) throws {
        let parts = name.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        let label = parts.count == 2 ? String(parts[1]) : ""
        switch parts[0] {
        case "S": kind = .shift
        case "D": kind = .reduce
        case "L": kind = .leftArc
        case "R": kind = .rightArc
        case "B": kind = .split
        default: throw NLPModelError("unknown parser move '\(name)'")
        }
        self.label = (kind == .leftArc || kind == .rightArc) ? labelIndex(label) : -1
    }
}
