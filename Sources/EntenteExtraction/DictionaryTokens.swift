import Foundation

/// A sentence's tokens folded into the words the PETRARCH2 dictionaries are keyed by, so actor,
/// agent and discard lookups fold each token once per sentence.
///
/// The word rule (which `scripts/convert-petrarch2.py` applies to the data too): lower case, no
/// diacritics; `_`, hyphens and dashes separate words; brackets, quotes, commas, colons and
/// semicolons are dropped; dots and apostrophes stay (`u.s.`, `people's`, a curly one made straight). A token can fold to
/// several words (`al-Qaeda` → `al qaeda`) or to none (`-`, `(`), and a match may run across tokens
/// that fold to none, so the tokens `al - Qaeda` match `al qaeda` too. Matches start and end on
/// tokens with words.
public struct DictionaryTokens: Sendable, Hashable {
    public let tokens: [String]
    /// Every token's words, in order.
    public let words: [String]
    /// For each word, the token it comes from.
    public let tokenOfWord: [Int]
    /// For each token, the index of its first word (the next token's first word when it has none).
    public let firstWordOfToken: [Int]

    public init(_ tokens: [String]) {
        self.tokens = tokens
        var words: [String] = []
        var tokenOfWord: [Int] = []
        var firstWordOfToken: [Int] = []
        words.reserveCapacity(tokens.count)
        for (index, token) in tokens.enumerated() {
            firstWordOfToken.append(words.count)
            for word in Self.words(in: token) {
                words.append(word)
                tokenOfWord.append(index)
            }
        }
        self.words = words
        self.tokenOfWord = tokenOfWord
        self.firstWordOfToken = firstWordOfToken
    }

    /// The token range that words `start..<end` cover.
    public func tokenRange(ofWords range: Range<Int>) -> Range<Int> {
        tokenOfWord[range.lowerBound]..<(tokenOfWord[range.upperBound - 1] + 1)
    }

    /// True when word `index` is the last word of its token, so a match may end there.
    func endsToken(_ index: Int) -> Bool {
        index + 1 == words.count || tokenOfWord[index + 1] != tokenOfWord[index]
    }

    /// True when word `index` is the first word of its token, so a match may start there.
    func startsToken(_ index: Int) -> Bool {
        index == 0 || tokenOfWord[index - 1] != tokenOfWord[index]
    }

    /// The dictionary words of a text: `"Recep Tayyip Erdoğan"` → `["recep", "tayyip", "erdogan"]`.
    public static func words(in text: some StringProtocol) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        var needsFolding = false
        func flush() {
            guard !current.isEmpty else { return }
            let word = String(current)
            result.append(needsFolding ? fold(word) : word)
            current = String.UnicodeScalarView()
            needsFolding = false
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "_", "-", "\u{2010}"..."\u{2015}":
                flush()
            case ",", "(", ")", "[", "]", "{", "}", "\"", "?", "!", "*", "+", ":", ";", "\u{201C}", "\u{201D}":
                flush()
            case "A"..."Z":
                current.append(Unicode.Scalar(scalar.value + 32)!)
            case "\u{2018}", "\u{2019}":
                // News text writes the apostrophe curly; the dictionaries write it straight.
                current.append("'")
            default:
                if scalar.properties.isWhitespace {
                    flush()
                } else {
                    if scalar.value >= 0x80 { needsFolding = true }
                    current.append(scalar)
                }
            }
        }
        flush()
        return result
    }

    /// The phrase key of a text: its words joined by single spaces.
    public static func key(_ text: some StringProtocol) -> String {
        words(in: text).joined(separator: " ")
    }

    /// Lower case without diacritics, as the converter writes the data (Python's NFKD without
    /// combining marks).
    static func fold(_ word: String) -> String {
        // Not .caseInsensitive: it folds ß to ss, where Python's lower() keeps it.
        word.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil).lowercased()
    }
}
