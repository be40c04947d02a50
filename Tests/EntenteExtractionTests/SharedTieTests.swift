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

/// A tie owned by the parties of its clause together ("their cooperation") is a tie between them.
@Suite struct SharedTieTests {
    @Test func aTieTheirClauseKeepsRelatesItsOwners() {
        #expect(EncounterTests.triples("Norway and Sweden reiterated their cooperation on energy.").contains("Norway cooperates_with Sweden"))
        #expect(EncounterTests.triples("Norway and Sweden reaffirmed their strong partnership.").contains("Norway partner_of Sweden"))
        #expect(EncounterTests.triples("Norway and Sweden discussed ways to deepen their defense cooperation.")
            .contains("Norway cooperates_militarily_with Sweden"))
        #expect(EncounterTests.triples("The advisers of Norway and Sweden identified next steps to strengthen their coordination.")
            .contains("Norway coordinates_with Sweden"))
    }

    @Test func thePartiesUrgedOwnTheTie() {
        let found = EncounterTests.triples("Denmark encourages Ethiopia and Somalia to intensify their cooperation on mutual security.")
        #expect(found.contains("Ethiopia cooperates_with Somalia"))
        #expect(!found.contains { $0.hasPrefix("Denmark cooperates_with") })
    }

    @Test func aTieEndedOrHarmedIsNone() {
        for text in ["Norway and Sweden suspended their cooperation.", "Norway and Sweden agreed to end their partnership."] {
            #expect(!EncounterTests.triples(text).contains { $0.contains("cooperates_with") || $0.contains("partner_of") }, "\(text)")
        }
    }

    @Test func aWarTalkedAboutHasNoSidesInThoseWhoTalk() {
        let found = EncounterTests.triples("Biden and Sisi discussed the ongoing war in Gaza.")
        #expect(!found.contains { $0.contains("attacks") })
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

/// A wrong one party reports of another, in words that judge it, accuses the doer.
@Suite struct ReportedWrongTests {
    @Test func aJudgedWrongReportedByAnotherAccusesTheDoer() {
        #expect(EncounterTests.triples("Blinken said Russia is committing war crimes in Ukraine.").contains("Antony Blinken accuses Russia"))
        let blocked = EncounterTests.triples("Power said the Sudanese Armed Forces and the Rapid Support Forces are blocking aid deliveries.")
        #expect(blocked.contains { $0.hasSuffix("accuses Rapid Support Forces") })
    }

    @Test func aPlainReportOrADenialAccusesNoOne() {
        // An official's report of an airstrike on their own province judges nothing.
        #expect(!EncounterTests.triples("Russian airstrikes killed two people in Kherson province, Governor Oleksandr Prokudin reported.")
            .contains { $0.contains("accuses") })
        #expect(!EncounterTests.triples("Blinken said Russia did not commit war crimes in Ukraine.").contains { $0.contains("accuses") })
        // The doer's own account is no accusation.
        #expect(!EncounterTests.triples("Russia said it had committed no war crimes in Ukraine.").contains { $0.contains("accuses") })
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

/// Appeals the parser hangs away from their verb or noun.
@Suite struct DisplacedAppealTests {
    @Test func aSecondAppealCoordinatedIntoTheFirstsComplementIsTheSpeakers() {
        let found = EncounterTests.statement(
            "We urge all countries to condemn this launch and call on the DPRK to come to the table for serious negotiations.",
            source: "The White House")
        #expect(found.contains("United States appeals_to North Korea"))
    }

    @Test func aCallForAPartyToActAppealsToIt() {
        let found = EncounterTests.statement(
            "We reiterate our previous calls for Russia to reverse its recognition of the so-called independence of Abkhazia.",
            source: "Foreign, Commonwealth & Development Office")
        #expect(found.contains("United Kingdom appeals_to Russia"))
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

/// "The junta" is the state the story named the junta for, whatever state was named since.
@Suite struct RulingBodyTests {
    @Test func theJuntaIsTheStateItWasNamedFor() {
        let found = EncounterTests.triples(
            "The Myanmar junta attacked the Arakan Army. Talks were held in China. The Arakan Army said it would not meet the junta.")
        #expect(found.contains { $0.hasPrefix("Arakan Army meets_with Myanmar") })
        #expect(!found.contains { $0.hasPrefix("Arakan Army meets_with China") })
    }
}

/// Ties named by a pair split at a hyphen, and acts judged through the phrase the parser hung them on.
@Suite struct SplitPairAndJudgedPhraseTests {
    @Test func aTieOfAHyphenedPairRelatesThePair() {
        #expect(EncounterTests.triples("They agreed to strengthen bilateral Japan-ROK ties.").contains { $0.hasPrefix("Japan cooperates_with South Korea") })
        #expect(!EncounterTests.triples("Tensions have soured Japan-ROK ties.").contains { $0.contains("cooperates_with") })
    }

    @Test func aParticipleOnTheObjectsPhraseNamesWhoIsPraised() {
        let found = EncounterTests.triples(
            "The United Kingdom welcomes the positive momentum towards peace generated by the work of the African Union.")
        #expect(found.contains("United Kingdom praises African Union"))
    }

    @Test func thePhraseRulesStillReadPartiesTheParseLeftAlone() {
        // The parse reads the praise; the signing between two others is the phrase rules'.
        let found = EncounterTests.triples(
            "First, the United Kingdom welcomes the positive momentum towards peace generated by the work of the AU, "
                + "the signing of the Peace Agreement between DRC and Rwanda in Washington, and the Declaration of Principles in Doha.")
        #expect(found.contains("United Kingdom praises African Union"))
        #expect(found.contains { $0.contains("signs_agreement_with") })
    }
}
