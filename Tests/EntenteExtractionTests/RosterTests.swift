import EntenteModel
import Testing

@testable import EntenteExtraction

/// Lists of titled people met, which the parser reads as one long noun.
@Suite struct RosterTests {
    static let roster = "Defense Secretary Lloyd Austin visited Vientiane. The Secretary met with Australian Minister for Defence "
        + "Industry Pat Conroy, Japanese Minister of Defense Nakatani Gen, Philippines Secretary of National Defense Gilberto "
        + "Teodoro, and Republic of Korea Minister of National Defense Kim Yong-hyun."

    @Test func everyTitledPersonOfTheListIsMet() {
        let found = EncounterTests.triples(Self.roster)
        for person in ["Pat Conroy", "Nakatani Gen", "Gilberto Teodoro", "Kim Yong-hyun"] {
            #expect(found.contains("Lloyd Austin meets_with \(person)"), "\(person)")
        }
    }

    @Test func eachPersonServesTheStateThatOpensTheirOwnItem() {
        let found = EncounterTests.triples(Self.roster)
        #expect(found.contains("Pat Conroy member_of Australia"))
        #expect(found.contains("Nakatani Gen member_of Japan"))
        #expect(found.contains("Gilberto Teodoro member_of Philippines"))
        #expect(found.contains("Kim Yong-hyun member_of South Korea"))
        // Not the state of the item before.
        #expect(!found.contains("Kim Yong-hyun member_of Australia"))
        #expect(!found.contains { $0.hasPrefix("Defense Nakatani Gen") })
    }

    @Test func aListOfPartiesThatAreNotTitledPeopleIsNoRoster() {
        let found = EncounterTests.triples("Austin met with Japan, the Philippines, and Australia.")
        #expect(!found.contains { $0.contains("member_of") })
    }

    @Test func aSubjectCoordinatedIntoTheOpeningPhraseStillMeets() {
        let found = EncounterTests.triples("Defense Secretary Lloyd Austin flew to Brisbane. As part of the AUSMIN meeting, Austin and "
            + "Secretary of State Antony Blinken met July 29 with Australian Deputy Prime Minister Richard Marles.")
        #expect(found.contains("Lloyd Austin meets_with Richard Marles"))
        #expect(found.contains("Antony Blinken meets_with Richard Marles"))
    }
}

/// A second titled person coordinated after the first one's state.
@Suite struct TitledConjunctTests {
    @Test func aPersonCoordinatedAfterAStateOfATitleIsTheFirstPersonsPartner() {
        let found = EncounterTests.triples("Secretary of State Antony J. Blinken met today in Amman with His Majesty King Abdullah II of "
            + "Jordan and Crown Prince Al Hussein to discuss the conflict.")
        #expect(found.contains("Antony Blinken meets_with Al Hussein"))
        #expect(found.contains("Antony Blinken meets_with Abdullah II"))
        // The king's title is in his name's mention, and a king leads.
        #expect(found.contains("Abdullah II leader_of Jordan"))
    }

    @Test func theNamesOfDocumentsAndTiesAreNoParties() {
        let facts = ReadoutTests.extraction("The Department released the U.S. Department of Defense Vision Statement for a Secure "
            + "Southeast Asia, which will implement the U.S.-ASEAN Comprehensive Strategic Partnership.\n")
        #expect(!facts.entities.contains { ["Vision Statement", "Comprehensive Strategic Partnership"].contains($0.name) })
    }
}

@Suite struct AlliesFromTests {
    static let text = "Defense Secretary Lloyd Austin visited Vientiane. Austin also met together with close allies from Australia, "
        + "Japan, and the Philippines, as well as separately with his counterpart from India."

    @Test func alliesFromStatesAreAlliesOfTheStateOfTheOneWhoMetThem() {
        let found = EncounterTests.triples(Self.text)
        for state in ["Australia", "Japan", "Philippines"] {
            #expect(found.contains("United States ally_of \(state)"), "\(state)")
        }
        #expect(!found.contains("United States ally_of India"))
    }

    @Test func eachPhraseOfTheMeetingIsMet() {
        #expect(EncounterTests.triples(Self.text).contains("Lloyd Austin meets_with India"))
    }
}
