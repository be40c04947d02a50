import EntenteModel
import Testing

@testable import EntenteExtraction

/// Places a journey passed through.
@Suite struct StopsTests {
    @Test func aJourneysStopsAreVisits() {
        let found = EncounterTests.triples("Foreign Minister Penny Wong returned on Friday from a tour of the Pacific, with stops in Fiji and Samoa.")
        #expect(found.contains("Penny Wong visits Fiji"))
        #expect(found.contains("Penny Wong visits Samoa"))
    }

    @Test func whereOneAttendedIsVisited() {
        let found = EncounterTests.triples("Defense Secretary Lloyd Austin ended his talks in Cambodia on Monday, where he attended a regional forum.")
        #expect(found.contains("Lloyd Austin visits Cambodia"))
    }

    @Test func aStopThatNamesNoPlaceVisitsNothing() {
        let found = EncounterTests.triples("Foreign Minister Penny Wong called for a stop to the fighting with Fiji.")
        #expect(!found.contains { $0.contains("visits") })
    }
}

@Suite struct ListedNameTests {
    @Test func theLastTwoNamesOfAListAreTwoNames() {
        let entities = ReadoutTests.extraction("Moscow staged votes in Kherson, Zaporizhzhia, Donetsk, Luhansk and Crimea.\n").entities.map(\.name)
        #expect(!entities.contains("Luhansk and Crimea"))
    }

    @Test func aNameJoinedByAndOutsideAListStaysOneName() {
        let entities = ReadoutTests.extraction("The envoy praised the Organization for Security and Cooperation in Europe.\n").entities.map(\.name)
        #expect(!entities.contains("Cooperation in Europe"))
    }
}

@Suite struct HyphenedTieTests {
    @Test func aTieNamedByAHyphenedPairIsTheirsPastTheWordsOfItsKind() {
        #expect(EncounterTests.triples("The Secretary reaffirmed the U.S.-Jordan strategic partnership.").contains("United States partner_of Jordan"))
        #expect(EncounterTests.triples("Ministers hailed the US-Kuwait strategic partnership.").contains("United States partner_of Kuwait"))
    }
}

@Suite struct GrantedRequestTests {
    @Test func aRequestGrantedIsTheAskersAppealAndTheGrantorsAgreement() {
        let found = EncounterTests.triples("The African Union Peace and Security Council approved Somalia's request for a pause in the drawdown.")
        #expect(found.contains("Somalia appeals_to African Union Peace and Security Council"))
        #expect(found.contains("African Union Peace and Security Council agrees_with Somalia"))
        // Granting a request praises no one, and the body is not the UN's council.
        #expect(!found.contains { $0.contains("praises") || $0.contains("UN Security Council") })
    }

    @Test func aRequestRefusedIsNoAgreement() {
        let found = EncounterTests.triples("Kenya rejected Somalia's request for more troops.")
        #expect(found.contains("Somalia appeals_to Kenya"))
        #expect(!found.contains("Kenya agrees_with Somalia"))
    }
}

@Suite struct TerritoryListTests {
    @Test func namesListedAfterANounOfHeldGroundArePlaces() {
        let entities = ReadoutTests.extraction("Moscow seeks to legitimise its control of Kherson, Zaporizhzhia, Donetsk, Luhansk and Crimea.\n").entities
        for name in ["Zaporizhzhia", "Donetsk", "Luhansk", "Crimea"] {
            #expect(entities.first { $0.name == name }?.kind == .place, "\(name)")
        }
    }
}

@Suite struct JoinedOwnerTieTests {
    @Test func twoNamesJoinedBeforeATieShareIt() {
        #expect(EncounterTests.triples("The ministers agreed to deepen U.S. and Papua New Guinea defense ties.")
            .contains("United States cooperates_militarily_with Papua New Guinea"))
    }

    @Test func aSingleNameBeforeATieSharesItWithNoOne() {
        #expect(!EncounterTests.triples("The ministers agreed to deepen Papua New Guinea defense ties.").contains { $0.contains("cooperates") })
    }
}
