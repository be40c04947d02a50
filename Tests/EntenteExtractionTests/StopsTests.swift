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
