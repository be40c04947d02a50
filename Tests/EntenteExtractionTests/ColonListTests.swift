import EntenteModel
import EntenteNLP
import Testing

@testable import EntenteExtraction

/// A list of names after a colon, which the parser makes a sentence of its own.
@Suite struct ColonListTests {
    static func triples(_ body: String) -> [String] { EventNounTests.triples(body) }

    @Test func aListAfterAColonIsTheNounsApposition() {
        let found = Self.triples(
            "At the summit, heads of state from all 32 NATO allies will engage in discussions with leaders from its Indo-Pacific partners: Australia, Japan, South Korea and New Zealand.\n")
        for state in ["Australia", "Japan", "South Korea", "New Zealand"] {
            // The talks are with the partners listed, not with the owner of "its partners".
            #expect(found.contains("North Atlantic Treaty Organization consults \(state)"))
            #expect(found.contains("\(state) partner_of North Atlantic Treaty Organization"))
        }
        // The region that describes the partners is no party, and no body.
        #expect(!found.contains { $0.contains("Indo-Pacific") })
    }

    @Test func aStatementAfterAColonIsNotAList() {
        // A sentence with a verb after the colon stays a sentence of its own.
        let found = Self.triples("The minister was clear: Russia, Belarus and Iran will meet in Minsk.\n")
        #expect(!found.contains { $0.contains("minister") })
    }

    @Test func aJoinedListKeepsEveryToken() throws {
        let pipeline = try NLPPipeline.load()
        let document = pipeline.parse("At the summit, heads of state from all 32 NATO allies will engage in discussions with leaders from its Pacific partners: Australia, Japan and Fiji. Then it ended.")
        let joined = ColonLists.joined(document)
        #expect(joined.sentences.count == document.sentences.count - 1)
        let joinedTokens: Int = joined.sentences.reduce(0) { $0 + $1.tokens.count }
        let parsedTokens: Int = document.sentences.reduce(0) { $0 + $1.tokens.count }
        #expect(joinedTokens == parsedTokens)
        let australia = try #require(joined.tokens.firstIndex { $0.text == "Australia" })
        #expect(joined.tokens[australia].dep == "appos")
        #expect(joined.tokens[joined.tokens[australia].head].text == "partners")
    }
}
