import EntenteModel
import Testing

@testable import EntenteExtraction

/// A go-between credited without the sides named: "Egypt's mediation efforts", "the leadership of
/// Türkiye in facilitating this Declaration" mediate between the two the story last reported
/// fighting, talking, agreeing a truce or signing.
@Suite struct MediationTests {
    static func triples(_ text: String) -> [String] { EncounterTests.triples(text) }

    @Test func aCreditedGoBetweenMediatesBetweenTheStorysDisputants() {
        let declaration = Self.triples(
            "The United States welcomes the December 11 Declaration between Somalia and Ethiopia. "
                + "We appreciate the leadership of Türkiye in facilitating this Declaration.")
        #expect(declaration.contains("Somalia signs_agreement_with Ethiopia"))
        #expect(declaration.contains("Turkey mediates Somalia"))
        #expect(declaration.contains("Turkey mediates Ethiopia"))
        let mediators = Self.triples("Israel and Hamas fought this week. Qatari mediators met on Monday.")
        #expect(mediators.contains("Qatar mediates Israel"))
        #expect(mediators.contains("Qatar mediates Hamas"))
        let efforts = Self.triples("Israel and Hamas agreed to a ceasefire. The Secretary thanked the Foreign Minister for Egypt's mediation efforts.")
        #expect(efforts.contains("Egypt mediates Hamas"))
    }

    @Test func aSideIsNoGoBetweenAndARoleInAProcessIsNoMediation() {
        // A side credited with mediation does not mediate its own dispute.
        #expect(!Self.triples("Israel and Hamas fought this week. Israel's mediators met on Monday.").contains { $0.contains("mediates") })
        // A party's role in a peace process is not a go-between's.
        #expect(!Self.triples("Israel and Hamas agreed to a ceasefire. Ukraine's role in the peace process was discussed.")
            .contains { $0.contains("mediates") })
        // With no dispute told, a mediator mediates between no one.
        #expect(!Self.triples("Qatari mediators met on Monday.").contains { $0.contains("mediates") })
    }

    @Test func theSigningOfAnAgreementBetweenTwoPartiesIsTheirs() {
        let found = Self.triples(
            "The United Kingdom welcomes the signing of the Peace Agreement between DRC and Rwanda in Washington, "
                + "and the Declaration of Principles between DRC and M23 in Doha.")
        #expect(found.contains("Democratic Republic of the Congo signs_agreement_with Rwanda"))
        #expect(found.contains("Democratic Republic of the Congo signs_agreement_with March 23 Movement"))
    }

    @Test func effortsToSecureATruceAreAGoBetweens() {
        let found = AuthorsStanceTests.statement(
            "Israel and Hamas have fought in Gaza for ten months. "
                + "We support the tireless efforts of the United States, Qatar and Egypt to secure a ceasefire and the release of hostages.")
        #expect(found.contains("Qatar mediates Israel"))
        #expect(found.contains("Egypt mediates Hamas"))
        #expect(found.contains("United Kingdom supports Qatar"))
    }

    @Test func aThirdPartyThatOpensTalksBetweenTwoMediates() {
        let found = EncounterTests.triples(
            "Secretary Blinken today opened peace negotiations between Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov.")
        #expect(found.contains("Antony Blinken mediates Ararat Mirzoyan"))
        #expect(found.contains("Antony Blinken mediates Jeyhun Bayramov"))
        #expect(found.contains("Ararat Mirzoyan negotiates_with Jeyhun Bayramov"))
    }
}
