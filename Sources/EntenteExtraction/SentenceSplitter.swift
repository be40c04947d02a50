/// Splits a paragraph's tokens into sentences.
///
/// A full stop ends a sentence unless it closes a title or month abbreviation
/// (`Gen.`, `Lt. Col.`, `Feb.`) or an initial (`J. Smith`); closing quotes
/// stay with the sentence they close. `U.S.` ends a sentence only before a
/// word that usually opens one.
public enum SentenceSplitter {
    static let abbreviations: Set<String> = EntityRecognizer.rankAbbreviations.union([
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep",
        "gov", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs",
        "etc", "inc", "corp", "co", "ltd", "jr", "sr", "mt", "ft", "pres", "gens", "rev", "hon", "est", "approx",
    ])

    static let sentenceOpeners: Set<String> = [
        "the", "he", "she", "it", "they", "we", "i", "in", "but", "a", "an", "this", "that", "these", "those", "on",
        "at", "after", "before", "meanwhile", "however", "moreover", "earlier", "later", "last", "its", "their", "his",
        "her", "there", "both", "according",
    ]

    static let closers: Set<String> = ["\"", "\u{201D}", "'", "\u{2019}", ")", "\u{00BB}"]

    /// Ranges of token indices, one per sentence.
    public static func sentences(_ tokens: [Token]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            var ends = false
            if token.kind == .punctuation, token.text == "." || token.text == "!" || token.text == "?" || token.text == "\u{2026}" {
                ends = true
                if token.text == ".", i > 0 {
                    let previous = tokens[i - 1]
                    let isInitial = previous.kind == .word && previous.text.count == 1 && previous.isCapitalised
                    if !token.followsSpace && (abbreviations.contains(previous.lower) || isInitial) { ends = false }
                }
            } else if token.kind == .word, token.text.hasSuffix("."), token.text.count >= 3, i + 1 < tokens.count {
                // "U.S." at the end of a sentence swallowed the full stop.
                ends = sentenceOpeners.contains(tokens[i + 1].lower) && tokens[i + 1].isCapitalised
            }
            if ends {
                var end = i + 1
                while end < tokens.count, tokens[end].kind == .punctuation, closers.contains(tokens[end].text),
                    !tokens[end].followsSpace
                {
                    end += 1
                }
                // Only a capital, a quote or a number may open the next sentence.
                if end < tokens.count {
                    let next = tokens[end]
                    let opens = next.isCapitalised || next.kind == .number || closers.contains(next.text)
                        || next.text == "\u{201C}" || next.text == "("
                    if !opens {
                        i += 1
                        continue
                    }
                }
                result.append(start..<end)
                start = end
                i = end
            } else {
                i += 1
            }
        }
        if start < tokens.count { result.append(start..<tokens.count) }
        return result
    }
}
