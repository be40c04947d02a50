import Testing
@testable import EntenteNLP

/// The transition rules of the arc-eager state, move by move.
@Suite struct ArcEagerStateTests {
    static func move(_ kind: ArcEagerMove.Kind, label: Int32 = -1) -> ArcEagerMove {
        try! ArcEagerMove(name: {
            switch kind {
            case .shift: "S"
            case .reduce: "D"
            case .leftArc: "L-x"
            case .rightArc: "R-x"
            case .split: "B-ROOT"
            }
        }(), labelIndex: { _ in label })
    }

    @Test func onlyShiftIsValidOnAnEmptyStack() {
        let state = ArcEagerState(count: 3)
        let valid = state.validMoves()
        #expect(valid.shift && !valid.reduce && !valid.arc)
        #expect(valid.split)  // B1 = B0 + 1 and token 1 is not yet a sentence start
    }

    @Test func leftArcAttachesTheStackTopToTheBufferFront() {
        var state = ArcEagerState(count: 3)
        state.apply(Self.move(.shift))
        state.apply(Self.move(.leftArc, label: 5))
        #expect(state.heads[0] == 1)
        #expect(state.labels[0] == 5)
        #expect(state.stack.isEmpty)
        #expect(state.bufferItem(0) == 1)
    }

    @Test func rightArcPushesTheChild() {
        var state = ArcEagerState(count: 3)
        state.apply(Self.move(.shift))
        state.apply(Self.move(.rightArc, label: 2))
        #expect(state.heads[1] == 0)
        #expect(state.stack == [0, 1])
        #expect(state.rightChild(of: 0) == 1)
    }

    @Test func reducingAHeadlessTokenSendsItBackAndForbidsShiftingItAgain() {
        var state = ArcEagerState(count: 4)
        state.apply(Self.move(.shift))  // stack [0]
        state.apply(Self.move(.shift))  // stack [0, 1]
        state.apply(Self.move(.reduce))  // 1 has no head: back to the buffer
        #expect(state.stack == [0])
        #expect(state.bufferItem(0) == 1)
        #expect(state.bufferItem(1) == 2)
        #expect(!state.validMoves().shift)
    }

    @Test func aNewHeadReplacesTheOldArc() {
        var state = ArcEagerState(count: 3)
        state.apply(Self.move(.shift))  // [0]
        state.apply(Self.move(.rightArc, label: 1))  // 0 → 1, stack [0, 1]
        state.apply(Self.move(.leftArc, label: 3))  // 2 → 1 replaces 0 → 1
        #expect(state.heads[1] == 2)
        #expect(state.rightChild(of: 0) == -1)
        #expect(state.leftChild(of: 2) == 1)
    }

    @Test func aBreakMakesTheNextTokenASentenceStartThatBlocksArcs() {
        var state = ArcEagerState(count: 3)
        state.apply(Self.move(.shift))  // [0], buffer 1 2
        state.apply(Self.move(.split))  // token 2 starts a sentence
        state.apply(Self.move(.rightArc, label: 1))  // [0, 1], buffer 2
        let valid = state.validMoves()
        #expect(!valid.arc)
        #expect(!valid.shift)
        #expect(valid.reduce)
    }

    @Test func sentenceStartsAreTheLeftEdgesOfRoots() {
        // Two sentences: 0 ← 1 → 2 and 3 → 4.
        let starts = SentenceBoundaries.starts(heads: [1, 1, 1, 3, 3])
        #expect(starts == [true, false, false, true, false])
    }
}
