import Testing
@testable import EntenteNLP

/// String ids and embedding rows against values spaCy and thinc print for the same inputs.
@Suite struct HashingTests {
    @Test func stringIDsAreMurmurHash64AWithSeedOne() {
        #expect(MurmurHash.hash64A("Russia".utf8, seed: 1) == 8_429_461_636_037_806_616)
        #expect(MurmurHash.hash64A("Xxxxx".utf8, seed: 1) == 16_072_095_006_890_171_862)
        #expect(MurmurHash.hash64A("ukraine".utf8, seed: 1) == 5_344_665_640_039_801_822)
    }

    @Test func reservedSymbolsKeepTheirSmallIDs() throws {
        let vocabulary = try Vocabulary(model: ModelFixture.file())
        #expect(vocabulary.stringID("det") == 415)
        #expect(vocabulary.stringID("mark") == 423)
        #expect(vocabulary.stringID("") == 0)
        #expect(vocabulary.stringID("Russia") == 8_429_461_636_037_806_616)
    }

    @Test func embeddingRowsAreMurmurHash3X64ReadAsFourWords() {
        let rows = MurmurHash.embeddingRows(key: 8_429_461_636_037_806_616, seed: 8)
        #expect([rows.0, rows.1, rows.2, rows.3] == [2_900_861_734, 760_543_245, 2_203_808_953, 1_140_814_868])
        let space = MurmurHash.embeddingRows(key: 1, seed: 12)
        #expect([space.0, space.1, space.2, space.3] == [2_938_686_206, 2_291_508_213, 2_246_688_320, 3_554_967_022])
    }

    @Test(arguments: [
        ("Russia", "Xxxxx"), ("U.S.", "X.X."), ("2017", "dddd"), ("attacked", "xxxx"), ("e-mail", "x-xxxx"),
        ("Aaaaaaaaaaa", "Xxxxx"), ("São", "Xxx"),
    ])
    func wordShapes(word: String, shape: String) {
        #expect(Vocabulary.shape(of: word) == shape)
    }

    @Test func wordsOfAHundredScalarsHaveTheLongShape() {
        #expect(Vocabulary.shape(of: String(repeating: "a", count: 100)) == "LONG")
        #expect(Vocabulary.shape(of: String(repeating: "a", count: 99)) == "xxxx")
    }

    @Test func halfPrecisionConversion() {
        #expect(NLPModelFile.float(fromHalf: 0x3C00) == 1)
        #expect(NLPModelFile.float(fromHalf: 0xC000) == -2)
        #expect(NLPModelFile.float(fromHalf: 0x0001) == Float(sign: .plus, exponent: -24, significand: 1))
        #expect(NLPModelFile.float(fromHalf: 0x7BFF) == 65504)
        #expect(NLPModelFile.float(fromHalf: 0x7C00) == .infinity)
        #expect(NLPModelFile.float(fromHalf: 0x8000).sign == .minus)
    }
}
