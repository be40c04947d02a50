import Testing

@testable import EntenteExtraction

/// Ranks written short before a name: "Brig. Gen. Pat Ryder", "Maj. Gen. Pat Ryder".
@Suite struct RankTests {
    @Test func aRanksFullStopDoesNotEndTheSentence() {
        let found = EncounterTests.triples("Austin visited Kenya, said Pentagon Press Secretary Air Force Brig. Gen. Pat Ryder.")
        #expect(found.contains { $0.hasPrefix("Austin visits Kenya") || $0.hasPrefix("Lloyd Austin visits Kenya") })
        #expect(!found.contains { $0.contains("Air Force Brig") })
        #expect(found.contains("Pat Ryder member_of United States"))
    }

    @Test func aTitleHungOnTheRankIsTheNamesTitle() {
        let found = EncounterTests.triples("Austin visited Kenya, said Pentagon Press Secretary Air Force Maj. Gen. Pat Ryder.")
        #expect(found.contains("Pat Ryder member_of United States"))
    }
}
