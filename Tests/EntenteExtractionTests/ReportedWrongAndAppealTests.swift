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

/// A finding of another's wrong accuses its doer; compliance expected of another is demanded of it.
@Suite struct FindingAndExpectationTests {
    static func triples(_ text: String) -> [String] { EncounterTests.triples(text) }

    @Test func aWrongFoundAccusesItsDoer() {
        let found = Self.triples("In December 2023, Blinken concluded that members of the SAF and the RSF had committed war crimes.")
        #expect(found.contains("Antony Blinken accuses Rapid Support Forces"))
        #expect(Self.triples("Blinken determined that the RSF had committed genocide.") == ["Antony Blinken accuses Rapid Support Forces"])
        // A finding that no wrong was done accuses no one.
        #expect(Self.triples("Blinken did not conclude that the RSF had committed genocide.").isEmpty)
    }

    @Test func complianceExpectedOfAnotherIsDemanded() {
        let found = Self.triples("President Trump and I expect the governments of Cambodia and Thailand to fully honor their commitments.")
        #expect(found.contains("Donald Trump demands Cambodia"))
        #expect(found.contains("Donald Trump demands Thailand"))
        #expect(Self.triples("The United States expects Russia to withdraw its forces.") == ["United States demands Russia"])
        // A forecast is no demand.
        #expect(Self.triples("Analysts expect China to grow by five percent.").isEmpty)
        #expect(!Self.triples("Kenya is expected to withdraw its police in May.").contains { $0.contains("demands") })
    }
}

/// A call answered, heeded or not, was made by its owner to the one who answers it.
@Suite struct AnsweredCallTests {
    @Test func aCallIgnoredWasMadeAndRejected() {
        let found = EncounterTests.triples("Houthi militants have once again ignored U.S. calls to stop attacking shipping.")
        #expect(found.sorted() == ["Houthis rejects United States", "United States appeals_to Houthis"])
        let demands = EncounterTests.triples("Hamas rejected Israel's demands for the release of hostages.")
        #expect(demands.contains("Israel demands Hamas"))
        #expect(demands.contains("Hamas rejects Israel"))
        // A call with no sender named is no one's appeal.
        #expect(EncounterTests.triples("Iran ignored the calls.").isEmpty)
    }
}

/// A call its owner is named with, for an event between two sides, appeals to each side.
@Suite struct OwnedCallTests {
    @Test func aCallForAnEventBetweenTwoSidesAppealsToEach() {
        let found = EncounterTests.triples("The Secretary emphasized President Trump's call for an immediate ceasefire between Russia and Ukraine.")
        #expect(found.contains("Donald Trump appeals_to Russia"))
        #expect(found.contains("Donald Trump appeals_to Ukraine"))
        // A call with no owner named appeals for no one.
        #expect(!EncounterTests.triples("The call for a ceasefire between Russia and Ukraine went unanswered.").contains { $0.contains("appeals_to") })
    }

    @Test func aCallByLeadersForTalksAppealsToTheStorysSides() {
        let found = EncounterTests.triples(
            "Israel and Hamas have fought in Gaza for ten months. "
                + "We endorse the call by President Biden, Emir Tamim and President el-Sisi for the urgent resumption of negotiations.")
        #expect(found.contains("Joe Biden appeals_to Israel"))
        #expect(found.contains("Abdel Fattah el-Sisi appeals_to Hamas"))
        // A call for something is no conversation among its callers.
        #expect(!EncounterTests.triples("We endorse the call by President Biden and President el-Sisi for calm.").contains { $0.contains("consults") })
    }
}

/// A mediator named as such mediates between the sides of the conflict the sentence names.
@Suite struct NamedMediatorTests {
    @Test func aMediatorOfAConflictMediatesBetweenItsSides() {
        let found = EncounterTests.triples("Qatar, a key mediator in the war between Israel and Hamas, said talks would resume.")
        #expect(found.contains("Qatar mediates Israel"))
        #expect(found.contains("Qatar mediates Hamas"))
        let attributed = EncounterTests.triples("President Lourenco is the mediator for the conflict between Rwanda and Burundi.")
        #expect(attributed.contains { $0.hasSuffix("mediates Rwanda") })
        #expect(attributed.contains { $0.hasSuffix("mediates Burundi") })
    }
}

/// An act asked for: the one who asked appealed to the one who acted, and the act is no hostility
/// against the one who asked.
@Suite struct RequestedActTests {
    @Test func anActAskedForIsTheAskersAppeal() {
        #expect(EncounterTests.triples("The United States conducted the strikes at the request of Somalia's federal government.")
            == ["Somalia appeals_to United States"])
        let invited = EncounterTests.triples("Kenya deployed police to Haiti at the invitation of the Haitian government.")
        #expect(invited.contains("Haiti appeals_to Kenya"))
        #expect(!invited.contains { $0.hasPrefix("Kenya occupies") || $0.hasPrefix("Kenya attacks") })
    }
}
