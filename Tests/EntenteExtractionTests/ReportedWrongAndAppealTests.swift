import EntenteModel
import Testing

@testable import EntenteExtraction

/// A wrong one party reports of another, in words that judge it, accuses the doer.
@Suite struct ReportedWrongTests {
    @Test func aJudgedWrongReportedByAnotherAccusesTheDoer() {
        #expect(EncounterTests.triples("Blinken said Russia is committing war crimes in Ukraine.").contains("Antony Blinken accuses Russia"))
        let blocked = EncounterTests.triples("Power said the Sudanese Armed Forces and the Rapid Support Forces are blocking aid deliveries.")
        #expect(blocked.contains { $0.hasSuffix("accuses Rapid Support Forces") })
    }

    @Test func aPlainReportOrADenialAccusesNoOne() {
        // An official's report of an airstrike on their own province judges nothing.
        #expect(!EncounterTests.triples("Russian airstrikes killed two people in Kherson province, Governor Oleksandr Prokudin reported.")
            .contains { $0.contains("accuses") })
        #expect(!EncounterTests.triples("Blinken said Russia did not commit war crimes in Ukraine.").contains { $0.contains("accuses") })
        // The doer's own account is no accusation.
        #expect(!EncounterTests.triples("Russia said it had committed no war crimes in Ukraine.").contains { $0.contains("accuses") })
    }
}

/// Appeals the parser hangs away from their verb or noun.
@Suite struct DisplacedAppealTests {
    @Test func aSecondAppealCoordinatedIntoTheFirstsComplementIsTheSpeakers() {
        let found = EncounterTests.statement(
            "We urge all countries to condemn this launch and call on the DPRK to come to the table for serious negotiations.",
            source: "The White House")
        #expect(found.contains("United States appeals_to North Korea"))
    }

    @Test func aCallForAPartyToActAppealsToIt() {
        let found = EncounterTests.statement(
            "We reiterate our previous calls for Russia to reverse its recognition of the so-called independence of Abkhazia.",
            source: "Foreign, Commonwealth & Development Office")
        #expect(found.contains("United Kingdom appeals_to Russia"))
    }
}
