/// Phrases of dictionary words, found longest first in a run of words.
///
/// Keyed by the whole phrase rather than a word trie: tens of thousands of phrases load as one
/// dictionary insertion each, and a lookup tries at most as many lengths as the longest phrase
/// that starts with the word at hand.
struct PhraseIndex: Sendable {
    /// Phrase (words joined by single spaces) → payload.
    private var values: [String: Int] = [:]
    /// First word → the most words of any phrase starting with it.
    private var longest: [String: Int] = [:]

    var count: Int { values.count }

    /// Adds a phrase, given as its key (words joined by single spaces); keeps an earlier payload
    /// unless `replacing`.
    mutating func reserveCapacity(_ count: Int) {
        values.reserveCapacity(count)
        longest.reserveCapacity(count)
    }

    mutating func insert(key: String, value: Int, replacing: Bool = false) {
        if let old = values.updateValue(value, forKey: key) {
            if !replacing { values[key] = old }
            return
        }
        var words = 1
        var firstSpace: String.Index?
        for index in key.utf8.indices where key.utf8[index] == 0x20 {
            if firstSpace == nil { firstSpace = index }
            words += 1
        }
        let head = firstSpace.map { String(key.utf8[..<$0])! } ?? key
        longest[head, default: 0] = max(longest[head, default: 0], words)
    }

    func value(forKey key: String) -> Int? { values[key] }

    /// The longest phrase starting at word `start` that ends on a token boundary.
    func longestMatch(in tokens: DictionaryTokens, at start: Int) -> (words: Range<Int>, value: Int)? {
        let words = tokens.words
        guard start < words.count, tokens.startsToken(start), let most = longest[words[start]] else { return nil }
        var length = min(most, words.count - start)
        while length > 0 {
            let end = start + length
            if tokens.endsToken(end - 1) {
                let key = length == 1 ? words[start] : words[start..<end].joined(separator: " ")
                if let value = values[key] { return (start..<end, value) }
            }
            length -= 1
        }
        return nil
    }
}
