import EntenteModel
import Testing

@testable import EntenteExtraction

/// Who is a party and who is not: citizens named with their state, chairs addressed, a state's
/// own officers, strikes that name only the ground they hit, and sentences passed in a state.
@Suite struct SidesAndSentencesTests {
    static func triples(_ text: String) -> [String] { EncounterTests.triples(text) }
    static func entities(_ text: String) -> [(name: String, mentions: [String])] { FormalNameTests.entities(text) }

    @Test func aCitizenNamedWithHisStateIsNamedWithoutIt() {
        let names = Self.entities("Canadian National Robert Moss was detained on Friday.").map(\.name)
        #expect(names.contains("Robert Moss"))
        #expect(!names.contains { $0.hasPrefix("National") })
    }

    @Test func aSentencePassedInAStateWithNoCourtNamedIsTheStates() {
        #expect(Self.triples("British National Robert Moss was sentenced to ten years in prison in Hong Kong.").contains("Hong Kong arrests Robert Moss"))
        #expect(Self.triples("Robert Moss was arrested in Yekaterinburg last spring.").contains("Russia arrests Robert Moss"))
        // A court or a state named as the agent is coded where the agent is read, not here.
        #expect(!Self.triples("Robert Moss was sentenced in Hong Kong by a court in Beijing.").contains("Hong Kong arrests Robert Moss"))
    }

    @Test func theChairAddressedIsNoParty() {
        let found = Self.triples("Madam Chair, the Kingdom of Norway reaffirms its steadfast support for Moldova's sovereignty and independence.")
        #expect(found.contains("Norway supports Moldova"))
        #expect(!found.contains { $0.hasPrefix("Madam") })
    }

    @Test func aStateOfficerIsOnTheSameSideAsHisState() {
        let found = Self.triples("President Zelenskyy and the Ukrainian government are ready for direct talks.")
        #expect(!found.contains { $0.contains("Volodymyr Zelensky") && $0.contains("Ukraine") })
        // Nor does a state's own command, or one the sentence titles for it.
        #expect(!Self.triples("U.S. Central Command cooperated with the United States on the strikes.").contains { $0.contains("cooperates_with") })
        #expect(!Self.triples("Iraqi Prime Minister Ali Hamdan consulted Iraq's parliament and Iraq.").contains("Ali Hamdan consults Iraq"))
        // Another state's leader still meets the state.
        #expect(Self.triples("President Zelenskyy met Polish officials in Warsaw.").contains("Volodymyr Zelensky meets_with Poland"))
    }

    @Test func engagingOnACaseFightsNoOne() {
        #expect(!Self.triples("Norway will engage further on Mr Robert Moss's case.").contains { $0.contains("attacks") })
        #expect(Self.triples("Indian troops engaged Pakistani forces near the line of control.").contains("India attacks Pakistan"))
    }

    @Test func aStateThatOpensTheMainClauseIsNoPlacesContainer() {
        let found = Self.triples("On Monday, when Kyiv was colder than the North Pole, Russia launched a large attack with drones.")
        #expect(!found.contains("North Pole located_in Russia"))
        #expect(Self.triples("The talks were held in Gao, Mali.").contains("Gao located_in Mali"))
    }

    @Test func attacksThatDamagedOfficesAreTheirOwnersNotABodyListedWithThem() {
        let found = Self.triples("Attacks which damaged the offices of the British Council, the EU Delegation and a school in Kyiv were condemned.")
        #expect(!found.contains { $0.hasPrefix("European Union") })
        #expect(Self.triples("Russia's attacks which damaged the offices of the British Council were condemned.").contains("Russia assaults British Council"))
    }

    @Test func aStudyThatFindsSomeoneInControlHoldsNothing() {
        #expect(!Self.triples("A BBC study found the army in control of only a fifth of Myanmar.").contains { $0.contains("occupies") })
        #expect(Self.triples("Russia is in control of Mariupol.").contains("Russia occupies Mariupol"))
    }

    @Test func strikesAcrossAStateAndOnGroundItHoldsAreAttacks() {
        #expect(Self.triples("Russia has continued to launch strikes across Ukraine.").contains("Russia attacks Ukraine"))
        #expect(Self.triples("British jets launched strikes into Houthi-controlled areas.").contains("United Kingdom attacks Houthis"))
        // A vehicle struck in a region the gazetteer does not place: the region.
        #expect(Self.triples("Russian drones struck a minibus in the Zaporizhzhia region.").contains("Russia attacks Zaporizhzhia"))
        // Not for an act that is no strike.
        #expect(!Self.triples("The task force is combatting armed groups in the Lake Chad Basin.").contains { $0.contains("attacks Lake Chad") })
    }

    @Test func talksAmongSeveralHostedByOneAreHosted() {
        let found = Self.triples("They reviewed the 3 May talks among Chile, Peru and Bolivia hosted by Ecuador.")
        for guest in ["Chile", "Peru", "Bolivia"] { #expect(found.contains("Ecuador hosts \(guest)")) }
        // Talks between two sides, hosted by a third, are still brokered by it.
        #expect(Self.triples("Talks between Armenia and Azerbaijan hosted by Kazakhstan ended on Friday.").contains("Kazakhstan mediates Armenia"))
    }

    @Test func talksToEndAWarAreBetweenItsSides() {
        let found = Self.triples("The ministers backed ongoing negotiations to end the Israel-Hamas war.")
        #expect(found.contains("Israel negotiates_with Hamas"))
        #expect(found.contains("Israel clashes_with Hamas"))
        // Talks with a party of their own are that party's.
        #expect(!Self.triples("Talks with Qatar to end the Israel-Hamas war failed.").contains("Israel negotiates_with Hamas"))
    }

    @Test func aSecondTitleInAppositionStillNamesTheState() {
        #expect(Self.triples("UK Chargé d'Affaires, Deputy Ambassador Helen Marsh condemned the strikes.").contains("Helen Marsh member_of United Kingdom"))
    }

    @Test func theOneWhoseStatementTellsOfAnInvasionIsNotInvaded() {
        let found = Self.triples("The UK's statement will focus on the costs of Russia's illegal invasion.")
        #expect(!found.contains("Russia attacks United Kingdom"))
        #expect(Self.triples("Aid to Ukraine has not wavered since Russia's full-scale invasion.").contains("Russia attacks Ukraine"))
    }

    @Test func whoLeadsEffortsToFindPeaceMediates() {
        let found = Self.triples("Armenia attacked Azerbaijan on Monday. Since then, France has led diplomatic efforts to find a route to peace.")
        #expect(found.contains("France mediates Armenia"))
        #expect(found.contains("France mediates Azerbaijan"))
    }

    @Test func gainingControlInAPurposeClauseIsHeldByTheSubject() {
        #expect(Self.triples("Russia lost thousands of soldiers to gain control of a sliver of Ukrainian territory.").contains("Russia occupies Ukraine"))
    }

    @Test func talksHostedByAThirdAfterTheNameOfTheLastSideAreHostedForBoth() {
        let found = Self.triples("Envoy Mark Dale held talks today in Doha with Foreign Minister Ana Ruiz, which were hosted by Qatari Minister Ali Nasser.")
        #expect(found.contains("Ali Nasser hosts Mark Dale"))
        #expect(found.contains("Ali Nasser hosts Ana Ruiz"))
    }

    @Test func applyingToJoinIsNotYetMembership() {
        let facts = ReadoutTests.extraction("Norway submitted its application to join the European Union in 1992.\n").facts
        let membership = facts.first { $0.predicate == "member_of" }
        #expect(membership?.modality == .future)
        #expect(ReadoutTests.extraction("Georgia applied to join NATO.\n").facts.first { $0.predicate == "member_of" }?.modality == .future)
        #expect(ReadoutTests.extraction("Finland joined NATO in April 2023.\n").facts.first { $0.predicate == "member_of" }?.modality == .asserted)
    }

    @Test func aParticipleCoordinatedWithOneThatDescribesANounHasNoDoer() {
        let found = Self.triples("She welcomed Chad's pledge to find the fate of French citizens missing or killed in Chad.")
        #expect(!found.contains { $0.contains("kills") })
    }

    @Test func figuresOfSpeechTheDictionaryCodesAreReadLiterally() {
        #expect(!Self.triples("Russian forces have dug into occupied areas of Ukraine.").contains { $0.contains("investigates") })
        #expect(!Self.triples("Officials linked Indian agents to the killings of two Pakistani citizens.").contains { $0.contains("cooperates_with") })
    }

    @Test func aTravellerWhoLeavesACityWasVisitingIt() {
        #expect(Self.triples("The envoy Mark Dale spoke to reporters before leaving Cairo on Tuesday.").contains("Mark Dale visits Cairo"))
        #expect(!Self.triples("The envoy Mark Dale spoke to reporters before leaving Cairo on Tuesday.").contains { $0.contains("withdraws_from") })
        // Troops that leave a city withdraw from it.
        #expect(Self.triples("Russian troops left Kherson in November.").contains("Russia withdraws_from Kherson"))
    }

    @Test func improvingOrGrowingRelationsIsCooperation() {
        #expect(Self.triples("Egypt and Turkey improved relations in 2023.").contains("Egypt cooperates_with Turkey"))
        #expect(Self.triples("Chile hopes to improve ties with Peru.").contains("Chile cooperates_with Peru"))
    }

    @Test func codesThatAreWordsNameNoState() {
        let names = Self.entities("Moscow has raised VAT, and Romania will build a small modular reactor (SMR).").map(\.name)
        #expect(!names.contains("Vatican"))
        #expect(!names.contains("San Marino"))
        #expect(Self.entities("USA and RUS officials met.").map(\.name).contains("United States"))
    }

    @Test func theChairThankedIsNoOneAndTheHeartOfACityIsTheCity() {
        #expect(!Self.entities("Thank you, Mr Chair. Norway condemns the attacks.").map(\.name).contains("Chair"))
        #expect(Self.entities("The strikes damaged a building in the heart of Kyiv.").map(\.name) == ["Kyiv"])
    }

    @Test func aPartnerIsAPartnerNotAnAlly() {
        #expect(Self.triples("Qatar is a key partner to the United States.").contains("Qatar partner_of United States"))
        #expect(Self.triples("The EU is a close partner of Canada.").contains("European Union partner_of Canada"))
        #expect(Self.triples("Egypt, a key U.S. ally, hosted the talks.").contains("Egypt ally_of United States"))
    }

    @Test func oneThankedForItsEffortsToPromotePeaceBetweenTheSidesMediates() {
        let found = Self.triples("Armenia and Azerbaijan fought for weeks. Norway thanked Qatar for its efforts to promote peace between the two sides.")
        #expect(found.contains("Qatar mediates Armenia"))
        #expect(found.contains("Qatar mediates Azerbaijan"))
        // A side thanked for its own efforts is no go-between.
        #expect(!Self.triples("Armenia and Azerbaijan fought for weeks. Norway thanked Armenia for its efforts to promote peace.").contains { $0.contains("mediates") })
    }
}
