import EntenteModel
import Testing

@testable import EntenteExtraction

/// Readings that named the wrong party, or a party where there was none: each sentence gave a
/// wrong fact before its rule.
@Suite struct WrongPartyTests {
    @Test func aMemberOfAnAllianceIsNotTheAlliance() {
        let found = ReadoutTests.extraction(
            "ANKARA — Turkish F-16 jets shot down a Russian Su-24 bomber near the Syrian border on Tuesday, "
                + "the first time in decades that a NATO member has downed a Russian military aircraft.\n")
        let triples = ExtractorTests.triples(found.facts)
        #expect(triples.contains("Turkey attacks Russia"))
        #expect(!triples.contains { $0.hasPrefix("North Atlantic Treaty Organization") })
        // The alliance acting in its own name still acts.
        let alliance = ExtractorTests.triples(ReadoutTests.extraction("NATO condemned Russia on Monday.\n").facts)
        #expect(alliance.contains("North Atlantic Treaty Organization criticises Russia"))
    }

    @Test func aStructuresNameIsNoParty() {
        let found = ReadoutTests.extraction(
            "Putin and Erdogan agreed on Tuesday to revive the TurkStream gas pipeline.\n")
        #expect(!found.entities.contains { $0.name == "TurkStream" })
        #expect(!ExtractorTests.triples(found.facts).contains { $0.contains("TurkStream") })
    }

    @Test func aPlacePeopleAreTakenFromStandsForNoState() {
        let found = ReadoutTests.extraction(
            "Earlier this month Russia and Turkey organised the evacuation of fighters and civilians from eastern Aleppo.\n")
        #expect(!ExtractorTests.triples(found.facts).contains { $0.hasSuffix("Syria") })
        // A struck city still stands for its state.
        let struck = ExtractorTests.triples(ReadoutTests.extraction("Israel struck Sanaa airport on Friday.\n").facts)
        #expect(struck.contains("Israel attacks Yemen"))
    }

    @Test func twoPlacesTheModelRunsTogetherAreTwoPlaces() {
        let found = ReadoutTests.extraction("Russia fired missiles from Crimea at Kharkiv on Monday.\n")
        #expect(!found.entities.contains { $0.name.contains(" at ") })
        #expect(ExtractorTests.triples(found.facts) == ["Russia attacks Ukraine"])
    }

    @Test func anOffensiveAPartyIsHelpedInIsThatPartys() {
        let found = ReadoutTests.extraction(
            "The United States continues to support the YPG-led Syrian Democratic Forces in an offensive on Raqqa.\n")
        let triples = ExtractorTests.triples(found.facts)
        #expect(triples.contains("United States supports Syrian Democratic Forces"))
        #expect(!triples.contains("United States attacks Syria"))
        #expect(!found.entities.contains { $0.name.hasPrefix("YPG-led") })
    }

    @Test func aCallForAPartyToActIsAnAppeal() {
        let verb = ExtractorTests.triples(ReadoutTests.extraction("The United States called for Russia to withdraw its forces.\n").facts)
        #expect(verb == ["United States appeals_to Russia"])
        let noun = ExtractorTests.triples(ReadoutTests.extraction("Britain renewed its call for Iran to release the detainees.\n").facts)
        #expect(noun == ["United Kingdom appeals_to Iran"])
    }
}

/// Who a readout's titles, counterparts and descriptions name.
@Suite struct TitledPartyTests {
    @Test func theTitleNamesItsHolderNotThePersonNamedLast() {
        let found = ReadoutTests.extraction(
            "President Biden spoke earlier today with Prime Minister Netanyahu. "
                + "The President reaffirmed his ironclad commitment to Israel's security. "
                + "The President referred to his statement demanding that Hamas release the hostages.\n")
        let triples = ExtractorTests.triples(found.facts)
        #expect(triples.contains("Joe Biden supports Israel"))
        #expect(triples.contains("Joe Biden demands Hamas"))
        #expect(!triples.contains { $0.hasPrefix("Benjamin Netanyahu") && !$0.hasSuffix("Israel") && !$0.contains("Joe Biden") })
    }

    @Test func aStatesCounterpartNamedServesThatState() {
        let found = ReadoutTests.extraction(
            "The forum follows a meeting in Singapore between U.S. Defense Secretary Lloyd Austin and his Chinese counterpart, "
                + "Admiral Dong Jun, in late May.\n")
        #expect(ExtractorTests.triples(found.facts).contains("Dong Jun member_of China"))
    }

    @Test func wagingWarOnAStateAttacksIt() {
        let triples = ExtractorTests.triples(ReadoutTests.extraction("Russia is waging a war of aggression against Ukraine.\n").facts)
        #expect(triples == ["Russia attacks Ukraine"])
    }

    @Test func aPlaceHeldByANamedPartyIsOccupiedByAStateAndTheGroundOfAGroup() {
        let triples = ExtractorTests.triples(
            ReadoutTests.extraction("The strikes hit more than 60 targets in Houthi-controlled parts of Yemen.\n").facts)
        #expect(triples.contains("Houthis located_in Yemen"))
        let held = ExtractorTests.triples(ReadoutTests.extraction("The strikes hit targets in Russian-held parts of Ukraine.\n").facts)
        #expect(held.contains("Russia occupies Ukraine"))
    }
}

/// Names that are a person's, a mission's, or no party's.
@Suite struct NameShapeTests {
    @Test func aParliamentariansHonorificsAreNotPartOfTheName() {
        let found = ReadoutTests.extraction(
            "The statement was delivered by the Rt Hon David Lammy MP at the UN Security Council meeting on Sudan.\n")
        #expect(found.entities.contains { $0.name == "David Lammy" && $0.type == "person" })
        #expect(!found.entities.contains { $0.name.contains("Rt Hon") || $0.name.hasSuffix(" MP") })
    }

    @Test func aGatheringIsNoParty() {
        let found = ReadoutTests.extraction("The minister spoke at last year's Xiangshan Forum and at the Munich Security Conference.\n")
        #expect(!found.entities.contains { $0.name.hasSuffix("Forum") || $0.name.hasSuffix("Conference") })
    }

    @Test func peacekeepingMissionsAndArmedGroupsAreKnownByTheirAcronyms() {
        let found = ReadoutTests.extraction(
            "The UK condemns the killings by ADF in Ituri province and the restrictions on MONUSCO imposed by M23.\n")
        let types = Dictionary(found.entities.map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first })
        #expect(types["Allied Democratic Forces"] == "armed-group")
        #expect(types["UN Organization Stabilization Mission in the DR Congo"] == "igo")
    }
}

/// Acts done together, in answer, or in a place, that a sentence states without a verb between
/// the two parties.
@Suite struct SharedActTests {
    @Test func strikesAnsweringAttacksAreOnTheAttacker() {
        let triples = ExtractorTests.triples(ReadoutTests.extraction(
            "The United States and Britain answered dozens of Houthi attacks on shipping with a series of airstrikes.\n").facts)
        #expect(triples.contains("United States attacks Houthis"))
        #expect(triples.contains("United Kingdom attacks Houthis"))
    }

    @Test func helpersOfAnAttackCooperateInArmsWithTheAttackers() {
        let triples = ExtractorTests.triples(ReadoutTests.extraction(
            "The U.S. and British strikes, carried out with the help of Australia and Bahrain, were launched from fighter jets.\n").facts)
        #expect(triples.contains("United States cooperates_militarily_with United Kingdom"))
        #expect(triples.contains("Australia cooperates_militarily_with United States"))
        #expect(triples.contains("Bahrain cooperates_militarily_with United Kingdom"))
        // One owner's strikes are no cooperation.
        let single = ExtractorTests.triples(ReadoutTests.extraction("Israel's strikes on Iran continued on Saturday.\n").facts)
        #expect(!single.contains { $0.contains("cooperates") })
    }

    @Test func helpersSetOffBesideTheAttackersCooperateInArmsWithThem() {
        let forces = ExtractorTests.triples(ReadoutTests.extraction(
            "Today, U.S. and U.K. forces, with the support of Australia, Bahrain and Canada, conducted strikes against Houthi targets in Yemen.\n").facts)
        #expect(forces.contains("Australia cooperates_militarily_with United States"))
        #expect(forces.contains("Canada cooperates_militarily_with United Kingdom"))
        #expect(forces.contains("United States attacks Houthis"))
        let from = ExtractorTests.triples(ReadoutTests.extraction(
            "The United States and the United Kingdom, with support from Australia and Canada, struck Houthi targets in Yemen.\n").facts)
        #expect(from.contains("Australia cooperates_militarily_with United Kingdom"))
        // Help that is no part of an armed act is cooperation only; the place an act is in is no party.
        let visit = ExtractorTests.triples(ReadoutTests.extraction(
            "Kenya, with support from the United States, opened a police training centre in Nairobi.\n").facts)
        #expect(visit.contains("United States cooperates_with Kenya"))
        #expect(!visit.contains { $0.contains("cooperates_militarily_with") || $0.contains("Nairobi") && $0.contains("cooperates") })
    }

    @Test func anArmedGroupNamedInAPlaceIsThere() {
        let triples = ExtractorTests.triples(ReadoutTests.extraction(
            "The United Kingdom condemns the killing of civilians by the M23 as well as killings by ADF in Ituri province.\n").facts)
        #expect(triples.contains("United Kingdom criticises March 23 Movement"))
        #expect(triples.contains("United Kingdom criticises Allied Democratic Forces"))
        #expect(triples.contains("Allied Democratic Forces located_in Ituri"))
    }

    @Test func partiesWorkingInPartnershipArePartners() {
        let triples = ExtractorTests.triples(ReadoutTests.extraction(
            "The UK and Sierra Leone, working in partnership, sought to bring this Council together.\n").facts)
        #expect(triples == ["United Kingdom ally_of Sierra Leone"])
    }

    @Test func aPronounAfterAColonIsTheClauseBeforesSubject() {
        let triples = ExtractorTests.triples(ReadoutTests.extraction(
            "The General Assembly was clear in its condemnation: it deplored Russia's aggression in the strongest terms.\n").facts)
        #expect(triples.contains("UN General Assembly criticises Russia"))
    }

    @Test func aTitledOfficerInAppositionActs() {
        let triples = ExtractorTests.triples(ReadoutTests.extraction(
            "The top U.S. military officer, Gen. C.Q. Brown, spoke with his Chinese military counterpart in December.\n").facts)
        #expect(triples.contains("C.Q. Brown member_of United States"))
        #expect(triples.contains("C.Q. Brown consults China"))
    }
}

/// A statement's judgements, and the sides it speaks to.
@Suite struct StatementJudgementTests {
    static func statement(_ body: String) -> ArticleExtraction {
        Extractor().extract(PageReader.read(
            "UK statement at the UN Security Council\nPublished: 18 November 2024\nSource: Foreign, Commonwealth & Development Office\n\n"
                + body))
    }

    @Test func theWarringPartiesAreTheSidesTheStoryNamed() {
        let triples = ExtractorTests.triples(ReadoutTests.extraction(
            "Reported violations by both M23 and Wazalendo groups are deeply concerning. The UK urges the parties to show restraint.\n").facts)
        #expect(triples.contains("United Kingdom appeals_to March 23 Movement"))
        #expect(triples.contains("United Kingdom appeals_to Wazalendo"))
    }

    @Test func shameOnAPartyCriticisesItAndItDoesWhatItIsShamedFor() {
        let triples = ExtractorTests.triples(Self.statement(
            "We voted for the resolution. Shame on Putin for waging a war of aggression in Ukraine.\n").facts)
        #expect(triples.contains("United Kingdom criticises Vladimir Putin"))
        #expect(triples.contains("Vladimir Putin attacks Ukraine"))
    }

    @Test func anActCalledADisgraceCriticisesItsOwner() {
        let triples = ExtractorTests.triples(Self.statement("We sought to bring this Council together. This Russian veto is a disgrace.\n").facts)
        #expect(triples.contains("United Kingdom criticises Russia"))
        let denied = ExtractorTests.triples(Self.statement("We note the vote. This Russian veto is not a disgrace.\n").facts)
        #expect(!denied.contains("United Kingdom criticises Russia"))
    }

    @Test func measuresOnPeopleDescribedByAStateAreNotOnTheState() {
        let triples = ExtractorTests.triples(ReadoutTests.extraction(
            "The order imposes sanctions on certain persons destabilizing Sudan.\n"
                + "Britain sanctioned companies supplying Russia.\n"
                + "The EU sanctioned individuals involved in attacks on Ukraine.\n").facts)
        #expect(triples.isEmpty)
    }
}

/// Places are where things happen, not who takes part.
@Suite struct PlaceAsPartyTests {
    @Test func noPlaceCooperatesOrIsHelped() {
        let triples = ExtractorTests.triples(ReadoutTests.extraction(
            "Beijing has asserted its desire to control access to the South China Sea.\n"
                + "Britain will work with Africa on food security.\n").facts)
        #expect(!triples.contains { $0.hasSuffix("South China Sea") || $0.hasSuffix("Africa") })
        // Aid still goes into a place.
        let aid = ExtractorTests.triples(ReadoutTests.extraction("Egypt delivered humanitarian aid to Gaza on Sunday.\n").facts)
        #expect(aid.contains { $0.hasPrefix("Egypt aids") })
    }

    @Test func aPlaceNameBeforeRebelsNamesAPeople() {
        let found = ReadoutTests.extraction(
            "The Mozambique government on Thursday accepted demands from Shona rebels that it initiate political reforms.\n")
        #expect(found.entities.contains { $0.name == "Shona" && $0.kind == .actor })
        let triples = ExtractorTests.triples(found.facts)
        #expect(triples.contains("Mozambique concedes_to Shona"))
        // The demands are the rebels', not the government's.
        #expect(!triples.contains("Mozambique demands Shona"))
    }
}

extension StatementJudgementTests {
    @Test func armedGroupsOfTodaysWarsAreKnownByTheirShortNames() {
        let triples = ExtractorTests.triples(Self.statement(
            "The RSF must end the siege of El Fasher now. The SAF and the RSF continue to fight.\n").facts)
        #expect(triples.contains("United Kingdom demands Rapid Support Forces"))
        #expect(triples.contains("Sudan clashes_with Rapid Support Forces"))
    }

    @Test func whatIsDoneUnderAnAuthorityIsNotDoneToIt() {
        let triples = ExtractorTests.triples(ReadoutTests.extraction(
            "The United Nations reimposed sanctions and other restrictions pursuant to six UN Security Council resolutions.\n").facts)
        #expect(!triples.contains { $0.contains("sanctions UN Security Council") })
    }
}

/// Agreements someone brokered, and what joining means.
@Suite struct BrokeredAndJoinedTests {
    @Test func aNameHyphenedToBrokeredMediatesBetweenThoseWhoAgree() {
        let agreed = ExtractorTests.triples(ReadoutTests.extraction("Israel and Hezbollah agreed to a U.S.-brokered ceasefire.\n").facts)
        #expect(agreed.contains("United States mediates Israel"))
        #expect(agreed.contains("United States mediates Hezbollah"))
        // The broker is no party the sides agree with.
        #expect(!agreed.contains { $0.hasSuffix("offers_cooperation_to United States") })
        let between = ExtractorTests.triples(
            ReadoutTests.extraction("The Egypt-brokered truce between Israel and Islamic Jihad held on Sunday.\n").facts)
        #expect(between.contains { $0.hasPrefix("Egypt mediates") })
    }

    @Test func oneJoinsABodyNotAMeasure() {
        let sanctions = ExtractorTests.triples(ReadoutTests.extraction("Japan joined the sanctions against Russia.\n").facts)
        #expect(sanctions == ["Japan sanctions Russia"])
        let body = ExtractorTests.triples(ReadoutTests.extraction("Finland joined NATO in 2023.\n").facts)
        #expect(body == ["Finland member_of North Atlantic Treaty Organization"])
    }
}

extension StatementJudgementTests {
    @Test func anAttackRepelledIsTheLastAttackersNotAPartnersOfTheRepeller() {
        let triples = ExtractorTests.triples(Self.statement(
            "The United Kingdom condemns in the strongest terms the attacks in the Red Sea by Houthi militants.\n\n"
                + "On 3 January, the UK joined 11 countries in a statement warning against further attacks.\n\n"
                + "US and UK military assets in the Red Sea successfully repelled yesterday's attack.\n").facts)
        #expect(triples.contains("United States attacks Houthis"))
        #expect(triples.contains("United Kingdom attacks Houthis"))
        #expect(!triples.contains("United States attacks United Kingdom"))
    }
}

/// Who gives when a party gets arms or aid, and readout titles the parser splits.
@Suite struct AcquisitionAndTitleTests {
    @Test func whatAPartyProcuresIsArmsFromTheOneItComesFrom() {
        let triples = ExtractorTests.triples(ReadoutTests.extraction(
            "Russia procured ballistic missiles from North Korea.\n"
                + "Ukraine received Patriot missiles from Germany.\n"
                + "Ukraine received humanitarian aid from Japan.\n").facts)
        #expect(triples.contains("North Korea arms Russia"))
        #expect(triples.contains("Germany arms Ukraine"))
        #expect(triples.contains("Japan aids Ukraine"))
        #expect(!triples.contains { $0.contains("hosts") || $0.hasPrefix("Russia arms") })
        let noun = ExtractorTests.triples(StatementJudgementTests.statement(
            "Russia's procurement of DPRK ballistic missiles shows how far both countries will go.\n").facts)
        #expect(noun == ["North Korea arms Russia"])
    }

    @Test func aLongTitleTheParserSplitsStillNamesItsHolderAndState() {
        let triples = ExtractorTests.triples(ReadoutTests.extraction(
            "Hegseth met with Polish Deputy Prime Minister and Minister of National Defense Władysław Kosiniak-Kamysz at the Pentagon today.\n").facts)
        #expect(triples.contains("Władysław Kosiniak-Kamysz member_of Poland"))
        #expect(!triples.contains { $0.hasSuffix("meets_with Poland") })
    }

    @Test func aNameWithAPossessiveInsideIsMatchedWhole() {
        let found = ReadoutTests.extraction("The People's Republic of China condemned Taiwan on Monday.\n")
        #expect(ExtractorTests.triples(found.facts).first?.hasPrefix("China") == true)
        #expect(found.entities.contains { $0.name == "China" })
    }

    @Test func weaponsAreNoParties() {
        let found = ReadoutTests.extraction(
            "The leaders discussed Poland's purchases of American weapons systems, including Patriot air defense batteries.\n")
        #expect(!found.entities.contains { $0.name == "Patriot" })
    }

    @Test func itCondemnedIsTheActTheSentenceBeforeWasAbout() {
        let triples = ExtractorTests.triples(StatementJudgementTests.statement(
            "The DPRK's ballistic missile launch on 8 May is a further violation of multiple Security Council resolutions. "
                + "The United Kingdom condemns it in the strongest terms.\n").facts)
        #expect(triples.contains("United Kingdom criticises North Korea"))
    }
}

/// Lists, topics and semantics that keep a party out.
@Suite struct NoPartyTests {
    @Test func aDesignationIsNoBody() {
        let found = ReadoutTests.extraction("The State Department designated the Houthis as a Foreign Terrorist Organization.\n")
        #expect(found.entities.map(\.name).sorted() == ["Houthis", "United States"])
        #expect(ExtractorTests.triples(found.facts).contains("United States labels_as_terrorists Houthis"))
    }

    @Test func aConferenceOnAStateDoesNotHostIt() {
        let triples = ExtractorTests.triples(ReadoutTests.extraction(
            "French President Emmanuel Macron is hosting an international conference on Lebanon in Paris.\n").facts)
        #expect(!triples.contains { $0.contains("hosts") })
        let guests = ExtractorTests.triples(ReadoutTests.extraction("Qatar hosted talks between Israel and Hamas.\n").facts)
        #expect(guests.contains("Qatar hosts Israel"))
    }

    @Test func anArmedGroupImposesNoSanctions() {
        let triples = ExtractorTests.triples(ReadoutTests.extraction(
            "The United States last month determined that the RSF had committed genocide and imposed sanctions on its leader, "
                + "Mohamed Hamdan Dagalo.\n").facts)
        // (The genocide determined accuses the RSF; the sanctions are the determiner's.)
        #expect(triples.sorted() == ["United States accuses Rapid Support Forces", "United States sanctions Mohamed Hamdan Dagalo"])
    }
}

extension NameShapeTests {
    @Test func aCityAnAgreementIsNamedForIsAPlace() {
        let found = ReadoutTests.extraction("The warring parties made commitments in the 2023 Jeddah Declaration.\n")
        #expect(found.entities.contains { $0.name == "Jeddah" && $0.kind == .place })
    }

    @Test func aStateInsideADescribingWordIsNamedButDoesNotAct() {
        let found = ReadoutTests.extraction("The Secretary affirmed support for the upcoming Switzerland-hosted Summit on Peace in Ukraine.\n")
        #expect(found.entities.contains { $0.name == "Switzerland" })
        #expect(!ExtractorTests.triples(found.facts).contains { $0.hasPrefix("Switzerland") })
    }

    @Test func anUnnamedMemberStateIsNoBody() {
        let found = ReadoutTests.extraction("This cooperation violates a UN Member State's sovereignty and territorial integrity.\n")
        #expect(!found.entities.contains { $0.name == "State" || $0.name.hasSuffix("Member State") })
    }

    @Test func membersAreNamedBesideTheNounNotAcrossAClause() {
        let reported = ExtractorTests.triples(ReadoutTests.extraction("Zaw Min Tun said some of those killed were members of the PDF.\n").facts)
        #expect(!reported.contains { $0.contains("member_of") })
        let named = ExtractorTests.triples(ReadoutTests.extraction("Hungary, a member of NATO, objected to the plan.\n").facts)
        #expect(named.contains("Hungary member_of North Atlantic Treaty Organization"))
    }
}

/// Readout sentences whose parse or names misled the coder.
@Suite struct ReadoutShapeTests {
    @Test func aMiddleInitialIsPartOfTheName() {
        let found = ReadoutTests.extraction("Secretary of State Antony J. Blinken spoke with Turkish Foreign Minister Hakan Fidan.\n")
        #expect(!found.entities.contains { $0.name == "Antony J." })
        #expect(found.mentions.values.joined().contains { $0.text == "Antony J. Blinken" })
    }

    @Test func aTitleAloneIsNoPerson() {
        let found = ReadoutTests.extraction(
            "Secretary of State Marco Rubio met today with Pakistani Deputy Prime Minister Ishaq Dar.\n\n"
                + "The Secretary underscored the importance of bilateral trade.\n\n"
                + "Ukrainian Foreign Affairs Minister Dmytro Kuleba met Blinken.\n")
        #expect(!found.entities.contains { ["Secretary", "Affairs Minister"].contains($0.name) })
    }

    @Test func aCallsPurposeIsNoTalksAmongThoseCalled() {
        let triples = ExtractorTests.triples(ReadoutTests.extraction(
            "Secretary of Defense Lloyd J. Austin III spoke today with Defense Ministers from Canada, France and Poland "
                + "to discuss the situation in Russia.\n").facts)
        #expect(triples.contains("Lloyd J. Austin III consults Canada"))
        #expect(!triples.contains { $0.contains("negotiates_with") })
    }

    @Test func timeGivenToReconsiderIsAnAppeal() {
        let triples = ExtractorTests.triples(ReadoutTests.extraction(
            "The Economic Community of West African States has given the military leaders of Burkina Faso and Mali six months "
                + "to reconsider their decision.\n").facts)
        #expect(triples.contains { $0.hasSuffix("appeals_to Burkina Faso") })
        #expect(!triples.contains { $0.contains(" aids ") })
    }

    @Test func aBodyOfTwoStatesIsNeithers() {
        let triples = ExtractorTests.triples(ReadoutTests.extraction(
            "Secretary Austin and Minister Kihara welcomed the announcements from the 2024 U.S.-Japan Security Consultative Committee.\n").facts)
        #expect(!triples.contains { $0.hasSuffix("praises United States") || $0.hasSuffix("praises Japan") })
    }
}

extension ReadoutShapeTests {
    @Test func readoutPhrasesOfDefenceNeedAndAppreciation() {
        let triples = ExtractorTests.triples(ReadoutTests.extraction(
            "Secretary Austin reaffirmed the ironclad U.S. commitment to the defense of Japan.\n\n"
                + "Secretary Blinken spoke with Foreign Minister Fidan. The Secretary reiterated the need for Hamas to halt all violent attacks.\n\n"
                + "Secretary Rubio expressed appreciation for Pakistan's continued willingness to play a constructive role.\n\n"
                + "The UK welcomes ongoing engagement between Syria and Israel.\n").facts)
        #expect(triples.contains("United States protects Japan"))
        #expect(triples.contains("Antony Blinken demands Hamas"))
        #expect(triples.contains { $0.hasSuffix("praises Pakistan") })
        #expect(triples.contains("Syria negotiates_with Israel"))
        // A commitment to a state, not to its defence, is support.
        let support = ExtractorTests.triples(ReadoutTests.extraction("Austin reaffirmed the U.S. commitment to Japan.\n").facts)
        #expect(support == ["United States supports Japan"])
    }
}
