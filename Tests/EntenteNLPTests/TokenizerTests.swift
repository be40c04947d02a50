import Foundation
import Testing
@testable import EntenteNLP

/// The tokenizer against spaCy's: the fixture (`Fixtures/make_tokenizer_fixture.py`) holds spaCy's
/// tokens for 61 texts, and the cases below pin the behaviours that matter most downstream.
@Suite struct TokenizerTests {
    @Test func matchesSpaCyOnTheFixture() throws {
        let tokenizer = try TokenizerFixture.tokenizer()
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/tokenizer-cases.json")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        let cases = try #require(json as? [[String: Any]])
        #expect(cases.count >= 60)
        for fixtureCase in cases {
            let text = try #require(fixtureCase["text"] as? String)
            let tokens = try #require(fixtureCase["tokens"] as? [[Any]])
            let expected: [String] = tokens.map { (token: [Any]) -> String in
                let spaceAfter = (token[3] as? Bool) == true
                return "\(token[0]) \(token[1])..<\(token[2])\(spaceAfter ? " +space" : "")"
            }
            let actual: [String] = tokenizer.tokenize(text).map { piece in
                "\(piece.text) \(piece.start)..<\(piece.end)\(piece.spaceAfter ? " +space" : "")"
            }
            #expect(actual == expected, "\(text.debugDescription)")
        }
    }

    @Test func splitsContractionsWithTheirNorms() throws {
        let pieces = try tokenize("We don't know, they can't say.")
        let texts = pieces.map { $0.text }
        #expect(texts == ["We", "do", "n't", "know", ",", "they", "ca", "n't", "say", "."])
        #expect(pieces[2].norm == "not")
        #expect(pieces[6].norm == "can")
        #expect(pieces[0].norm == nil)
        let informal = try tokenTexts(of: "gonna y'all")
        #expect(informal == ["gon", "na", "y'", "all"])
    }

    @Test func keepsAbbreviationsWhole() throws {
        let title = try tokenTexts(of: "Mr. Smith")
        #expect(title == ["Mr.", "Smith"])
        let country = try tokenTexts(of: "the U.S. (U.S.) U.S.-China")
        #expect(country == ["the", "U.S.", "(", "U.S.", ")", "U.S.-China"])
        let month = try tokenize("Jan. 5")
        #expect(month.first?.norm == "January")
    }

    @Test func splitsHyphensButKeepsURLs() throws {
        let hyphenated = try tokenTexts(of: "e-mail")
        #expect(hyphenated == ["e", "-", "mail"])
        let url = try tokenTexts(of: "See https://www.example.com/a?b=1.")
        #expect(url == ["See", "https://www.example.com/a?b=1", "."])
        let address = try tokenTexts(of: "press@un.org")
        #expect(address == ["press@un.org"])
    }

    @Test func splitsCurrencyAndDashes() throws {
        let euros = try tokenTexts(of: "€1.07")
        #expect(euros == ["€", "1.07"])
        let doubleHyphen = try tokenTexts(of: "a -- b")
        #expect(doubleHyphen == ["a", "--", "b"])
        let emDash = try tokenTexts(of: "a—b")
        #expect(emDash == ["a", "—", "b"])
    }

    /// The special-case pass puts back together exceptions that affix and infix splitting cut apart,
    /// with their norms.
    @Test func rejoinsExceptionsThatAffixesCutApart() throws {
        let emoticons = try tokenTexts(of: "great(*_*) and said:(")
        #expect(emoticons == ["great", "(*_*)", "and", "said", ":("])
        let pieces = try tokenize("Portland,Ore.Iran at 11a.m.How")
        let texts = pieces.map { $0.text }
        #expect(texts == ["Portland", ",", "Ore.", "Iran", "at", "11", "a.m.", "How"])
        #expect(pieces[2].norm == "Oregon")
        #expect(pieces[6].norm == "a.m.")
    }

    /// `'s` split off by the suffix rule is no exception (its NORM comes from the lexeme table); in
    /// the chunk `It’s`, an exception, it is.
    @Test func givesExceptionNormsOnlyToExceptionTokens() throws {
        let pieces = try tokenize("Russia's army. It’s late.")
        let texts = pieces.map { $0.text }
        #expect(texts == ["Russia", "'s", "army", ".", "It", "’s", "late", "."])
        #expect(pieces[1].norm == nil)
        #expect(pieces[5].norm == "'s")
    }

    @Test func makesWhitespaceTokensAsSpaCyDoes() throws {
        let nonBreaking = try tokenize("a\u{a0}b")
        let nonBreakingTexts = nonBreaking.map { $0.text }
        #expect(nonBreakingTexts == ["a", "\u{a0}", "b"])
        #expect(nonBreaking[1].norm == "  ")
        let crlf = try tokenize("a\r\nb")
        let crlfTexts = crlf.map { $0.text }
        let crlfStarts = crlf.map { $0.start }
        #expect(crlfTexts == ["a", "\r\n", "b"])
        #expect(crlfStarts == [0, 1, 3])
        let tab = try tokenTexts(of: "a\tb")
        #expect(tab == ["a", "\t", "b"])
        let blankLine = try tokenTexts(of: "a\n\nb")
        #expect(blankLine == ["a", "\n\n", "b"])
        // U+001C is whitespace to Python (and so to spaCy), though not to Swift.
        let separator = try tokenTexts(of: "a\u{1c}b")
        #expect(separator == ["a", "\u{1c}", "b"])
    }

    @Test func attachesOneSpaceAndKeepsTheRest() throws {
        let pieces = try tokenize("  hi  ")
        #expect(pieces == [
            TokenizedPiece(start: 0, end: 2, text: "  ", norm: nil, spaceAfter: false),
            TokenizedPiece(start: 2, end: 4, text: "hi", norm: nil, spaceAfter: true),
            TokenizedPiece(start: 5, end: 6, text: " ", norm: nil, spaceAfter: false),
        ])
        let empty = try tokenize("")
        #expect(empty.isEmpty)
        let oneSpace = try tokenize(" ")
        #expect(oneSpace == [TokenizedPiece(start: 0, end: 1, text: " ", norm: nil, spaceAfter: false)])
        let trailing = try tokenize("end ")
        #expect(trailing.last?.spaceAfter == true)
    }

    /// Offsets count code points: a combining accent and each emoji scalar count one.
    @Test func countsOffsetsInCodePoints() throws {
        let pieces = try tokenize("cafe\u{301} 😀👍🏽 ok")
        let texts = pieces.map { $0.text }
        let starts = pieces.map { $0.start }
        let ends = pieces.map { $0.end }
        let spaces = pieces.map { $0.spaceAfter }
        #expect(texts == ["cafe\u{301}", "😀", "👍", "🏽", "ok"])
        #expect(starts == [0, 6, 7, 8, 10])
        #expect(ends == [5, 7, 8, 9, 12])
        #expect(spaces == [true, false, false, true, false])
    }

    /// The exception `"ä."` (precomposed) must not apply to `"a\u{308}."`, which Swift's `==` on
    /// strings calls equal; else the token would have the exception's text and length.
    @Test func comparesExceptionsByCodePoints() throws {
        let precomposed = try tokenize("\u{e4}.")
        #expect(precomposed == [TokenizedPiece(start: 0, end: 2, text: "\u{e4}.", norm: nil, spaceAfter: false)])
        let decomposed = try tokenize("a\u{308}. x")
        let ends = decomposed.map { $0.end }
        #expect(decomposed.first?.text.unicodeScalars.count == 3)
        #expect(ends == [3, 5])
        let dont = try tokenTexts(of: "Dont")
        #expect(dont == ["Do", "nt"])
    }

    @Test func coversEveryCodePointOfOddText() throws {
        let texts = [
            "\u{301}\u{301} lone marks", "\u{1}\u{2}\u{7f}\u{1b} controls", "((((x))))", "''''", "....",
            "a:b@c.d:e", "\u{2028}\u{2029}\u{85}\u{b}\u{c}", "🇫🇷🇩🇪👨‍👩‍👧", "\u{feff}\u{200b}x",
            "x\n", "\n x \n", "\u{10FFFF}\u{E000}", "1+2=3, 4*5^6",
        ]
        for text in texts {
            try expectCoverage(of: text)
        }
    }

    @Test func staysLinearOnHugeChunks() throws {
        let tokenizer = try TokenizerFixture.tokenizer()
        let letters = String(repeating: "abcdefghij", count: 100_000)
        let letterTokens = tokenizer.tokenize(letters).map { $0.text }
        #expect(letterTokens == [letters])
        let parentheses = String(repeating: "(", count: 50_000) + "x" + String(repeating: ")", count: 50_000)
        let parenthesisTokens = tokenizer.tokenize(parentheses)
        #expect(parenthesisTokens.count == 100_001)
        for text in [String(repeating: "a:", count: 20_000), String(repeating: ".", count: 100_000) + "x",
                     String(repeating: "a-", count: 50_000), String(repeating: " \n", count: 50_000)] {
            try expectCoverage(of: text)
        }
    }

    @Test func givesTheSameTokensFromManyThreads() async throws {
        let tokenizer = try TokenizerFixture.tokenizer()
        let texts = (0..<64).map { "Text \($0): the U.S. envoy didn't say, e-mail \($0 * 7)@example.org." }
        let expected = texts.map { tokenizer.tokenize($0) }
        let results = await withTaskGroup(of: (Int, [TokenizedPiece]).self) { group in
            for (index, text) in texts.enumerated() {
                group.addTask { (index, tokenizer.tokenize(text)) }
            }
            var results = [[TokenizedPiece]](repeating: [], count: texts.count)
            for await (index, pieces) in group { results[index] = pieces }
            return results
        }
        #expect(results == expected)
    }

    private func tokenize(_ text: String) throws -> [TokenizedPiece] {
        try TokenizerFixture.tokenizer().tokenize(text)
    }

    private func tokenTexts(of text: String) throws -> [String] {
        try tokenize(text).map { $0.text }
    }

    /// Tokens and their spaces spell the text exactly, in order.
    private func expectCoverage(of text: String) throws {
        let scalars = Array(text.unicodeScalars)
        var offset = 0
        for piece in try tokenize(text) {
            #expect(piece.start == offset, "\(text.debugDescription)")
            #expect(piece.end > piece.start && piece.end <= scalars.count)
            guard piece.start == offset, piece.end <= scalars.count, piece.end > piece.start else { return }
            #expect(piece.text == String(String.UnicodeScalarView(scalars[piece.start..<piece.end])))
            offset = piece.end
            if piece.spaceAfter {
                #expect(offset < scalars.count && scalars[offset] == " ")
                offset += 1
            }
        }
        #expect(offset == scalars.count, "\(text.debugDescription)")
    }
}

/// The tokenizer built from the model file's header, read directly so these tests do not depend on
/// the model-loading API.
private enum TokenizerFixture {
    static func tokenizer() throws -> Tokenizer { try loaded.get() }

    private static let loaded: Result<Tokenizer, NLPModelError> = {
        do {
            return .success(try Tokenizer(rules: try readRules()))
        } catch {
            return .failure(NLPModelError("cannot build the tokenizer from the model file: \(error)"))
        }
    }()

    private static func readRules() throws -> TokenizerRules {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/EntenteNLPModel/en_core_web_sm-3.8.0.entnlp").standardized
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        let prefix = try handle.read(upToCount: 12) ?? Data()
        guard prefix.count == 12, prefix.prefix(8) == Data("ENTNLP01".utf8) else {
            throw NLPModelError("\(url.path) is not an Entente model file")
        }
        let headerLength = prefix[8..<12].reversed().reduce(0) { $0 << 8 | Int($1) }
        let header = try handle.read(upToCount: headerLength) ?? Data()
        guard let table = try JSONSerialization.jsonObject(with: header) as? [String: Any],
              let tokenizer = table["tokenizer"] else {
            throw NLPModelError("the model header has no tokenizer table")
        }
        return try TokenizerRules(json: tokenizer)
    }
}
