/// Splits text into tokens, keeping abbreviations with inner dots (`U.S.`),
/// words with inner apostrophes and hyphens (`Russia's` is split as
/// `Russia` + `'s`; `Al-Bab` stays whole) and numbers with separators.
public enum Tokenizer {
    /// Tokens of `scalars[range]`; offsets are indices into `scalars` plus `base`.
    public static func tokens(_ scalars: [Unicode.Scalar], in range: Range<Int>, base: Int = 0) -> [Token] {
        var tokens: [Token] = []
        var i = range.lowerBound
        let end = range.upperBound
        var sawSpace = true
        while i < end {
            let c = scalars[i]
            if c.properties.isWhitespace {
                sawSpace = true
                i += 1
                continue
            }
            let start = i
            if isLetter(c) {
                i += 1
                while i < end {
                    let d = scalars[i]
                    if isLetter(d) || isDigit(d) {
                        i += 1
                    } else if (d == "-" || d == "\u{2011}") && i + 1 < end && isLetter(scalars[i + 1]) {
                        i += 1
                    } else if isApostrophe(d) && i + 1 < end && isLetter(scalars[i + 1])
                        && !(i + 2 <= end && (scalars[i + 1] == "s" || scalars[i + 1] == "S")
                            && (i + 2 == end || !isLetter(scalars[i + 2])))
                    {
                        // Keeps "N'Djamena" and "Baza'a" whole; "'s" becomes its own token.
                        i += 1
                    } else if d == "." && i + 1 < end && isLetter(scalars[i + 1]) && i + 2 <= end
                        && (i + 2 == end || scalars[i + 2] == ".") && i - start == 1
                    {
                        // Single-letter abbreviation chains: U.S., U.N., U.K.
                        i += 1
                    } else {
                        break
                    }
                }
                // A trailing dot after a dotted abbreviation belongs to it ("U.S.").
                if i < end, scalars[i] == ".", i - start >= 3, scalars[i - 2] == "." {
                    i += 1
                }
                tokens.append(make(scalars, start, i, .word, sawSpace, base))
            } else if isDigit(c) {
                i += 1
                while i < end {
                    let d = scalars[i]
                    if isDigit(d) {
                        i += 1
                    } else if (d == "," || d == "." || d == ":") && i + 1 < end && isDigit(scalars[i + 1]) {
                        i += 1
                    } else {
                        break
                    }
                }
                tokens.append(make(scalars, start, i, .number, sawSpace, base))
            } else if isApostrophe(c), i + 1 < end, scalars[i + 1] == "s" || scalars[i + 1] == "S",
                i + 2 == end || !isLetter(scalars[i + 2])
            {
                i += 2
                tokens.append(make(scalars, start, i, .word, false, base))
            } else {
                i += 1
                tokens.append(make(scalars, start, i, .punctuation, sawSpace, base))
            }
            sawSpace = false
        }
        return tokens
    }

    private static func make(
        _ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, _ kind: Token.Kind, _ space: Bool, _ base: Int
    ) -> Token {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars[start..<end])
        let first = scalars[start]
        let capitalised = first.properties.isUppercase
        // "Department’s" and "Department's" are one possessive to every rule.
        let lower = capitalised || kind == .word ? (text == "\u{2019}s" || text == "\u{2019}S" ? "'s" : text.lowercased()) : text
        return Token(
            text: text, kind: kind, start: start + base, end: end + base, lower: lower,
            isCapitalised: capitalised, followsSpace: space)
    }

    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") }
        return c.properties.isAlphabetic
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }

    static func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "\u{2019}" }
}
