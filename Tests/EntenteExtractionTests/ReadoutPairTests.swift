import EntenteModel
import Testing

@testable import EntenteExtraction

/// A readout's two principals: "the two leaders", "the leaders", "both sides", the alliance they
/// discussed, and what they judged together.
@Suite struct ReadoutPairTests {
    static let opening = "Secretary of Defense Lloyd J. Austin III met with Japanese Minister of Defense Minoru Kihara in Tokyo today to discuss the U.S.-Japan Alliance.\n\n"

    @Test func anAllianceNamedByTwoStatesIsNoBodyAndNoTopicParty() {
        let found = ReadoutTests.extraction(Self.opening)
        #expect(!found.entities.contains { $0.name.hasSuffix("Alliance") })
        let triples = ExtractorTests.triples(found.facts)
        #expect(triples.contains("United States ally_of Japan"))
        // What is discussed is no one discussed with.
        #expect(!triples.contains { $0.contains("consults United States") })
        #expect(ExtractorTests.triples(ReadoutTests.extraction("Blinken discussed Iran with Lammy on Monday.\n").facts)
            .contains { $0.hasSuffix("consults David Lammy") })
    }

    @Test func theTwoLeadersAndTheLeadersAreThePeopleWhoMet() {
        let triples = ExtractorTests.triples(ReadoutTests.extraction(
            Self.opening
                + "The two leaders condemned North Korea's continued missile launches and its growing military cooperation with Russia.\n\n"
                + "The leaders also expressed serious concern over China's coercive actions in the East China Sea.\n").facts)
        #expect(triples.contains("Lloyd J. Austin III criticises North Korea"))
        #expect(triples.contains("Minoru Kihara criticises North Korea"))
        #expect(triples.contains { $0.hasPrefix("Lloyd J. Austin III criticises China") })
        // "its" is the owner of the noun coordinated before, and military cooperation is military.
        #expect(triples.contains("North Korea cooperates_militarily_with Russia"))
    }

    @Test func theLeadersAreAPairOnlyWhereTheStoryJustNamedTwo() {
        let two = ExtractorTests.triples(ReadoutTests.extraction(
            "Norway and Sweden met in Oslo on Monday to discuss security.\n\nThe leaders condemned Russia for its attacks on Ukraine.\n").facts)
        #expect(two.contains("Norway criticises Russia") && two.contains("Sweden criticises Russia"))
        let three = ExtractorTests.triples(ReadoutTests.extraction(
            "Norway, Sweden and Finland met in Oslo on Monday to discuss security.\n\nThe leaders condemned Russia for its attacks on Ukraine.\n").facts)
        #expect(!three.contains { $0.contains("criticises Russia") })
    }

    @Test func whatAnAgreementIsAboutIsNoPartyToIt() {
        let triples = ExtractorTests.triples(ReadoutTests.extraction(
            "Vladimir Putin met Recep Tayyip Erdogan in St Petersburg on Tuesday.\n\n"
                + "The leaders did not reach agreement on Syria, where Moscow backs Bashar al-Assad.\n").facts)
        #expect(!triples.contains { $0.hasSuffix(" Syria (negated)") })
        #expect(triples.contains("Vladimir Putin signs_agreement_with Recep Tayyip Erdogan (negated)"))
    }
}
