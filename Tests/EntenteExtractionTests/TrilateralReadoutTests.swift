import EntenteModel
import Testing

@testable import EntenteExtraction

/// A meeting of three ministers, each named with a title: whose title is whose, and whom "the
/// ministers" are afterwards.
@Suite struct TrilateralReadoutTests {
    static let opening = "Secretary of Defense Lloyd J. Austin III, Japanese Minister of Defense Kihara Minoru, and Republic of Korea "
        + "Minister of National Defense Shin Won-sik held a trilateral ministerial meeting by videoconference."

    @Test func aTitleBelongsToTheNameItComesBefore() {
        let found = EncounterTests.triples(Self.opening)
        #expect(found.contains("Kihara Minoru member_of Japan"))
        #expect(!found.contains("Lloyd J. Austin III member_of Japan"))
        #expect(found.contains("Shin Won-sik member_of South Korea"))
    }

    @Test func theMinistersAreEveryoneTheMeetingBroughtTogether() {
        let found = EncounterTests.triples(Self.opening + " The ministers strongly condemned North Korea's missile launches.")
        #expect(found.contains("Lloyd J. Austin III criticises North Korea"))
        #expect(found.contains("Kihara Minoru criticises North Korea"))
        #expect(found.contains("Shin Won-sik criticises North Korea"))
    }
}
