import EntenteModel
import Testing

@testable import EntenteExtraction

/// A message given is the message's act, not a gift.
@Suite struct GivenMessageTests {
    @Test func aWarningGivenOrDeliveredWarns() {
        for text in ["President Arvid Lindqvist gave a stern warning to Ghana on Friday.",
                     "President Arvid Lindqvist delivered a stern, one-word warning to Ghana on Friday."] {
            let found = EncounterTests.triples(text)
            #expect(found.contains("Arvid Lindqvist threatens Ghana"), "\(text)")
            #expect(!found.contains("Arvid Lindqvist aids Ghana"), "\(text)")
        }
        // Aid delivered is still aid.
        #expect(EncounterTests.triples("Jordan delivered aid to Gaza on Friday.").contains("Jordan aids Gaza"))
    }
}

/// Journeys named by a light verb and a noun.
@Suite struct TripTests {
    @Test func aTripTakenOrMadeIsAVisit() {
        #expect(EncounterTests.triples("In February, Arvid Lindqvist took a trip to Ghana.").contains { $0.hasSuffix("visits Ghana") })
        #expect(EncounterTests.triples("Arvid Lindqvist made a surprise visit to Ghana on Monday.").contains { $0.hasSuffix("visits Ghana") })
        #expect(!EncounterTests.triples("In February, Arvid Lindqvist took a trip to Ghana.").contains { $0.contains("seizes") })
    }
}

/// An act word describing who does it names no act.
@Suite struct AgentDescriptionTests {
    @Test func anAttackPlannerIsNoAttack() {
        let found = EncounterTests.triples("Islamic State attack planner Ahmed Noor was killed in the operation.")
        #expect(!found.contains { $0.contains("attacks") })
        #expect(EncounterTests.triples("Islamic State attacked Ghana on Monday.").contains("Islamic State attacks Ghana"))
    }
}

/// Who leads whom when a party acts under another's leadership.
@Suite struct LeadershipTests {
    @Test func underTheLeadershipOfAPersonThePartyIsLed() {
        let found = EncounterTests.triples("Hezbollah has become stronger under the leadership of Hassan Nasrallah.")
        #expect(found.contains("Hassan Nasrallah leader_of Hezbollah"))
        #expect(!found.contains("Hezbollah leader_of Hassan Nasrallah"))
        // A state's leadership of a body is still its own.
        #expect(EncounterTests.triples("Guyana's leadership of CARICOM was welcomed.").contains("Guyana leader_of CARICOM"))
    }
}

/// A proposition agreed on is no act with the party it is about.
@Suite struct PropositionTests {
    @Test func agreeingThatAPartyIsAThreatIsNoAgreementWithIt() {
        let found = EncounterTests.triples("Sweden and Norway agreed that Iran remains a threat to regional security.")
        #expect(!found.contains { $0.hasSuffix("agrees_with Iran") })
        #expect(found.contains("Sweden agrees_with Norway") || found.contains("Norway agrees_with Sweden"))
    }
}

/// A tie between two parties that a verb stresses holds.
@Suite struct StressedTieTests {
    @Test func aCooperationOrPartnershipStressedHolds() {
        let stressed = EncounterTests.triples(
            "He highlighted the long-standing cooperation between Ghana and Togo, noting that Arvid Lindqvist met with Marta Okonkwo.")
        #expect(stressed.contains("Ghana cooperates_with Togo") || stressed.contains("Togo cooperates_with Ghana"))
        let partnership = EncounterTests.triples("Arvid Lindqvist highlighted the importance of the partnership between Ghana and Togo.")
        #expect(partnership.contains("Ghana partner_of Togo") || partnership.contains("Togo partner_of Ghana"))
        // A tie only talked about is not said to hold: "could hurt" leaves it hypothetical.
        let hurt = ReadoutTests.extraction("Tensions could hurt the cooperation between Ghana and Togo.\n").facts
        #expect(hurt.allSatisfy { $0.predicate != "cooperates_with" || $0.modality != .asserted })
    }
}

/// A state's part in a council's vote.
@Suite struct CouncilVoteTests {
    @Test func aStateVotingOnACouncilsDraftSitsOnItAndActsOnNoCouncil() {
        for verb in ["vetoed", "blocked"] {
            let found = EncounterTests.triples("Russia \(verb) a U.N. Security Council resolution on Wednesday.")
            #expect(found == ["Russia member_of UN Security Council"], "\(verb): \(found)")
        }
        #expect(EncounterTests.triples("China voted for the Security Council resolution.").contains("China member_of UN Security Council"))
        // A bid vetoed is still rejected.
        #expect(EncounterTests.triples("Russia vetoed Ukraine's bid.").contains("Russia rejects Ukraine"))
    }
}

/// A counterpart described by a state's adjective and then named.
@Suite struct NamedCounterpartTests {
    @Test func aMeetingWithAStatesCounterpartIsWithThePersonNamed() {
        let found = EncounterTests.triples(
            "On February 12, on the margins of the ministerial meeting at NATO Headquarters in Brussels, Belgium, Secretary of Defense "
                + "Arvid Lindqvist held a bilateral meeting with his German counterpart, Minister of Defense Marta Okonkwo.")
        #expect(found.contains("Arvid Lindqvist meets_with Marta Okonkwo"))
        #expect(!found.contains("Arvid Lindqvist meets_with Germany"))
    }
}

/// An operation is by whoever its own clause says conducted it.
@Suite struct ConductedOperationTests {
    @Test func anOperationsConductorActs() {
        #expect(EncounterTests.triples("A raid that Israel conducted in Gaza killed Hamas leader Yahya Sinwar.").contains("Israel kills Yahya Sinwar"))
        #expect(!EncounterTests.triples("A raid that Israel conducted in Gaza killed Hamas leader Yahya Sinwar.").contains("Israel kills Hamas"))
        let pronoun = EncounterTests.triples("Israeli officials said that a mission they conducted in Gaza killed Hamas leader Yahya Sinwar.")
        #expect(pronoun.contains("Israel kills Yahya Sinwar"))
    }
}

/// Events held together, and bodies met beside.
@Suite struct JointEventTests {
    @Test func thoseWhoConveneAnEventTogetherCoordinateAndVisitNoBody() {
        let found = EncounterTests.triples(
            "Ghana, Togo, the United Nations, and Norway jointly convened a financing event on the sidelines of the UN General Assembly.")
        #expect(found.filter { $0.contains("coordinates_with") }.count == 6)
        #expect(!found.contains { $0.contains("visits UN General Assembly") })
        // Without "jointly", one who convenes alone coordinates with no one.
        #expect(!EncounterTests.triples("Ghana convened a financing event in Accra.").contains { $0.contains("coordinates_with") })
    }
}

/// Continents and seas are where things happen, not parties.
@Suite struct RegionTests {
    @Test func aContinentIsNoPartyActedOnOrVisited() {
        #expect(!EncounterTests.triples("In February, Arvid Lindqvist took a trip to Europe.").contains { $0.contains("Europe") })
        #expect(!EncounterTests.triples("Islamic State played a key role in the group's operations in Africa.").contains { $0.contains("Africa") })
        // A state visited is still visited.
        #expect(EncounterTests.triples("In February, Arvid Lindqvist took a trip to Ghana.").contains("Arvid Lindqvist visits Ghana"))
    }
}
