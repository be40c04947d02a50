@testable import EntenteExtraction
import EntenteModel
import Testing

@Suite struct DiscardListTests {
    let discards = DiscardList.standard

    @Test func theConvertedListHasWhatPetrarch2Reads() {
        // Phoenix.discards.txt: 506 phrases, 64 of them discarding the whole story.
        #expect((500...506).contains(discards.phrases.count))
        #expect((60...64).contains(discards.phrases.filter { $0.scope == .story }.count))
    }

    @Test func wholeWordsMatchWherePetrarch2MissedThem() throws {
        // PETRARCH2 split the raw text at spaces: "baseball." and a last word never matched.
        let sentence = DictionaryTokens(["He", "played", "baseball", "."])
        #expect(discards.discard(sentence)?.phrase == "baseball")
        #expect(discards.discard(sentence)?.scope == .sentence)
        let story = DictionaryTokens(["Manchester", "United", "beat", "Arsenal", "in", "Group", "A"])
        let match = try #require(discards.discard(story))
        #expect(match.phrase == "manchester united")
        #expect(match.scope == .story)
        #expect(discards.matches(in: story).map(\.phrase).contains("group a"))
        #expect(discards.discard(DictionaryTokens(["Russia", "attacked", "Turkey"])) == nil)
        #expect(discards.discard(DictionaryTokens(["baseballs"])) == nil)
    }

    @Test func aUserFileInPetrarch2FormatAddsPhrases() throws {
        var list = DiscardList.standard
        try list.add(petrarch: "CRICKET WORLD CUP  # sport\n+EUROVISION\n", file: "my-discards.txt")
        #expect(list.discard(DictionaryTokens(["the", "Eurovision", "final"]))?.scope == .story)
        #expect {
            try list.add(petrarch: "# x\n+  \n", file: "my-discards.txt")
        } throws: { error in
            (error as? DataFileError)?.location == DataFileError.Location(file: "my-discards.txt", line: 2)
        }
    }
}
