@testable import EntenteQuery
import Testing

@Suite struct LexerTests {
    static func kinds(_ text: String) -> [QueryToken.Kind] {
        var lexer = Lexer(SourceText(text))
        return lexer.tokenize().map(\.kind)
    }

    @Test(arguments: [
        ("MATCH (a)", [QueryToken.Kind.keyword(.match), .symbol(.leftParenthesis), .identifier("a"), .symbol(.rightParenthesis), .endOfInput]),
        ("match", [.keyword(.match), .endOfInput]),
        ("-[r:material-conflict]->", [.symbol(.dash), .symbol(.leftBracket), .identifier("r"), .symbol(.colon), .identifier("material-conflict"), .symbol(.rightBracket), .symbol(.arrowRight), .endOfInput]),
        ("<-[]-", [.symbol(.arrowLeft), .symbol(.leftBracket), .symbol(.rightBracket), .symbol(.dash), .endOfInput]),
        ("*1..3", [.symbol(.star), .integer(1), .symbol(.range), .integer(3), .endOfInput]),
        ("2017-03..2017-06", [.date("2017-03"), .symbol(.range), .date("2017-06"), .endOfInput]),
        ("2017-03-23 2017", [.date("2017-03-23"), .integer(2017), .endOfInput]),
        ("0.7 >= <> != <=", [.decimal(0.7), .symbol(.greaterEqual), .symbol(.notEqual), .symbol(.notEqual), .symbol(.lessEqual), .endOfInput]),
        (#""Kurdistan Workers' Party" 'say \"hi\"'"#, [.string("Kurdistan Workers' Party"), .string("say \"hi\""), .endOfInput]),
        ("$target // a comment\nRETURN", [.parameter("target"), .keyword(.return), .endOfInput]),
    ])
    func tokens(text: String, expected: [QueryToken.Kind]) {
        #expect(Self.kinds(text) == expected)
    }

    @Test func rangesAreUTF8Offsets() {
        var lexer = Lexer(SourceText(#"("Türkiye") x"#))
        let tokens = lexer.tokenize()
        #expect(tokens.map(\.range) == [0..<1, 1..<11, 11..<12, 13..<14, 14..<14])
    }

    @Test func unknownCharactersAndOpenStringsAreDiagnosed() {
        var lexer = Lexer(SourceText("MATCH (a) § \"open"))
        _ = lexer.tokenize()
        #expect(lexer.diagnostics.map(\.message.id) == ["unexpectedCharacter(_:)", "unterminatedString"])
        #expect(lexer.diagnostics.map(\.range) == [10..<12, 13..<18])
    }

    /// Found through cli_fuzz.py: 5,000 unknown characters in a row overflowed the stack.
    @Test func aLongRunOfUnknownCharactersIsDiagnosedWithoutRecursion() {
        var lexer = Lexer(SourceText(String(repeating: "@", count: 50_000) + " a"))
        let tokens = lexer.tokenize()
        #expect(tokens.map(\.kind) == [.identifier("a"), .endOfInput])
        #expect(lexer.diagnostics.count == 50_000)
        #expect(lexer.diagnostics.last?.range == 49_999..<50_000)
    }
}
