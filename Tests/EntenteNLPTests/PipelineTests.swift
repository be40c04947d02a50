import Testing
@testable import EntenteNLP

/// The whole pipeline on short texts, against what spaCy 3.8 with en_core_web_sm 3.8.0 prints.
@Suite struct PipelineTests {
    static let pipeline = try! NLPPipeline.load()

    @Test func aReportedSentence() throws {
        let document = Self.pipeline.parse("Russia attacked Ukraine on Tuesday, the U.S. said.")
        #expect(document.tokens.map(\.text) == ["Russia", "attacked", "Ukraine", "on", "Tuesday", ",", "the", "U.S.", "said", "."])
        #expect(document.tokens.map(\.tag) == ["NNP", "VBD", "NNP", "IN", "NNP", ",", "DT", "NNP", "VBD", "."])
        #expect(document.tokens.map(\.dep) == ["nsubj", "ccomp", "dobj", "prep", "pobj", "punct", "det", "nsubj", "ROOT", "punct"])
        #expect(document.tokens.map(\.head) == [1, 8, 1, 1, 3, 8, 7, 8, 8, 8])
        #expect(document.tokens.map(\.lemma) == ["Russia", "attack", "Ukraine", "on", "Tuesday", ",", "the", "U.S.", "say", "."])
        #expect(document.entities.map(\.text) == ["Russia", "Ukraine", "Tuesday", "U.S."])
        #expect(document.entities.map(\.label) == ["GPE", "GPE", "DATE", "GPE"])
    }

    @Test func sentencesAndEntitiesStopAtSentenceBoundaries() throws {
        let text = "The talks ended. Mr. Lavrov left Geneva on Friday.\n\nNATO said nothing."
        let document = Self.pipeline.parse(text)
        #expect(document.sentences.map(\.tokens) == [0..<4, 4..<12, 12..<16])
        #expect(document.entities.map { "\($0.label):\($0.text)" } == ["PERSON:Lavrov", "GPE:Geneva", "DATE:Friday", "ORG:NATO"])
        for entity in document.entities {
            let sentence = document.sentences.first { $0.tokens.contains(entity.tokens.lowerBound) }!
            #expect(sentence.tokens.contains(entity.tokens.upperBound - 1))
        }
        #expect(document.tokens[11].text == "\n\n")
        #expect(document.tokens[11].tag == "_SP")
        #expect(document.tokens[11].pos == "SPACE")
    }

    @Test func offsetsCountUnicodeScalars() throws {
        // "é" written as e + combining acute is two scalars, and the flag emoji is two.
        let text = "Jose\u{301} met 🇺🇦 envoys in Kyiv."
        let document = Self.pipeline.parse(text)
        let scalars = Array(text.unicodeScalars)
        for token in document.tokens {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[token.start..<token.end])
            #expect(String(view) == token.text)
        }
    }

    @Test func emptyAndWhitespaceTexts() {
        #expect(Self.pipeline.parse("").tokens.isEmpty)
        let spaces = Self.pipeline.parse(" \n\t ")
        #expect(spaces.tokens.allSatisfy { $0.isWhitespace })
        #expect(spaces.entities.isEmpty)
    }

    @Test func batchesGiveTheSameDocumentsAsSingleTexts() {
        let texts = ["Iran and Russia signed a deal.", "", "Turkey shot down a Russian jet near Syria in 2015.", "Hello"]
        let batched = Self.pipeline.parse(texts)
        let singles = texts.map { Self.pipeline.parse($0) }
        #expect(batched == singles)
    }

    @Test func longTextsAreParsedInPiecesWithContinuousOffsets() {
        let paragraph = "Turkey and Russia agreed on a ceasefire in Idlib on Thursday, officials said.\n\n"
        let text = String(repeating: paragraph, count: NLPPipeline.pieceLength / paragraph.unicodeScalars.count + 20)
        var pieces = 0
        var nextToken = 0
        var nextOffset = 0
        Self.pipeline.parsePieces(of: text) { piece in
            pieces += 1
            #expect(piece.tokens.first?.index == nextToken)
            #expect(piece.tokens.first?.start == nextOffset)
            nextToken += piece.tokens.count
            nextOffset = piece.tokens.last!.end + (piece.tokens.last!.spaceAfter ? 1 : 0)
        }
        #expect(pieces == 2)
        let whole = Self.pipeline.parse(text)
        #expect(whole.tokens.count == nextToken)
        #expect(whole.entities.filter { $0.label == "GPE" }.count >= 2 * (text.count / paragraph.count))
    }

    @Test func aLongRunWithoutSpacesIsCutIntoPieces() {
        let text = String(repeating: "a", count: 3 * NLPPipeline.pieceLength + 17)
        let document = Self.pipeline.parse(text)
        #expect(document.tokens.reduce(0) { $0 + ($1.end - $1.start) } == text.unicodeScalars.count)
        #expect(document.tokens.allSatisfy { $0.end - $0.start <= NLPPipeline.pieceLength })
        #expect(document.tokens.map(\.index) == Array(document.tokens.indices))
    }

    @Test(arguments: [
        "\u{0301}Iran\u{0301} met\u{0007} Turkey\u{001C} \u{0300}",
        "\u{202E}Russia\u{200B}attacked\u{FEFF} Ukraine\u{2028}today",
        "\r\n\r\n\t\t  \u{00A0}\u{3000}",
        "🇺🇦🇷🇺👩🏽‍⚕️ — «NATO» … 𝔘𝔫𝔦𝔬𝔫",
    ])
    func oddTextKeepsTokensOnTheirText(text: String) {
        let document = Self.pipeline.parse(text)
        let scalars = Array(text.unicodeScalars)
        var next = 0
        for token in document.tokens {
            #expect(token.start >= next)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[token.start..<token.end])
            #expect(String(view) == token.text)
            next = token.end
        }
        #expect(document.sentences.reduce(0) { $0 + $1.tokens.count } == document.tokens.count)
    }
}
