@testable import EntenteExtraction
import Testing

@Suite struct TokenizerTests {
    static func tokens(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        return Tokenizer.tokens(scalars, in: 0..<scalars.count)
    }

    @Test(arguments: [
        ("The U.S. and the U.N. met.", ["The", "U.S.", "and", "the", "U.N.", "met", "."]),
        ("Russia's mediation", ["Russia", "'s", "mediation"]),
        ("Russia’s mediation", ["Russia", "’s", "mediation"]),
        ("near Al-Bab town", ["near", "Al-Bab", "town"]),
        ("N'Djamena and Baza'a", ["N'Djamena", "and", "Baza'a"]),
        ("1,000 troops at 21:17", ["1,000", "troops", "at", "21:17"]),
        ("\"We agree,\" he said.", ["\"", "We", "agree", ",", "\"", "he", "said", "."]),
    ])
    func splitsLikeAReader(text: String, expected: [String]) {
        #expect(Self.tokens(text).map(\.text) == expected)
    }

    @Test func offsetsCountUnicodeScalars() {
        let tokens = Self.tokens("Erdoğan met Putin")
        #expect(tokens.map(\.start) == [0, 8, 12])
        #expect(tokens.map(\.end) == [7, 11, 17])
    }

    @Test func sentencesSurviveAbbreviationsAndInitials() {
        let text = """
            Lt. Col. J. Smith met Gen. Petrov on Feb. 4 in the U.S. Embassy. It went well. \
            "We agree," he said. The talks moved to the U.S. The next round is in Geneva.
            """
        let tokens = Self.tokens(text)
        let sentences = SentenceSplitter.sentences(tokens).map { range in
            tokens[range].map(\.text).joined(separator: " ")
        }
        #expect(sentences == [
            "Lt . Col . J . Smith met Gen . Petrov on Feb . 4 in the U.S. Embassy .",
            "It went well .",
            "\" We agree , \" he said .",
            "The talks moved to the U.S.",
            "The next round is in Geneva .",
        ])
    }
}
