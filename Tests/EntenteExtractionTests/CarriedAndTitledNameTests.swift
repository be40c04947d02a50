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

/// Titles whose holder the parser hangs elsewhere, and names from other languages.
@Suite struct TitleHolderTests {
    static func triples(_ text: String) -> [String] { EncounterTests.triples(text) }

    @Test func aTitlesPlaceBeforeTheNameIsNoPartOfIt() {
        let envoy = Self.triples(
            "U.S. Special Presidential Envoy Steven Witkoff, accompanied by U.S. Ambassador to Oman Ana Escrogima, conducted talks today in Muscat.")
        #expect(envoy.contains("Ana Escrogima member_of United States"))
        #expect(!envoy.contains { $0.hasPrefix("Oman Ana") || $0.contains("member_of Oman") })
        let spokesperson = Self.triples("U.N. spokesperson in Geneva Alessandra Vellucci told journalists that the talks are underway.")
        #expect(spokesperson.contains("Alessandra Vellucci member_of United Nations"))
        #expect(!spokesperson.contains { $0.contains("Geneva Alessandra") })
    }

    @Test func aNameHungOnATitlesPortfolioHoldsTheTitle() {
        #expect(Self.triples("It comes as UK Minister for the Indo-Pacific, Catherine West, this afternoon visited the offices.")
            .contains("Catherine West member_of United Kingdom"))
    }

    @Test func aProgrammeIsABody() {
        let found = Self.triples(
            "However, Titus Osundina, the U.N. Development Program's deputy resident representative for South Sudan, told VOA that questions remain.")
        #expect(found.contains("Titus Osundina member_of U.N. Development Program"))
    }

    @Test func portugueseNamesGoOnPastTheirJoiningWords() {
        let found = Self.triples("Blinken is set to meet Monday with Cape Verde Prime Minister Ulisses Correia e Silva.")
        #expect(found.contains("Ulisses Correia e Silva leader_of Cape Verde"))
        // An English "and" still ends a name.
        #expect(!Self.triples("Blinken met Correia and Silva praised him.").contains { $0.contains("Correia and Silva") })
    }
}

/// Acts named by nouns whose parties sit where the parser puts them.
@Suite struct NamedActPartyTests {
    static func triples(_ text: String) -> [String] { EncounterTests.triples(text) }

    @Test func aVisitsDestinationHungOnItsVisitor() {
        #expect(Self.triples("The visit by Chinese President Xi Jinping to Serbia was his first.").contains("Xi Jinping visits Serbia"))
    }

    @Test func creditForAPartPlayedIsPraise() {
        #expect(Self.triples("Biden recognized Kenya's leadership of the mission.") == ["Joe Biden praises Kenya"])
        // A state recognised is still recognised.
        #expect(Self.triples("Ethiopia will recognize Somaliland.") == ["Ethiopia recognises Somaliland"])
    }

    @Test func anEffortAgainstAPartyAttacksIt() {
        #expect(Self.triples("Secretary Rubio reaffirmed U.S. support for Israel's efforts against Hamas.").contains("Israel attacks Hamas"))
        // Against no party, nothing.
        #expect(!Self.triples("Kenya praised Somalia's efforts against corruption.").contains { $0.contains("attacks") })
    }

    @Test func aPossessorOwnsItsOwnNounOnly() {
        let found = Self.triples(
            "The two leaders discussed Russia's destabilizing actions, support for Ukraine, and the need for Congress to pass funding for Ukraine.")
        #expect(!found.contains("Russia supports Ukraine"))
        #expect(!found.contains { $0.hasPrefix("Russia demands") })
    }
}

/// Readings from news reports and briefings.
@Suite struct BriefingReadingTests {
    static func triples(_ text: String) -> [String] { EncounterTests.triples(text) }

    @Test func aDatelineIsNoPartyAnAppositionDescribes() {
        let found = Self.triples("PENTAGON —Iranian-backed militants have attacked U.S. forces in Iraq and Syria at least four times in the past 24 hours.")
        #expect(!found.contains("Iran supports United States"))
    }

    @Test func aPhraseBeforeTheSubjectIsTheTopicNotTheOneThanked() {
        let found = Self.triples("On Sudan, Blinken thanked Prince Faisal for Saudi Arabia's continued leadership on regional efforts.")
        #expect(!found.contains { $0.hasSuffix("praises Sudan") })
        #expect(found.contains { $0.hasPrefix("Antony Blinken praises") })
    }

    @Test func partnersListedArePartners() {
        #expect(Self.triples("Britain values its Iraqi partners.").contains("Iraq partner_of United Kingdom"))
        #expect(Self.triples("Britain values its Iraqi allies.").contains("Iraq ally_of United Kingdom"))
    }

    @Test func aSpecialRapporteurHoldsATitle() {
        #expect(Self.triples("Mariana Katzarova, U.N. special rapporteur on human rights in Russia, told the gathering that she is concerned.")
            .contains("Mariana Katzarova member_of United Nations"))
    }

    @Test func outrageAtAnActIsCriticismOfTheHandsThatDidIt() {
        #expect(Self.triples("Austin expressed outrage at their execution at the hands of Hamas.") == ["Austin criticises Hamas"])
        #expect(Self.triples("Austin condemned the execution of six hostages at the hands of Hamas.") == ["Austin criticises Hamas"])
        // The hands named, not the victims.
        #expect(!Self.triples("Austin expressed outrage at the execution of Israelis at the hands of Hamas.").contains { $0.hasSuffix("Israel") })
    }

    @Test func partneringIsCooperation() {
        #expect(Self.triples("Kenya will partner with Haiti on security.").contains { $0.hasPrefix("Kenya cooperates_with Haiti") })
        // The forces a participle of partnering describes are the partners, not its object.
        let raid = Self.triples("U.S. forces, partnered with the Iraqi Security Forces, conducted a raid in western Iraq.")
        #expect(raid.contains { $0.hasPrefix("United States cooperates_with Iraq") })
        #expect(!raid.contains { $0.hasPrefix("Iraq cooperates_with United States") })
    }
}
