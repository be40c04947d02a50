import EntenteModel
import Testing

@testable import EntenteExtraction

/// Those a statement at the UN thanks for briefing, and the states their titles name.
@Suite struct BriefersTests {
    static func triples(_ text: String) -> [String] { EncounterTests.triples(text) }
    static func entities(_ text: String) -> [String] { FormalNameTests.entities(text).map(\.name) }

    @Test func theUNsShortTitlesAreNoPartOfTheName() {
        #expect(Self.entities("We thank SRSG Keita and ASG Pobee for their briefings.").contains("Keita"))
        #expect(Self.entities("We thank SRSG Keita and ASG Pobee for their briefings.").contains("Pobee"))
        #expect(Self.entities("Special Representative Ziadeh briefed the Council.") == ["Ziadeh"])
        #expect(Self.entities("We thank Under-Secretary Griffiths for his briefing.").contains("Griffiths"))
        #expect(!Self.entities("We thank SRSG Keita for her briefing.").contains { $0.hasPrefix("SRSG") })
    }

    @Test func theOneWhoStartsByThankingThanks() {
        let found = EncounterTests.statement(
            "President, let me start by thanking SRSG Keita and Ms. Nzale-Kove for briefing us today.",
            source: "Foreign, Commonwealth & Development Office")
        #expect(found.contains("United Kingdom praises Keita"))
        #expect(found.contains("United Kingdom praises Nzale-Kove"))
        #expect(Self.triples("The United Kingdom joins others in thanking Under-Secretary Griffiths for his briefing.")
            .contains("United Kingdom praises Griffiths"))
        // The one supported in an act does it, not the supporter.
        let supported = Self.triples("The UK supports the Multinational Joint Task Force in combatting Boko Haram.")
        #expect(supported.contains("Multinational Joint Task Force attacks Boko Haram"))
        #expect(!supported.contains("United Kingdom attacks Boko Haram"))
    }

    @Test func aTitleOfTwoTitleWordsIsNoEarlierSpeakersOffice() {
        let found = EncounterTests.statement(
            "Statement by Ambassador Barbara Woodward, UK Permanent Representative to the UN.\n\nLet me start by thanking the Secretary General for his briefing.",
            source: "Foreign, Commonwealth & Development Office")
        #expect(found.contains("Barbara Woodward member_of United Kingdom"))
        #expect(!found.contains("United Kingdom praises Barbara Woodward"))
    }
}

/// A title's state is whom its holder serves, not a second party to the holder's acts.
@Suite struct TitleEchoTests {
    static func triples(_ text: String) -> [String] { EncounterTests.triples(text) }

    @Test func anUndersecretaryHoldsATitle() {
        let found = Self.triples(
            "Brian Nelson, U.S. Undersecretary of Treasury for terrorism and financial intelligence, recently met with government officials in Turkey.")
        #expect(found.contains("Brian Nelson member_of United States"))
        #expect(found.contains("Brian Nelson visits Turkey"))
        #expect(!found.contains("Brian Nelson meets_with United States"))
        #expect(!found.contains("United States visits Turkey"))
    }

    @Test func theTitlesStateDoesNotRepeatTheHoldersAct() {
        let found = Self.triples("Brian Nelson, the U.S. envoy, met with Erdogan in Ankara.")
        #expect(found.contains("Brian Nelson meets_with Recep Tayyip Erdogan"))
        #expect(!found.contains("United States meets_with Recep Tayyip Erdogan"))
        // A state acting in its own right still acts.
        #expect(Self.triples("The United States met with Turkey in Ankara.").contains("United States meets_with Turkey"))
    }
}

/// Lakes and basins are places, and a region is where a group is, not whom it acts for.
@Suite struct FeaturePlaceTests {
    @Test func aLakeAndABasinArePlacesNotTheirStates() {
        let found = EncounterTests.triples("The UK supports the Multinational Joint Task Force in combatting jihadist groups in the Lake Chad Basin.")
        #expect(!found.contains { $0.hasSuffix(" Chad") })
        #expect(!found.contains { $0.contains("attacks Lake Chad Basin") })
        #expect(FormalNameTests.entities("Fighting near Lake Chad worsened.").contains { $0.name == "Lake Chad" })
        // A city still stands for its government: "the military government in Niamey".
        #expect(EncounterTests.triples("The military government in Niamey demanded the departure of French troops.")
            .contains { $0.hasPrefix("Niger demands") })
    }
}

/// Aggressions told by their owner or their doer, without a victim named beside them.
@Suite struct UnaimedAggressionTests {
    static func triples(_ text: String) -> [String] { EncounterTests.triples(text) }

    @Test func anInvasionWithoutItsVictimIsOfTheOneOtherState() {
        #expect(Self.triples("Support to Ukraine has been unwavering since Russia's full scale invasion nearly a year ago.")
            .contains("Russia attacks Ukraine"))
        #expect(Self.triples("Today marks the third year of President Putin's full-scale invasion, forced on the Ukrainian and Russian people.")
            .contains("Vladimir Putin attacks Ukraine"))
        // With two other states named, the text does not say which.
        #expect(!Self.triples("France and Germany discussed Russia's invasion.").contains { $0.hasPrefix("Russia attacks") })
    }

    @Test func anAttackSufferedAtTheHandsOfAPartyIsItsAttack() {
        #expect(Self.triples("On the 7th of October, Israel suffered the worst terror attack in its history at the hands of Hamas.")
            .contains("Hamas attacks Israel"))
        #expect(Self.triples("Ukraine resisted an invasion by Russia.").contains("Russia attacks Ukraine"))
    }
}

/// Places a place includes, and bodies tied to the name hyphened to them.
@Suite struct IncludedPlaceAndAffiliateTests {
    static func triples(_ text: String) -> [String] { EncounterTests.triples(text) }

    @Test func aPlaceIncludedIsInThePlaceThatIncludesIt() {
        #expect(Self.triples("The Secretary raised concerns about the PRC’s destabilizing actions in the South China Sea, including at Second Thomas Shoal.")
            .contains("Second Thomas Shoal located_in South China Sea"))
    }

    @Test func aBodyHyphenedToAnotherIsAffiliatedWithIt() {
        #expect(Self.triples("Attacks by the Islamic State-affiliated ADF are concerning.").contains("Allied Democratic Forces affiliated_with Islamic State"))
        let found = Self.triples("Mumin was a former militant with al-Qaida-linked al-Shabab.")
        #expect(found.contains("Al-Shabaab affiliated_with Al Qaeda"))
        #expect(!found.contains("Mumin member_of Al Qaeda"))
        // A state hyphened to a body still backs it.
        #expect(Self.triples("The U.S.-backed SDF attacked ISIS.").contains("United States supports Syrian Democratic Forces"))
    }
}

/// Talks a third party facilitates, and who takes part in them.
@Suite struct FacilitatedTalksTests {
    @Test func thoseWhoEngageInFacilitatedDialogueAreItsSides() {
        let found = EncounterTests.triples(
            "Current tensions reinforce the importance for Kosovo and Serbia to engage with renewed commitments in EU-facilitated dialogue.")
        #expect(found.contains("European Union mediates Kosovo"))
        #expect(found.contains("European Union mediates Serbia"))
        // One side is no pair to mediate between.
        #expect(!EncounterTests.triples("Kosovo must engage with renewed commitments in EU-facilitated dialogue.").contains { $0.contains("mediates") })
    }
}

/// What a statement's speaker presses for, and whose minister "my minister" is.
@Suite struct SpeakersMinisterTests {
    @Test func pressingAPartyToActIsAnAppeal() {
        let found = EncounterTests.triples("Lord Cameron again pressed Israel to allow unhindered humanitarian access.")
        #expect(found.contains("Lord Cameron appeals_to Israel"))
        #expect(!found.contains("Lord Cameron demands Israel"))
    }

    @Test func mySecretaryIsTheSpeakingStates() {
        let found = EncounterTests.statement(
            "During his visit to the region last week, my Foreign Secretary, Lord Cameron, again pressed Israel to allow unhindered humanitarian access.",
            source: "Foreign, Commonwealth & Development Office")
        #expect(found.contains("Lord Cameron member_of United Kingdom"))
    }
}

/// Acts a statement calls concerning.
@Suite struct ConcerningActTests {
    static let source = "Foreign, Commonwealth & Development Office"

    @Test func anActCalledConcerningIsCriticismOfItsDoer() {
        let found = EncounterTests.statement(
            "Increased attacks by the Islamic State-affiliated ADF are particularly concerning, as are reports of continued M23 territorial expansion.",
            source: Self.source)
        #expect(found.contains("United Kingdom criticises Allied Democratic Forces"))
        #expect(found.contains("United Kingdom criticises March 23 Movement"))
        #expect(!found.contains("United Kingdom criticises Islamic State"))
        // Not where it is said not to be, nor without a voice of the statement's own.
        #expect(!EncounterTests.statement("Attacks by the ADF are not concerning.", source: Self.source).contains { $0.contains("criticises") })
        #expect(!EncounterTests.triples("Attacks by the ADF are concerning.").contains { $0.contains("criticises") })
    }
}

/// Threats a party poses, taken up by those who discuss them.
@Suite struct PosedThreatTests {
    @Test func thoseWhoTakeUpAThreatAPartyPosesJudgeIt() {
        let found = EncounterTests.triples("The FAC and the Secretary also exchanged views on challenges posed by the People’s Republic of China.")
        #expect(found.contains("FAC criticises China"))
        // A place the threat comes from is where, not who.
        #expect(!EncounterTests.triples("To prevent the return of the ISIS terrorist threat from northeast Syria, Iraq will act.")
            .contains("Iraq criticises Syria"))
        #expect(FormalNameTests.entities("Fighting spread in northeast Syria.").contains { $0.name == "northeast Syria" })
    }
}

/// One person's two titles, coordinated before the name.
@Suite struct TwoTitlesTests {
    @Test func aNameCoordinatedWithATitleHoldsItToo() {
        let found = EncounterTests.triples(
            "Blinken met with PRC Director of the CCP Central Foreign Affairs Commission and Foreign Minister Wang Yi in Vientiane.")
        #expect(found.contains("Wang Yi member_of China"))
        #expect(found.contains("Wang Yi leader_of CCP Central Foreign Affairs Commission"))
        // Two people, each with a title, are not one.
        let two = EncounterTests.triples("Blinken met with Chinese Foreign Minister Wang Yi and Russian Foreign Minister Sergei Lavrov.")
        #expect(!two.contains("Sergei Lavrov member_of China"))
    }
}

/// A capital named with its state after a comma is the city.
@Suite struct CapitalWithItsStateTests {
    @Test func aCapitalWithItsOwnStateAfterTheCommaIsTheCity() {
        let found = EncounterTests.triples("He spoke before leaving Doha, Qatar.")
        #expect(found.contains("Doha located_in Qatar"))
        // A dateline stays a dateline.
        #expect(!EncounterTests.triples("SEOUL, South Korea — North Korea fired a missile.").contains("Seoul located_in South Korea"))
    }
}

/// A body a title is for is the holder's portfolio.
@Suite struct PortfolioBodyTests {
    @Test func aMinisterForTheUNIsNoMemberOfIt() {
        let found = EncounterTests.statement(
            "In Kinshasa, my Minister for Africa and the United Nations, Lord Collins of Highbury, encouraged all parties to engage in dialogue.",
            source: "Foreign, Commonwealth & Development Office")
        #expect(!found.contains("Lord Collins of Highbury member_of United Nations"))
    }
}

/// A plural title over two lists of names and states.
@Suite struct RespectiveTitlesTests {
    @Test func aPluralTitlePairsItsListsInOrder() {
        let found = EncounterTests.triples("Jeremiah Manele and Charlot Salwai, the prime ministers of the Solomon Islands and Vanuatu, are in China this week.")
        #expect(found.contains("Charlot Salwai leader_of Vanuatu"))
        #expect(!found.contains("Charlot Salwai leader_of Solomon Islands"))
    }
}

/// A guest hosted in a place visits it.
@Suite struct HostedGuestTests {
    @Test func aGuestHostedInAPlaceVisitsIt() {
        let found = EncounterTests.triples("Secretary Blinken hosted Foreign Minister Wang Yi for an official visit today in Washington.")
        #expect(found.contains("Antony Blinken hosts Wang Yi"))
        #expect(found.contains("Wang Yi visits Washington"))
        // Forces hosted are based there, not visiting.
        #expect(!EncounterTests.triples("Somalia agreed to host U.S. forces in Mogadishu.").contains { $0.hasPrefix("United States visits") })
    }
}
