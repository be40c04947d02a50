import EntenteModel
import Testing

@testable import EntenteExtraction

/// Relations a noun phrase states in passing (an ally, a spokesman, a state's body, a place's
/// kind) and the datelines that name no party: each sentence lost or misread the relation before
/// its rule.
@Suite struct DescribedRelationTests {
    static func triples(_ text: String) -> [String] {
        ExtractorTests.triples(ReadoutTests.extraction(text + "\n").facts)
    }

    @Test func anOwnedAllyDescribedByItsStateIsThatState() {
        let owned = Self.triples("Germany will defend its Polish and Lithuanian allies.")
        #expect(owned.contains("Germany defends Poland") && owned.contains("Germany defends Lithuania"))
        #expect(owned.contains("Poland ally_of Germany") && owned.contains("Lithuania ally_of Germany"))
        #expect(Self.triples("Russia's Syrian ally attacked Idlib.").contains("Syria attacks Idlib"))
        #expect(!Self.triples("Russia's Syrian ally attacked Idlib.").contains("Russia attacks Idlib"))
        // Without an owner the state is whose allies they are: "U.S. allies" are not the United States.
        #expect(!Self.triples("U.S. allies attacked Idlib.").contains("United States attacks Idlib"))
    }

    @Test func anAllyOrMemberDescribedByAppositionIsInThatRelation() {
        let ally = Self.triples("Egypt, a key U.S. ally, mediated between Israel and Hamas.")
        #expect(ally.contains("Egypt ally_of United States"))
        #expect(ally.contains("Egypt mediates Israel"))
        #expect(!ally.contains { $0.hasPrefix("United States mediates") })
        #expect(Self.triples("Egypt, a close ally of the United States, criticized Israel.").contains("Egypt ally_of United States"))
        #expect(Self.triples("Israel, the closest U.S. partner in the region, struck Iran.").contains("Israel partner_of United States"))
        #expect(Self.triples("Poland, a member of NATO, sent jets to Ukraine.").contains("Poland member_of North Atlantic Treaty Organization"))
        #expect(Self.triples("Poland, a NATO member, sent jets to Ukraine.").contains("Poland member_of North Atlantic Treaty Organization"))
        // Unnamed allies are no one.
        #expect(Self.triples("US allies condemned Russia.").isEmpty)
    }

    @Test func aStatesAllyIsNotTheState() {
        let found = Self.triples("Washington's ally Israel struck Iran.")
        #expect(found.contains("Israel attacks Iran"))
        #expect(!found.contains("United States attacks Iran"))
    }

    @Test func aSpokesmanForABodyIsItsMember() {
        #expect(Self.triples("Khaing Thu Kha, a spokesman for the Arakan Army, said the group would not attend.")
            .contains("Khaing Thu Kha member_of Arakan Army"))
        #expect(Self.triples("\"We will not meet,\" said Khaing Thu Kha, a spokesman for the Arakan Army.")
            .contains("Khaing Thu Kha member_of Arakan Army"))
        // A portfolio "for" a state is no membership of it.
        let portfolio = Self.triples(
            "Michael Chase, the deputy assistant secretary of defense for China, Taiwan and Mongolia, will attend the forum.")
        #expect(!portfolio.contains { $0.hasPrefix("Michael Chase member_of China") })
    }

    @Test func armsHandedOverAreArmsWhateverTheNoun() {
        #expect(Self.triples("Russia's delivery of fighter jets to Iran alarmed Israel.").contains("Russia arms Iran"))
        #expect(Self.triples("Germany's delivery of tanks to Ukraine began in March.") == ["Germany arms Ukraine"])
        // The buyer of arms whose sale is condemned is not the one condemned.
        #expect(!Self.triples("Germany condemned the transfer of drones to Russia.").contains("Germany criticises Russia"))
    }

    @Test func placesByTheirKindsOwnerOrPhrase() {
        #expect(Self.triples("Clashes erupted in Sudan's North Darfur state.").contains("North Darfur located_in Sudan"))
        #expect(Self.triples("Rebels seized Goma, the capital of North Kivu province.").contains("Goma located_in North Kivu"))
    }

    @Test func aStatesBodyNamedWithItsPossessive() {
        #expect(Self.triples("Venezuela's National Electoral Council declared Maduro the winner.")
            .contains("National Electoral Council part_of Venezuela"))
        #expect(Self.triples("Russia's Interfax news agency reported the deal.").contains("Interfax part_of Russia"))
        // A proxy is no body of its patron; a body the gazetteer places is told of once.
        #expect(!Self.triples("Iran's proxy Hezbollah fired rockets.").contains("Hezbollah part_of Iran"))
        #expect(Self.triples("Israel's Mossad spy agency killed him.").filter { $0 == "Mossad part_of Israel" }.count == 1)
        // "According to ORG, P …" makes P no member of ORG.
        #expect(!Self.triples("According to the Korean Central News Agency, Putin is scheduled to arrive Tuesday.")
            .contains { $0.contains("member_of") })
    }

    @Test func talksSponsoredOrMediatedByAThirdParty() {
        let sponsored = Self.triples("Chinese-sponsored talks in Myanmar between the junta and the Arakan Army concluded.")
        #expect(sponsored.contains("China mediates Arakan Army"))
        let mediated = Self.triples("The talks, mediated by Qatar, between Israel and Hamas stalled.")
        #expect(mediated.contains("Qatar mediates Israel") && mediated.contains("Qatar mediates Hamas"))
        #expect(Self.triples("Qatar-mediated talks between Israel and Hamas resumed.").contains("Qatar mediates Hamas"))
    }

    @Test func aDatelineInMixedCaseNamesNoParty() {
        let seoul = ReadoutTests.extraction(
            "North Korea and Russia sign pact\n\nSeoul, South Korea — North Korea and Russia have signed a treaty containing "
                + "a mutual defense clause, officials announced Wednesday.\n")
        let triples = ExtractorTests.triples(seoul.facts)
        #expect(triples.contains("North Korea signs_agreement_with Russia"))
        #expect(!triples.contains { $0.hasPrefix("South Korea") })
        let washington = ExtractorTests.triples(ReadoutTests.extraction(
            "Talks end\n\nWashington - Chinese-sponsored talks in Myanmar between the junta and the Arakan Army "
                + "concluded without an agreement Friday.\n").facts)
        #expect(!washington.contains { $0.contains("United States") })
        // A name set off by two dashes is no dateline.
        let aside = ExtractorTests.triples(ReadoutTests.extraction("Russia — not Ukraine — attacked Georgia in 2008.\n").facts)
        #expect(aside.contains("Russia attacks Georgia"))
    }
}

/// Light verbs, deals struck, possessive names and officials present in another state.
@Suite struct LightVerbAndPresenceTests {
    @Test func aLightVerbsAttackNounIsTheEventWithoutATarget() {
        let found = DescribedRelationTests.triples("The United States and the United Kingdom have conducted retaliatory strikes in Yemen.")
        #expect(!found.contains { $0.contains("cooperates_with") })
        #expect(DescribedRelationTests.triples("The US conducted strikes on Houthi targets.") == ["United States attacks Houthis"])
    }

    @Test func oneStrikesADealNotTheParty() {
        #expect(DescribedRelationTests.triples("Washington struck a defense accord with Papua New Guinea last year.")
            == ["United States signs_agreement_with Papua New Guinea"])
        #expect(DescribedRelationTests.triples("Israel struck Hamas targets in Gaza.") == ["Israel attacks Hamas"])
    }

    @Test func negotiationsAndDialogueWithAParty() {
        #expect(DescribedRelationTests.triples("Turkey had negotiations with Syria.") == ["Turkey negotiates_with Syria"])
        #expect(DescribedRelationTests.triples("Armenia resumed dialogue with Azerbaijan.").contains("Armenia negotiates_with Azerbaijan"))
    }

    @Test func aPossessiveSaysWhosePersonItIs() {
        #expect(DescribedRelationTests.triples("VOA's Esther Githui-Ewart spoke to analysts.") == ["Esther Githui-Ewart member_of Voice of America"])
        #expect(DescribedRelationTests.triples("Russia's Sergei Lavrov said the talks failed.").contains("Sergei Lavrov member_of Russia"))
    }

    @Test func officialsInAnotherStateForTalksVisitIt() {
        #expect(DescribedRelationTests.triples("Senior Australian ministers are in Papua New Guinea to discuss security.")
            == ["Australia visits Papua New Guinea"])
        #expect(DescribedRelationTests.triples("The Chinese delegation was in Moscow for a summit.").contains("China visits Moscow"))
        // Not in one's own state, and not without a purpose of talks.
        #expect(DescribedRelationTests.triples("Australian ministers are in Canberra to discuss security.").isEmpty)
        #expect(!DescribedRelationTests.triples("Russian troops are in Syria to protect Assad.").contains { $0.contains("visits") })
    }
}

/// Names the recogniser took for parties: storms, operations, licences, a region named like a
/// capital, and a count before a name.
@Suite struct NoPartyNameTests {
    static func entities(_ text: String) -> [String] {
        ReadoutTests.extraction(text + "\n").entities.map { "\($0.name) \($0.kind)" }
    }

    @Test func stormsOperationsAndLicencesAreNoParties() {
        let storm = ReadoutTests.extraction("Hurricane Melissa hit Jamaica on Tuesday.\n")
        #expect(!storm.entities.contains { $0.name.contains("Melissa") })
        #expect(!ExtractorTests.triples(storm.facts).contains { $0.contains("attacks") })
        #expect(!Self.entities("Aid was delivered to the victims of Cyclone Mocha in Myanmar.").contains { $0.contains("Mocha") })
        #expect(!Self.entities("The mission was not related to Operation Prosperity Guardian.").contains { $0.contains("Prosperity") })
        #expect(!Self.entities("The U.S. let General License 44 expire on April 18.").contains { $0.contains("License") })
    }

    @Test func aRegionNamedLikeACapitalIsAPlace() {
        let found = Self.entities("The strikes hit near Afmadow, in the lower Juba region.")
        #expect(found.contains("Juba place"))
        #expect(!found.contains { $0.hasPrefix("South Sudan") })
        // The capital acting is still its state.
        #expect(ExtractorTests.triples(ReadoutTests.extraction("Juba accused Khartoum of backing the rebels.\n").facts)
            .contains("South Sudan accuses Sudan"))
    }

    @Test func aCountBeforeANameIsNotPartOfIt() {
        #expect(!Self.entities("Two U.S. Navy SEALs were lost at sea during a raid.").contains { $0.hasPrefix("Two") })
    }
}

/// "He" opening a sentence continues the subject of the sentence before.
@Suite struct OpeningPronounTests {
    @Test func anOpeningPronounIsTheSubjectBeforeNotThePersonNamedLast() {
        let found = DescribedRelationTests.triples("Blinken met Wang Yi in Beijing. He urged China to stop supplying Russia.")
        #expect(found.contains("Antony Blinken appeals_to China"))
        #expect(!found.contains("Wang Yi appeals_to China"))
        // Across a sentence that names no one.
        #expect(DescribedRelationTests.triples("Blinken met Wang Yi in Beijing. The talks lasted five hours. He urged China to act.")
            .contains("Antony Blinken appeals_to China"))
    }
}

/// A statement's judgement of what two sides did together, and concern at what is reported.
@Suite struct JudgedSidesTests {
    static func statement(_ body: String) -> [String] {
        ExtractorTests.triples(Extractor().extract(PageReader.read(
            "UK statement at the UN Security Council\nPublished: 18 November 2024\nSource: Foreign, Commonwealth & Development Office\n\n"
                + body + "\n")).facts)
    }

    @Test func aJudgementOfAJointActJudgesEachSide() {
        let welcomed = Self.statement("We welcome the agreement between Armenia and Azerbaijan.")
        #expect(welcomed.contains("United Kingdom praises Armenia") && welcomed.contains("United Kingdom praises Azerbaijan"))
        let agreed = Self.statement("The UK welcomes the ceasefire agreed by Israel and Hezbollah.")
        #expect(agreed.contains("United Kingdom praises Hezbollah") && agreed.contains("Israel ceasefire_with Hezbollah"))
        let condemned = Self.statement("We condemn the clashes between the Sudanese Armed Forces and the RSF.")
        #expect(condemned.contains("United Kingdom criticises Rapid Support Forces"))
        let signed = DescribedRelationTests.triples("Japan welcomed the peace deal signed by Armenia and Azerbaijan.")
        #expect(signed.contains("Japan praises Armenia") && signed.contains("Armenia signs_agreement_with Azerbaijan"))
    }

    @Test func concernAtAReportIsCriticismOfItsSubject() {
        #expect(Self.statement("The UK is concerned by reports that Russia continues to deploy personnel to eastern Libya.")
            .contains("United Kingdom criticises Russia"))
        // A report of an act is criticism of the one it reports doing it.
        #expect(Self.statement("The UK is gravely concerned by reports of an imminent offensive on El Fasher by the Rapid Support Forces.")
            .contains("United Kingdom criticises Rapid Support Forces"))
    }
}

/// A statement's regret, gratitude, accountability and verdicts of violation, and a release asked
/// of those who hold the detained.
@Suite struct StatementVoiceTests {
    @Test func regretGratitudeAndVerdicts() {
        #expect(JudgedSidesTests.statement("We regret that Russia voted against the resolution.").contains("United Kingdom criticises Russia"))
        #expect(JudgedSidesTests.statement("We do not regret that Russia left.").isEmpty)
        #expect(JudgedSidesTests.statement("We are grateful to Kenya for leading the Multinational Security Support mission.")
            .contains("United Kingdom praises Kenya"))
        #expect(JudgedSidesTests.statement("North Korea's continued missile launches are a clear violation of Security Council resolutions.")
            .contains("United Kingdom criticises North Korea"))
        #expect(JudgedSidesTests.statement("The UK will continue to hold Iran to account for its destabilising activity.")
            .contains("United Kingdom criticises Iran"))
    }

    @Test func aReleaseIsAskedOfThoseWhoHold() {
        let found = JudgedSidesTests.statement("The UK calls for the immediate release of all UN staff detained by the Houthis.")
        #expect(found.contains("United Kingdom appeals_to Houthis"))
        #expect(!found.contains("United Kingdom appeals_to United Nations"))
    }
}

/// A seat of government that publishes speaks for its state.
@Suite struct SeatOfGovernmentAuthorTests {
    static func published(by source: String) -> [String] {
        ExtractorTests.triples(Extractor().extract(PageReader.read(
            "Readout of a call\nPublished: 17 September 2023\nSource: \(source)\n\nWe call on Iran to release the detainees.\n")).facts)
    }

    @Test func theWhiteHouseAndTheKremlinSpeakForTheirStates() {
        #expect(Self.published(by: "The White House") == ["United States appeals_to Iran"])
        #expect(Self.published(by: "The Kremlin") == ["Russia appeals_to Iran"])
        // A body with "House" in its name that is no government's speaks for no one.
        #expect(Self.published(by: "Freedom House").isEmpty)
    }
}

/// A whole name with a title word inside it, and the guest one welcomes to a place.
@Suite struct GuestAndNameTests {
    @Test func aNameWithSheikhInsideIsOneName() {
        let found = ReadoutTests.extraction("Austin welcomed Somali President Hassan Sheikh Mohamud to the Pentagon.\n")
        #expect(found.entities.contains { $0.name == "Hassan Sheikh Mohamud" && $0.type == "person" })
        #expect(!found.entities.contains { $0.name == "Hassan" })
    }

    @Test func theOneWelcomedToAPlaceIsTheGuest() {
        let found = DescribedRelationTests.triples("Austin welcomed Somali President Hassan Sheikh Mohamud to the Pentagon.")
        #expect(found.contains("Austin hosts Hassan Sheikh Mohamud"))
        #expect(!found.contains("Austin hosts United States"))
    }
}

/// A statement's tributes, thanks, welcomes of an appointment and plans to work together.
@Suite struct TributeAndAppointmentTests {
    @Test func tributesThanksAndAppointments() {
        #expect(JudgedSidesTests.statement("We pay tribute to Kenya's leadership of this mission.").contains("United Kingdom praises Kenya"))
        let appointed = ReadoutTests.extraction(
            "I welcome the recent appointment of Hanna Tetteh as the Secretary-General's Special Representative in Libya.\n")
        #expect(appointed.entities.contains { $0.name == "Hanna Tetteh" && $0.type == "person" })
        #expect(JudgedSidesTests.statement(
            "I welcome the recent appointment of Hanna Tetteh as the Secretary-General's Special Representative in Libya.")
            .contains("United Kingdom praises Hanna Tetteh"))
    }

    @Test func lookingForwardToWorkingWithAPartyIsFutureCooperation() {
        let found = Extractor().extract(PageReader.read(
            "UK statement at the UN Security Council\nPublished: 18 November 2024\nSource: Foreign, Commonwealth & Development Office\n\n"
                + "We look forward to working with Kenya.\n")).facts
        #expect(found.contains { $0.predicate == "cooperates_with" && $0.object.name == "Kenya" && $0.modality == .future })
    }
}

/// Security provided is protection, and the purpose of what is discussed is its own.
@Suite struct ProtectionAndPurposeTests {
    @Test func securityProvidedIsProtection() {
        #expect(DescribedRelationTests.triples("Kenyan police will provide security to Haiti.") == ["Kenya protects Haiti"])
    }

    @Test func thePurposeOfWhatIsDiscussedIsNotTheDiscussants() {
        let found = DescribedRelationTests.triples(
            "Blinken discussed the deployment of the Multinational Security Support mission to provide security and stability to Haiti.")
        #expect(found.contains { $0.hasPrefix("Multinational Security Support") && $0.hasSuffix("protects Haiti") })
        #expect(!found.contains { $0.hasPrefix("Antony Blinken") && $0.hasSuffix("Haiti") })
    }

    @Test func aStateTitledPersonInAnApposition() {
        let found = DescribedRelationTests.triples(
            "Austin spoke by phone today with Republic of Korea (ROK) Acting Minister of National Defense Kim Seon-ho to discuss their shared focus.")
        #expect(found.contains("Austin consults Kim Seon-ho"))
        #expect(found.contains("Kim Seon-ho member_of South Korea"))
        #expect(!found.contains("Austin consults South Korea"))
    }
}

/// Titles not yet held and texts named for a body are no part of a party's name.
@Suite struct TitleAndTextNameTests {
    @Test func aTitleElectIsNoPartOfTheName() {
        #expect(NoPartyNameTests.entities("President-elect Edmundo González Urrutia should be sworn in.")
            .contains("Edmundo González Urrutia actor"))
    }

    @Test func aBodysDecisionIsNoBody() {
        #expect(!NoPartyNameTests.entities("The UK supports the Permanent Council Decision on the closure.").contains { $0.contains("Decision") })
    }
}

/// A state's opposition is a party of its own, and a text named for a place names no party.
@Suite struct OppositionAndNamedTextTests {
    @Test func aStatesOppositionIsNotTheState() {
        #expect(DescribedRelationTests.triples("The Venezuelan opposition accused Maduro of fraud.")
            .contains { $0.hasPrefix("Venezuelan opposition accuses") })
    }

    @Test func aTextNamedForAPlaceNamesNoParty() {
        let found = DescribedRelationTests.triples(
            "Maduro and representatives of Venezuelan opposition parties signed the Barbados Agreement.")
        #expect(found.contains { $0.hasSuffix("signs_agreement_with Venezuelan opposition") })
        #expect(!found.contains { $0.contains("Barbados") })
    }
}

/// A visit to a city is a visit to its state too.
@Suite struct StateVisitedTests {
    @Test func aVisitToACityIsAVisitToItsState() {
        let found = DescribedRelationTests.triples("Macron visited Kyiv on Tuesday.")
        #expect(found.contains("Emmanuel Macron visits Kyiv") && found.contains("Emmanuel Macron visits Ukraine"))
    }
}

/// Mediation efforts and intermediaries, and a dictionary's short name inside a longer one.
@Suite struct MediationEffortTests {
    @Test func aMediationEffortBetweenTwoSides() {
        let found = DescribedRelationTests.triples("Qatar's emir launched a mediation effort between the Emirates and Saudi Arabia.")
        #expect(found.contains("Qatar mediates United Arab Emirates") && found.contains("Qatar mediates Saudi Arabia"))
        #expect(DescribedRelationTests.triples("Oman acted as an intermediary between Iran and the United States.")
            .contains("Oman mediates Iran"))
    }

    @Test func aDictionaryNameInsideALongerPersonsNameIsNotThePerson() {
        #expect(NoPartyNameTests.entities("President Omar Hassan al-Bashir took several steps.").contains("Omar Hassan al-Bashir actor"))
        #expect(NoPartyNameTests.entities("Hassan Nasrallah spoke.").contains("Hassan Nasrallah actor"))
    }
}

/// What is needed or called for is advocated, not done.
@Suite struct NeededActTests {
    @Test func aNeededActIsAdvocated() {
        let facts = ReadoutTests.extraction("They discussed the need for Russia to withdraw its forces from Ukraine.\n").facts
        #expect(facts.contains { $0.predicate == "withdraws_from" && $0.subject.name == "Russia" && $0.modality == .advocated })
    }
}

/// Militias backed by a state, where they fight, and a continent's part named like a state.
@Suite struct BackedMilitiaTests {
    @Test func militiasWhereTheyFightAreNoStatesBacked() {
        #expect(!DescribedRelationTests.triples("The Pentagon said U.S. forces struck Iranian-backed militias in Syria.")
            .contains("Iran supports Syria"))
        #expect(DescribedRelationTests.triples("The Iran-backed Houthis attacked a ship.").contains("Iran supports Houthis"))
        #expect(DescribedRelationTests.triples("Russian-occupied Crimea was shelled.").contains("Russia occupies Crimea"))
    }

    @Test func latinAmericanIsNotAmerican() {
        #expect(!DescribedRelationTests.triples("Venezuela expelled diplomats from seven Latin American countries.")
            .contains { $0.contains("United States") })
    }
}

/// A body suspends a member; a deal brokered by a third party for those who made it.
@Suite struct SuspensionAndBrokeredDealTests {
    @Test func aBodySuspendingAStateReducesRelations() {
        #expect(DescribedRelationTests.triples("The African Union suspended Gabon after the coup.")
            == ["African Union reduces_relations_with Gabon"])
        #expect(DescribedRelationTests.triples("Ukraine suspended talks with Russia.") == ["Ukraine halts_negotiations_with Russia"])
    }

    @Test func restrictionsEmbargoesAndBansAreSanctions() {
        #expect(DescribedRelationTests.triples("The United States imposed visa restrictions on Georgian officials.")
            == ["United States sanctions Georgia"])
        #expect(DescribedRelationTests.triples("Russia imposed an embargo on Georgian wine.") == ["Russia sanctions Georgia"])
    }

    @Test func aDealBrokeredByAThirdPartyForThoseWhoAgreed() {
        let found = DescribedRelationTests.triples(
            "Saudi Arabia and Iran agreed to restore diplomatic relations in a deal brokered by China.")
        #expect(found.contains("China mediates Saudi Arabia") && found.contains("China mediates Iran"))
    }
}
