import EntenteModel
import Testing

@testable import EntenteExtraction

/// The two sides of the last fighting, talks, truce or agreement a story told of: whom its later
/// "the parties" and "this conflict" mean.
@Suite struct DisputantsTests {
    static func statement(_ body: String) -> [String] { AuthorsStanceTests.statement(body) }

    @Test func thePartiesUrgedAreTheStorysDisputants() {
        let found = Self.statement(
            "Israel and Hamas clashed again in Gaza on Monday. Aid deliveries stopped. We urge the parties to agree to an immediate ceasefire.")
        #expect(found.contains("United Kingdom appeals_to Israel"))
        #expect(found.contains("United Kingdom appeals_to Hamas"))
        // The pair the sentence before set side by side comes first ("Reported violations by both
        // M23 and Wazalendo … The UK urges the parties").
        let named = Self.statement(
            "Israel and Hamas clashed again in Gaza on Monday. Violations by both the M23 and Wazalendo groups are concerning. The UK urges the parties to show restraint.")
        #expect(named.contains("United Kingdom appeals_to March 23 Movement"))
        #expect(!named.contains("United Kingdom appeals_to Israel"))
    }

    @Test func aConflictBroughtToAnEndIsTheOneTheStoryToldOf() {
        let found = Self.statement(
            "Israeli forces attacked Hamas in Gaza on Monday. Aid deliveries stopped. We urge everyone to bring this terrible conflict to an end now.")
        #expect(found.contains { $0 == "Israel clashes_with Hamas" || $0 == "Hamas clashes_with Israel" })
        // Told of in passing, it does not keep the phrase rules from a sentence's own events.
        let withdrawal = EncounterTests.triples(
            "Russia attacked Ukraine again. The best way for Russia to address concerns would be for it to withdraw its forces from Ukraine and end the war.")
        #expect(withdrawal.contains("Russia withdraws_from Ukraine"))
    }

    @Test func aTruceOrWarToldAgainIsTheDisputantsInPassing() {
        let found = EncounterTests.triples(
            "Fighting between Israel and Hamas continued in Gaza. Israel and Hamas agreed to talks. Aid workers arrived. The ceasefire must hold.")
        #expect(found.contains { $0 == "Israel ceasefire_with Hamas" || $0 == "Hamas ceasefire_with Israel" })
        // Plain talks after an incursion are another pair's.
        let talks = EncounterTests.triples("China attacked Japan's coast guard. The bilateral talks in Canberra came after the incursion.")
        #expect(!talks.contains { $0.contains("negotiates_with") })
    }
}
