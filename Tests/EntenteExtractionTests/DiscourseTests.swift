import EntenteModel
import Testing

@testable import EntenteExtraction

/// "They" and "the two sides" after a readout's meeting are those who met, however many, and
/// whatever the sentence between named.
@Suite struct MeetingSidesTests {
    static let meeting = "Secretary of State Antony J. Blinken met today with Egyptian Foreign Minister Sameh Shoukry in Cairo.\n\n"

    @Test func theTwoSidesAreThoseWhoMetNotTheLastTwoNamed() {
        let found = EncounterTests.triples(Self.meeting
            + "The Secretary noted that the attacks were carried out by militias acting with the support of Iran. "
            + "The two sides discussed the humanitarian situation. Both leaders condemned the Houthi attacks on shipping.")
        #expect(found.contains("Sameh Shoukry criticises Houthis"))
        #expect(!found.contains("Iran criticises Houthis"))
        #expect(!found.contains { $0.hasPrefix("Antony Blinken negotiates_with Iran") })
    }

    @Test func theyAfterAMeetingAreBothWhoMet() {
        let found = EncounterTests.triples(Self.meeting + "They reaffirmed their strong partnership.")
        #expect(found.contains("Antony Blinken partner_of Sameh Shoukry"))
    }

    @Test func aCountedNounAfterAThreeWayCallIsAllThree() {
        let found = EncounterTests.triples(
            "National Security Advisor Sullivan held a trilateral call with Secretary General Akiba Takeo of Japan and "
                + "Director Cho Tae-yong of the Republic of Korea. The three NSAs reaffirmed the importance of coordination. "
                + "They reiterated their cooperation toward the denuclearization of the Korean Peninsula.")
        #expect(found.contains("Akiba Takeo cooperates_with Cho Tae-yong"))
        #expect(found.contains { $0.hasSuffix("cooperates_with Akiba Takeo") })
    }

    @Test func anOldMeetingDoesNotNameTheSidesOfALaterStatement() {
        let found = EncounterTests.statement(
            "The UK welcomes the summit in Geneva. The meeting between President Aliyev and Prime Minister Pashinyan marks a milestone. "
                + "We also thank Switzerland for hosting. The UK commends the governments of Armenia and Azerbaijan for their courage. "
                + "The UK encourages both sides to sign a peace agreement.",
            source: "Foreign, Commonwealth & Development Office")
        #expect(!found.contains { $0.hasSuffix("appeals_to Ilham Aliyev") || $0.hasSuffix("appeals_to Aliyev") })
    }
}

/// A quoted speaker's "we" is the body or state they speak for.
@Suite struct QuotedVoiceTests {
    @Test func aBodysQuotedWeIsTheBody() {
        #expect(EncounterTests.triples("Hamas said in a statement: \"We reject the proposal from Israel.\"").contains("Hamas rejects Israel"))
    }

    @Test func aSpokesmansQuotedWeIsTheBodyHisTitleNames() {
        let found = EncounterTests.triples("Arakan Army spokesman Khine Thu Kha said, \"We will continue to fight the Myanmar military.\"")
        #expect(found.contains { $0.hasPrefix("Arakan Army attacks Myanmar") })
        #expect(!found.contains { $0.hasPrefix("Khine Thu Kha attacks") || $0.hasPrefix("Khine Thu Kha threatens") })
    }

    @Test func theOneLeftOutIsNoParty() {
        let found = EncounterTests.triples("The Arakan Army met the junta without China.")
        #expect(!found.contains { $0.hasSuffix("China") })
    }
}

/// "The Coalition" after "the Global Coalition to Defeat ISIS" is that body.
@Suite struct HeadNounTests {
    @Test func aBodysHeadNounAloneIsTheBodyNamedBefore() {
        let found = EncounterTests.statement(
            "Iraq consulted the Global Coalition to Defeat ISIS on Monday. Iraq thanks the Coalition for the support provided to its forces.",
            source: "U.S. Department of State")
        #expect(found.contains { $0.hasPrefix("Iraq praises Global Coalition") })
    }

    @Test func aHeadNounTwoBodiesShareNamesNeither() {
        let found = EncounterTests.statement(
            "The Global Coalition to Defeat ISIS met the Sahel Coalition in Rome. Iraq thanks the Coalition for its support.",
            source: "U.S. Department of State")
        #expect(!found.contains { $0.hasPrefix("Iraq praises") })
    }
}

/// "The junta" is the state the story named the junta for, whatever state was named since.
@Suite struct RulingBodyTests {
    @Test func theJuntaIsTheStateItWasNamedFor() {
        let found = EncounterTests.triples(
            "The Myanmar junta attacked the Arakan Army. Talks were held in China. The Arakan Army said it would not meet the junta.")
        #expect(found.contains { $0.hasPrefix("Arakan Army meets_with Myanmar") })
        #expect(!found.contains { $0.hasPrefix("Arakan Army meets_with China") })
    }
}

/// What is left of a title, or a list ending in one, is no name.
@Suite struct TitleRemnantTests {
    @Test func theRestOfATitleIsNoPerson() {
        let found = ReadoutTests.extraction("Austin met with Minister of State and Head of the Military House Francisco Furtado.\n")
        #expect(!found.entities.contains { $0.name.hasPrefix("of ") })
        #expect(found.entities.contains { $0.name == "Francisco Furtado" })
    }

    @Test func aListEndingInATitleIsNoName() {
        let found = ReadoutTests.extraction("An official says Ruto and President Joe Biden will meet.\n")
        #expect(!found.entities.contains { $0.name.contains(" and ") })
        #expect(found.entities.contains { $0.name == "Joe Biden" })
    }
}
