import EntenteModel
import Testing

@testable import EntenteExtraction

/// Readings that named the wrong party, or a party where there was none: each sentence gave a
/// wrong fact before its rule.
@Suite struct WrongPartyTests {
    @Test func aMemberOfAnAllianceIsNotTheAlliance() {
        let found = ReadoutTests.extraction(
            "ANKARA — Turkish F-16 jets shot down a Russian Su-24 bomber near the Syrian border on Tuesday, "
                + "the first time in decades that a NATO member has downed a Russian military aircraft.\n")
        let triples = ExtractorTests.triples(found.facts)
        #expect(triples.contains("Turkey attacks Russia"))
        #expect(!triples.contains { $0.hasPrefix("North Atlantic Treaty Organization") })
        // The alliance acting in its own name still acts.
        let alliance = ExtractorTests.triples(ReadoutTests.extraction("NATO condemned Russia on Monday.\n").facts)
        #expect(alliance.contains("North Atlantic Treaty Organization criticises Russia"))
    }

    @Test func aStructuresNameIsNoParty() {
        let found = ReadoutTests.extraction(
            "Putin and Erdogan agreed on Tuesday to revive the TurkStream gas pipeline.\n")
        #expect(!found.entities.contains { $0.name == "TurkStream" })
        #expect(!ExtractorTests.triples(found.facts).contains { $0.contains("TurkStream") })
    }

    @Test func aPlacePeopleAreTakenFromStandsForNoState() {
        let found = ReadoutTests.extraction(
            "Earlier this month Russia and Turkey organised the evacuation of fighters and civilians from eastern Aleppo.\n")
        #expect(!ExtractorTests.triples(found.facts).contains { $0.hasSuffix("Syria") })
        // A struck city still stands for its state.
        let struck = ExtractorTests.triples(ReadoutTests.extraction("Israel struck Sanaa airport on Friday.\n").facts)
        #expect(struck.contains("Israel attacks Yemen"))
    }

    @Test func twoPlacesTheModelRunsTogetherAreTwoPlaces() {
        let found = ReadoutTests.extraction("Russia fired missiles from Crimea at Kharkiv on Monday.\n")
        #expect(!found.entities.contains { $0.name.contains(" at ") })
        #expect(ExtractorTests.triples(found.facts) == ["Russia attacks Ukraine"])
    }

    @Test func anOffensiveAPartyIsHelpedInIsThatPartys() {
        let found = ReadoutTests.extraction(
            "The United States continues to support the YPG-led Syrian Democratic Forces in an offensive on Raqqa.\n")
        let triples = ExtractorTests.triples(found.facts)
        #expect(triples.contains("United States supports Syrian Democratic Forces"))
        #expect(!triples.contains("United States attacks Syria"))
        #expect(!found.entities.contains { $0.name.hasPrefix("YPG-led") })
    }

    @Test func aCallForAPartyToActIsAnAppeal() {
        let verb = ExtractorTests.triples(ReadoutTests.extraction("The United States called for Russia to withdraw its forces.\n").facts)
        #expect(verb == ["United States appeals_to Russia"])
        let noun = ExtractorTests.triples(ReadoutTests.extraction("Britain renewed its call for Iran to release the detainees.\n").facts)
        #expect(noun == ["United Kingdom appeals_to Iran"])
    }
}

/// Who a readout's titles, counterparts and descriptions name.
@Suite struct TitledPartyTests {
    @Test func theTitleNamesItsHolderNotThePersonNamedLast() {
        let found = ReadoutTests.extraction(
            "President Biden spoke earlier today with Prime Minister Netanyahu. "
                + "The President reaffirmed his ironclad commitment to Israel's security. "
                + "The President referred to his statement demanding that Hamas release the hostages.\n")
        let triples = ExtractorTests.triples(found.facts)
        #expect(triples.contains("Joe Biden supports Israel"))
        #expect(triples.contains("Joe Biden demands Hamas"))
        #expect(!triples.contains { $0.hasPrefix("Benjamin Netanyahu") && !$0.hasSuffix("Israel") && !$0.contains("Joe Biden") })
    }

    @Test func aStatesCounterpartNamedServesThatState() {
        let found = ReadoutTests.extraction(
            "The forum follows a meeting in Singapore between U.S. Defense Secretary Lloyd Austin and his Chinese counterpart, "
                + "Admiral Dong Jun, in late May.\n")
        #expect(ExtractorTests.triples(found.facts).contains("Dong Jun member_of China"))
    }

    @Test func wagingWarOnAStateAttacksIt() {
        let triples = ExtractorTests.triples(ReadoutTests.extraction("Russia is waging a war of aggression against Ukraine.\n").facts)
        #expect(triples == ["Russia attacks Ukraine"])
    }

    @Test func aPlaceHeldByANamedPartyIsOccupied() {
        let triples = ExtractorTests.triples(
            ReadoutTests.extraction("The strikes hit more than 60 targets in Houthi-controlled parts of Yemen.\n").facts)
        #expect(triples.contains("Houthis occupies Yemen"))
    }
}

/// Names that are a person's, a mission's, or no party's.
@Suite struct NameShapeTests {
    @Test func aParliamentariansHonorificsAreNotPartOfTheName() {
        let found = ReadoutTests.extraction(
            "The statement was delivered by the Rt Hon David Lammy MP at the UN Security Council meeting on Sudan.\n")
        #expect(found.entities.contains { $0.name == "David Lammy" && $0.type == "person" })
        #expect(!found.entities.contains { $0.name.contains("Rt Hon") || $0.name.hasSuffix(" MP") })
    }

    @Test func aGatheringIsNoParty() {
        let found = ReadoutTests.extraction("The minister spoke at last year's Xiangshan Forum and at the Munich Security Conference.\n")
        #expect(!found.entities.contains { $0.name.hasSuffix("Forum") || $0.name.hasSuffix("Conference") })
    }

    @Test func peacekeepingMissionsAndArmedGroupsAreKnownByTheirAcronyms() {
        let found = ReadoutTests.extraction(
            "The UK condemns the killings by ADF in Ituri province and the restrictions on MONUSCO imposed by M23.\n")
        let types = Dictionary(found.entities.map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first })
        #expect(types["Allied Democratic Forces"] == "armed-group")
        #expect(types["UN Organization Stabilization Mission in the DR Congo"] == "igo")
    }
}
