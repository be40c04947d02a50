/// Sentence starts from a dependency tree, as spaCy sets them after parsing: the left edge of each
/// root's subtree starts a sentence.
enum SentenceBoundaries {
    /// spaCy widens left and right edges in passes until every head lies inside its sentence, giving
    /// up after twelve passes on a malformed tree; the same passes give the same edges here.
    static func starts(heads: [Int]) -> [Bool] {
        let count = heads.count
        var leftEdge = Array(0..<count)
        var rightEdge = Array(0..<count)
        var pass = 0
        while true {
            for child in 0..<count {
                let head = heads[child]
                if leftEdge[child] < leftEdge[head] { leftEdge[head] = leftEdge[child] }
                if rightEdge[child] > rightEdge[head] { rightEdge[head] = rightEdge[child] }
            }
            for child in stride(from: count - 1, through: 0, by: -1) {
                let head = heads[child]
                if rightEdge[child] > rightEdge[head] { rightEdge[head] = rightEdge[child] }
                if leftEdge[child] < leftEdge[head] { leftEdge[head] = leftEdge[child] }
            }
            if headsWithinSentences(heads: heads, leftEdge: leftEdge) || pass > 10 { break }
            pass += 1
        }
        var starts = [Bool](repeating: false, count: count)
        for token in 0..<count where heads[token] == token {
            starts[leftEdge[token]] = true
        }
        return starts
    }

    private static func headsWithinSentences(heads: [Int], leftEdge: [Int]) -> Bool {
        let count = heads.count
        var isStart = [Bool](repeating: false, count: count)
        for token in 0..<count where heads[token] == token { isStart[leftEdge[token]] = true }
        var sentenceStart = 0
        for token in 0..<count where (token > 0 && isStart[token]) || token == count - 1 {
            let sentenceEnd = token
            for member in sentenceStart..<max(sentenceStart, sentenceEnd)
            where heads[member] < sentenceStart || heads[member] >= sentenceEnd + 1 {
                return false
            }
            sentenceStart = token
        }
        return true
    }
}
