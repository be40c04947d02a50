@testable import EntenteExtraction
import EntenteModel
import Testing

@Suite struct AgentDictionaryTests {
    let agents = AgentDictionary.standard

    @Test func theConvertedDictionaryHasWhatPetrarch2Reads() {
        // Phoenix.agents.txt: 2,244 entries and 2 substitution sets, about 5,100 phrases with plurals.
        #expect((3_200...3_350).contains(agents.agents.count))
        #expect((4_900...5_300).contains(agents.phraseCount))
        #expect(Set(agents.agents.map(\.code)).count > 80)
    }

    @Test func pluralsAndSubstitutionsAreExpanded() throws {
        #expect(agents.agent(for: "soldier")?.code == "~MIL")
        #expect(agents.agent(for: "Soldiers")?.code == "~MIL")
        #expect(agents.agent(for: "police")?.code == "~COP")
        #expect(agents.agent(for: "polices") == nil)
        #expect(agents.agent(for: "chambers of commerce")?.code == "~BUS")
        #expect(agents.agent(for: "businesswomen")?.code == "~BUS")
        #expect(agents.agent(for: "foreign ministry")?.code == "~GOV")
        // PETRARCH2 wrote ATTORNIES and MANS; the converter writes English plurals.
        #expect(agents.agent(for: "attorneys")?.phrase == "attorney")
        #expect(agents.agent(for: "attornies") == nil)
        #expect(agents.agent(for: "militiamen")?.code == "~UAF")
        let tokens = DictionaryTokens(["armed", "forces"])
        let match = try #require(agents.longestMatch(in: tokens, at: 0))
        #expect(match.range == 0..<2)
        #expect(match.agent.phrase == "armed forces")
    }

    @Test func russianSoldiersAreTheRussianMilitary() throws {
        let tokens = DictionaryTokens(["Russian", "soldiers"])
        let actor = try #require(ActorDictionary.standard.longestMatch(in: tokens, at: 0))
        let agent = try #require(agents.longestMatch(in: tokens, at: 1))
        #expect(agent.isPlural)
        #expect(agent.agent.applied(to: actor.code(on: nil)) == "RUSMIL")
        #expect(AgentDictionary.code(actor: "RUS", agents: [agent.agent]) == "RUSMIL")
        #expect(agent.agent.applied(to: "RUSMIL") == "RUSMIL")
        #expect(agent.agent.applied(to: nil) == "---MIL")
        let peacekeepers = try #require(agents.agent(for: "peacekeeping troops"))
        #expect(peacekeepers.isPrefix)
        #expect(peacekeepers.applied(to: "IND") == "IGOIND")
    }

    @Test func aUserFileInPetrarch2FormatComesFirst() throws {
        let text = """
            <!-- my agents -->
            !PERSON! = MAN, MEN, WOMAN, WOMEN
            CYBER_SOLDIER [~MILSPY]   # regular plural
            SOLDIER [~MILREB]
            MILITIA {} [~REB]
            JUNTA {JUNTAS} [~MIL]
            BOAT!PERSON! [~REF]
            """
        var dictionary = AgentDictionary.standard
        try dictionary.add(petrarch: text, file: "my-agents.txt")
        #expect(dictionary.agent(for: "cyber soldiers")?.code == "~MILSPY")
        #expect(dictionary.agent(for: "soldiers")?.code == "~MILREB")
        #expect(dictionary.agent(for: "boatwomen")?.code == "~REF")
        #expect(dictionary.agent(for: "junta")?.location.description == "my-agents.txt:6")
    }

    @Test(arguments: [
        ("SOLDIER ~MIL\n", 1),
        ("# agents\nSOLDIER [MIL]\n", 2),
        ("SOLDIER {SOLDIERS [~MIL]\n", 1),
        ("!PERSON! = MAN, WOMAN\nSALES!PEOPLE! [~BUS]\n", 2),
    ])
    func aBadUserFileSaysWhereItIsWrong(text: String, line: Int) {
        #expect {
            try AgentDictionary.parsePetrarch(text, file: "agents.txt")
        } throws: { error in
            (error as? DataFileError)?.location == DataFileError.Location(file: "agents.txt", line: line)
        }
    }
}
