import EntenteModel
import Testing

@testable import EntenteExtraction

/// Relations received or expressed, and events carried by the clause that describes them.
@Suite struct ReceivedAndCarriedTests {
    static func triples(_ text: String) -> [String] { EncounterTests.triples(text) }

    @Test func aRelationReceivedIsTheGiversAndHostsNoOne() {
        let found = Self.triples("The Taliban group receives growing support from Iran.")
        #expect(found.contains("Iran supports Taliban"))
        #expect(!found.contains { $0.contains("hosts") })
        // A visitor received is still hosted.
        #expect(Self.triples("Erdogan received Putin in Ankara.").contains { $0.contains("hosts") })
    }

    @Test func supportExpressedIsSupport() {
        let found = Self.triples("Leaders of France and Germany expressed their unwavering support to Ukraine.")
        #expect(found.contains("France supports Ukraine"))
        #expect(found.contains("Germany supports Ukraine"))
        #expect(!found.contains { $0.contains("praises") })
    }

    @Test func aLightVerbInARelativeClauseCarriesTheEventItDescribes() {
        #expect(Self.triples("The mission was not related to the strikes that the United States launched against the Houthis.")
            == ["United States attacks Houthis"])
        #expect(Self.triples("The talks that Russia held with Turkey failed.").contains("Russia negotiates_with Turkey"))
        // A clause whose verb carries nothing leaves the noun without a side.
        #expect(Self.triples("The strikes that worried the United States hit Yemen.").allSatisfy { !$0.hasPrefix("United States attacks") })
    }
}

/// Names written the way governments write them.
@Suite struct FormalNameTests {
    static func entities(_ text: String) -> [(name: String, mentions: [String])] {
        let extraction = ReadoutTests.extraction(text + "\n")
        return extraction.entities.map { entity in (entity.name, (extraction.mentions[entity] ?? []).map(\.text)) }
    }

    @Test func aFormalFirstNameAndASuffixBelongToTheName() {
        let found = Self.entities("President Joseph R. Biden, Jr. spoke this afternoon with President Emmanuel Macron of France.")
        #expect(found.contains { $0.name == "Joe Biden" && $0.mentions == ["Joseph R. Biden, Jr."] })
        #expect(!found.contains { $0.name.hasPrefix("Joseph") })
        // A title before an initial is still no name.
        #expect(!Self.entities("Secretary of Defense Lloyd J. Austin III met Marles.").contains { $0.name.hasPrefix("Defense") })
    }

    @Test func aPeerIsNamedByTitleAndSeat() {
        let found = EncounterTests.triples(
            "Lord Ahmad of Wimbledon, British Minister of State for the Middle East and the Prime Minister's Special Representative, visited Egypt.")
        #expect(found.contains("Lord Ahmad of Wimbledon member_of United Kingdom"))
        #expect(found.contains("Lord Ahmad of Wimbledon visits Egypt"))
        // The seat is no place of the story, and a leader named in the title leads nothing here.
        #expect(!found.contains { $0.hasPrefix("Wimbledon") || $0.contains("leader_of") })
        #expect(Self.entities("Lord (Tariq) Ahmad of Wimbledon met Sameh Shoukry.").contains { $0.name == "Lord Ahmad of Wimbledon" })
    }

    @Test func anExcellencyIsNoPartOfTheNameAndACommaSetNameHoldsTheTitle() {
        let found = EncounterTests.triples(
            "Meeting with Egypt’s Minister of Foreign Affairs, H.E. Sameh Shoukry, Lord Ahmad discussed the situation in Israel.")
        #expect(found.contains("Lord Ahmad meets_with Sameh Shoukry"))
        #expect(found.contains("Sameh Shoukry member_of Egypt"))
    }

    @Test func closeTiesBetweenTwoStatesAreCooperation() {
        #expect(EncounterTests.triples("The minister reaffirmed the close ties between the United Kingdom and Egypt.")
            .contains("United Kingdom cooperates_with Egypt"))
    }

    @Test func whoDiscussesAWarDoesNotCriticiseItsDoer() {
        let found = EncounterTests.triples("Austin met Katz on Monday. The two ministers also discussed Russia's invasion of Ukraine.")
        #expect(!found.contains { $0.contains("criticises") })
        #expect(found.contains { $0.hasPrefix("Russia") && $0.hasSuffix("Ukraine") })
    }
}
