import EntenteModel
import Testing

@testable import EntenteExtraction

/// Who does what another clause leaves unsaid: the party asked to act owns what the act's
/// possessive names, what one wants another to do is advocated, and a relative clause with a
/// subject of its own has the noun it describes as its object.
@Suite struct ControlTests {
    static func facts(_ body: String) -> [Fact] { ReadoutTests.extraction(body).facts }

    @Test func aidBlockedIsNegated() {
        #expect(EventNounTests.triples("Hungary blocked EU aid to Ukraine.\n").contains("European Union aids Ukraine (negated)"))
    }

    @Test func whoJudgesADecisionDidNotTakeIt() {
        #expect(!EventNounTests.triples("Venezuela's opposition criticized the decision to free Alex Saab.\n").contains { $0.contains("releases") })
        // Who announces a decision took it.
        #expect(EventNounTests.triples("Venezuela announced its decision to free two American citizens.\n").contains("Venezuela releases United States"))
    }

    @Test func anInfinitivesPossessiveBelongsToThePartyAskedToAct() {
        let found = EventNounTests.triples("Germany asked Turkey to halt its attacks on the Kurds.\n")
        #expect(found.contains("Turkey attacks Kurds (negated)"))
        #expect(!found.contains { $0.hasPrefix("Germany attacks") })
        // With no party asked, the possessive is still the subject's.
        #expect(EventNounTests.triples("Turkey decided to halt its attacks on the Kurds.\n").contains("Turkey attacks Kurds (negated)"))
    }

    @Test func anEventWeighedIsHypotheticalAndOneProposedAdvocated() {
        let weighed = Self.facts("The United States is considering sanctions on Chinese banks.\n").first { $0.predicate == "sanctions" }
        #expect(weighed?.modality == .hypothetical)
        let proposed = Self.facts("The European Union proposed new sanctions on Russia.\n").first { $0.predicate == "sanctions" }
        #expect(proposed?.modality == .advocated)
        #expect(Self.facts("The European Union imposed new sanctions on Russia.\n").first { $0.predicate == "sanctions" }?.modality == .asserted)
    }

    @Test func aStepTakenTowardAnActTakesItsVerbsTense() {
        let future = Self.facts("Britain will be taking immediate steps to cancel its air services agreement with Iran.\n")
            .first { $0.predicate == "reduces_relations_with" }
        #expect(future?.modality == .future)
        let attempt = Self.facts("Russia made an attempt to seize Kyiv in 2022.\n").first { $0.predicate == "seizes" }
        #expect(attempt?.modality == .hypothetical)
    }

    @Test func reportedWouldIsTheSpeakersWill() {
        let said = Self.facts("Poland said it would deploy additional troops to its border with Belarus.\n").first { $0.object.name == "Belarus" }
        #expect(said?.modality == .future)
        // A condition still makes it hypothetical.
        let conditional = Self.facts("Poland said it would deploy troops to its border with Belarus if Minsk attacked.\n").first { $0.object.name == "Belarus" }
        #expect(conditional?.modality == .hypothetical)
    }

    @Test func aCoordinatedVerbIsNoGoverningOne() {
        let thanked = Self.facts("Guterres called the deal a beacon of hope and thanked Erdogan for his work.\n").first { $0.predicate == "praises" }
        #expect(thanked?.modality == .asserted)
        let attacked = Self.facts("Russia threatened and attacked Ukraine.\n").first { $0.predicate == "attacks" }
        #expect(attacked?.modality == .asserted && attacked?.negated == false)
        // A verb that governs the act still sets its stance.
        #expect(Self.facts("The EU called on Serbia to withdraw its forces from Kosovo.\n").first { $0.subject.name == "Serbia" }?.modality == .advocated)
    }

    @Test func theParsesModalityStandsOverTheWindowsWouldFromAnotherClause() {
        let urged = Self.facts("Macron said Paris would not allow Lebanon to become another Gaza, and Washington urged Israel to avoid a wider war.\n")
            .first { $0.predicate == "appeals_to" && $0.object.name == "Israel" }
        #expect(urged?.modality == .asserted)
    }

    @Test func leadingAMissionInAStateProtectsIt() {
        let led = Self.facts("Kenya will lead a multinational security mission in Haiti.\n").first { $0.predicate == "protects" }
        #expect(led?.subject.name == "Kenya" && led?.object.name == "Haiti" && led?.modality == .future)
    }

    @Test func whatOneWantsAnotherToDoIsAdvocated() {
        let wanted = Self.facts("The European Union wants Serbia to recognise Kosovo.\n")
        #expect(wanted.contains { $0.subject.name == "Serbia" && $0.object.name == "Kosovo" && $0.modality == .advocated })
        #expect(!wanted.contains { $0.subject.name == "Serbia" && $0.modality == .asserted })
        // Wanting to act oneself is an intent, not advocacy.
        let intended = Self.facts("Serbia wants to recognise Kosovo.\n")
        #expect(intended.contains { $0.subject.name == "Serbia" && $0.object.name == "Kosovo" && $0.modality != .advocated })
    }

    @Test func aRelativeClauseWithItsOwnSubjectActsOnItsNoun() {
        #expect(EventNounTests.triples("Egypt released the Sudanese fishermen it had detained in May.\n").contains("Egypt arrests Sudan"))
        // A relative pronoun as subject makes the noun the actor, not the object.
        #expect(!EventNounTests.triples("Police questioned the Sudanese fishermen who had detained a guard.\n").contains { $0.hasSuffix("arrests Sudan") })
        // A passive clause leaves no object to the noun.
        #expect(!EventNounTests.triples("Egypt welcomed the Sudanese fishermen it was told had been detained.\n").contains { $0.hasSuffix("arrests Sudan") })
    }
}

/// Phrases of news the coder read wrongly or not at all: relations restored, sanctions lifted, a
/// ship named by its flag or its owner.
@Suite struct CommonPhraseTests {
    static func triples(_ body: String) -> [String] { EventNounTests.triples(body) }

    @Test func restoringOrNormalisingRelationsRecognisesTheOtherSide() {
        #expect(Self.triples("Saudi Arabia and Iran restored diplomatic relations in March.\n").contains("Saudi Arabia recognises Iran"))
        #expect(Self.triples("Israel normalized relations with the United Arab Emirates in 2020.\n").contains("Israel recognises United Arab Emirates"))
    }

    @Test func liftedSanctionsAreEasedNotImposed() {
        let found = Self.triples("The European Union lifted sanctions on Belarus.\n")
        #expect(found.contains("European Union eases_sanctions_on Belarus"))
        #expect(!found.contains("European Union sanctions Belarus"))
        // Imposed, they are sanctions still.
        #expect(Self.triples("The European Union imposed sanctions on Belarus.\n").contains("European Union sanctions Belarus"))
    }

    @Test func aShipIsItsFlagsOrItsOwnersParty() {
        #expect(Self.triples("Iran seized a British-flagged tanker in the Strait of Hormuz.\n").contains("Iran seizes United Kingdom"))
        #expect(Self.triples("Houthi rebels attacked a Greek-owned ship.\n").contains("Houthis attacks Greece"))
        #expect(Self.triples("Houthi rebels attacked a U.S.-flagged ship.\n").contains("Houthis attacks United States"))
        // A coalition led by a state acts as that state, as CAMEO codes it.
        #expect(Self.triples("The Saudi-led coalition struck Houthi positions in Yemen.\n").contains("Saudi Arabia attacks Houthis"))
        // Another participle names no owner.
        #expect(Self.triples("Houthi rebels attacked a Greek-built ship.\n").isEmpty)
    }
}

/// Where an act with no party as object happened, and envoys called home.
@Suite struct PlaceOfActTests {
    @Test func aTownNamedWithItsStateIsWhereTheActHappened() {
        let found = EventNounTests.triples("A Russian missile hit a shopping centre in Kremenchuk, Ukraine.\n")
        #expect(found.contains("Russia attacks Ukraine"))
        // Without its state, a town the gazetteer does not know is struck itself, never a state.
        let alone = EventNounTests.triples("A Russian missile hit a shopping centre in Kremenchuk.\n")
        #expect(alone.contains("Russia attacks Kremenchuk"))
        #expect(!alone.contains("Russia attacks Ukraine"))
    }

    @Test func recallingAnEnvoyToOrFromAStateReducesRelations() {
        #expect(EventNounTests.triples("Algeria recalled its ambassador to France.\n").contains("Algeria reduces_relations_with France"))
        #expect(EventNounTests.triples("Lithuania recalled its envoy from China.\n").contains("Lithuania reduces_relations_with China"))
    }
}

/// Who stands behind an event: the accuser of an act claims it, a capital that speaks is its
/// government, and who claims responsibility for an attack carried it out.
@Suite struct ClaimTests {
    @Test func anAccusedActIsTheAccusersClaim() {
        let shelled = ControlTests.facts("Ukraine accused Russia of shelling the Zaporizhzhia nuclear plant.\n")
            .first { $0.subject.name == "Russia" && $0.predicate == "shells" }
        #expect(shelled?.modality == .reported && shelled?.speaker?.name == "Ukraine")
        // Stated without an accuser, it is asserted.
        let stated = ControlTests.facts("Russia shelled the Zaporizhzhia nuclear plant.\n").first { $0.subject.name == "Russia" && $0.predicate == "shells" }
        #expect(stated?.modality == .asserted && stated?.speaker == nil)
    }

    @Test func aCapitalGivenOrAskedIsItsGovernmentAndAVisitedOneAPlace() {
        #expect(EventNounTests.triples("London will send more missiles to Kyiv.\n").contains("United Kingdom arms Ukraine"))
        #expect(EventNounTests.triples("Putin visited Pyongyang in June.\n").contains("Vladimir Putin visits Pyongyang"))
    }

    @Test func membershipTalkedOfOrSoughtIsNotAsserted() {
        let talked = ControlTests.facts("Georgia's ruling party suspended talks on joining the European Union.\n").first { $0.predicate == "member_of" }
        #expect(talked == nil || talked?.modality != .asserted)
        #expect(ControlTests.facts("Finland joined NATO in April 2023.\n").first { $0.predicate == "member_of" }?.modality == .asserted)
    }

    @Test func anAccusedActIsReportedEvenWhenTheAccuserIsNoActor() {
        let supplied = ControlTests.facts("Western powers accused Iran of supplying drones to Russia.\n").first { $0.subject.name == "Iran" && $0.object.name == "Russia" }
        #expect(supplied?.modality == .reported)
    }

    @Test func aCapitalThatSpeaksIsItsGovernment() {
        let shelled = ControlTests.facts("According to Kyiv, Russian forces shelled Kherson overnight.\n").first { $0.predicate == "shells" }
        #expect(shelled?.speaker?.name == "Ukraine")
    }

    @Test func whoeverClaimsResponsibilityForAnAttackCarriedItOut() {
        #expect(EventNounTests.triples("Hamas claimed responsibility for the attack on Israeli soldiers.\n").contains("Hamas attacks Israel"))
        // Denied, it is no one's.
        #expect(!EventNounTests.triples("Hezbollah denied responsibility for the attack on Israeli soldiers.\n").contains { $0.hasPrefix("Hezbollah attacks") })
    }
}

/// Journeys made for talks, counterparts, and cases brought before a court.
@Suite struct DiplomacyPhraseTests {
    static func triples(_ body: String) -> [String] { EventNounTests.triples(body) }

    @Test func aJourneysPurposeIsTheTravellersAndSupportShownIsSupport() {
        let found = Self.triples("Iran's foreign minister visited Beirut to show support for Hezbollah.\n")
        #expect(found.contains("Iran supports Hezbollah") && !found.contains("Lebanon supports Hezbollah"))
        #expect(Self.triples("Turkey showed solidarity with Azerbaijan.\n").contains("Turkey supports Azerbaijan"))
    }

    @Test func talksAJourneyIsForAreTheTravellers() {
        let found = Self.triples("Blinken arrived in Riyadh on Tuesday for talks with Saudi officials.\n")
        #expect(found.contains("Antony Blinken negotiates_with Saudi Arabia"))
    }

    @Test func aCounterpartIsThePersonNamedElseTheStateDescribed() {
        #expect(Self.triples("Blinken met his Chinese counterpart Wang Yi in Beijing.\n").contains("Antony Blinken meets_with Wang Yi"))
        #expect(Self.triples("Lavrov traveled to Ankara for talks with his Turkish counterpart.\n").contains("Sergei Lavrov negotiates_with Turkey"))
    }

    @Test func welcomingAPartyToAPlaceHostsItAndWelcomingAnActPraises() {
        #expect(Self.triples("Kenya's president welcomed his Ugandan counterpart to Nairobi.\n").contains("Kenya hosts Uganda"))
        let decision = Self.triples("Kenya welcomed Uganda's decision to withdraw its troops.\n")
        #expect(decision.contains("Kenya praises Uganda") && !decision.contains("Kenya hosts Uganda"))
    }

    @Test func theHostOfTalksBetweenTwoSidesHostsEach() {
        let found = Self.triples("Qatar hosted negotiations between the United States and the Taliban.\n")
        #expect(found.contains("United States negotiates_with Taliban"))
        #expect(found.contains("Qatar hosts United States") && found.contains("Qatar hosts Taliban"))
        // Welcoming the talks hosts no one.
        #expect(!Self.triples("Egypt welcomed talks between Israel and Hamas.\n").contains { $0.hasPrefix("Egypt hosts") })
    }

    @Test func aCaseBroughtAgainstAPartyAccusesIt() {
        #expect(Self.triples("South Africa filed a genocide case against Israel at the International Court of Justice.\n").contains("South Africa accuses Israel"))
        #expect(Self.triples("Ukraine's case against Russia at the UN court continues.\n").contains("Ukraine accuses Russia"))
    }
}

/// Vows of revenge threaten; agreements revoked reduce relations.
@Suite struct CommitmentPhraseTests {
    @Test func aVowOfRevengeThreatensAndAVowToHelpDoesNot() {
        let revenge = EventNounTests.triples("Iran's supreme leader vowed revenge against Israel.\n")
        #expect(revenge.contains("Iran threatens Israel") && !revenge.contains { $0.contains("offers_cooperation_to") })
        #expect(!EventNounTests.triples("Japan vowed to support Ukraine.\n").contains { $0.contains("threatens") })
    }

    @Test func aTreatyOrTradeSuspendedReducesRelationsAndAClosedAirspaceSanctions() {
        #expect(EventNounTests.triples("India suspended a water-sharing treaty with Pakistan.\n").contains("India reduces_relations_with Pakistan"))
        #expect(EventNounTests.triples("Pakistan suspended all trade with India.\n").contains("Pakistan reduces_relations_with India"))
        #expect(EventNounTests.triples("Pakistan closed its airspace to Indian airlines.\n").contains("Pakistan sanctions India"))
    }

    @Test func anAgreementRevokedOrTerminatedReducesRelations() {
        #expect(EventNounTests.triples("The junta in Niger revoked a military agreement with the United States.\n").contains("Niger reduces_relations_with United States"))
        #expect(EventNounTests.triples("Mali terminated its defence accord with France.\n").contains("Mali reduces_relations_with France"))
    }
}

/// An act in a "that" clause under a noun of claiming or evidence is what the noun makes of it.
@Suite struct ClaimedActTests {
    static func attack(_ body: String) -> Fact? {
        ControlTests.facts(body).first { $0.predicate == "attacks" && $0.subject.name == "Russia" && $0.object.name == "Ukraine" }
    }

    @Test func aClaimDeniedIsANegatedReport() {
        for body in ["Moscow dismissed claims that Russia had attacked Ukraine.\n", "Officials said claims that Russia had attacked Ukraine were false.\n"] {
            let fact = Self.attack(body)
            #expect(fact?.negated == true && fact?.modality == .reported, "\(body)")
        }
    }

    @Test func anActNotDoneSoFarIsNegated() {
        let recognised = ControlTests.facts("Russia has yet to recognize the Taliban government.\n").first { $0.predicate == "recognises" }
        #expect(recognised?.negated == true)
        #expect(ControlTests.facts("Russia has recognized the Taliban government.\n").first { $0.predicate == "recognises" }?.negated == false)
    }

    @Test func noEvidenceMakesItHypotheticalAndEvidenceAssertsIt() {
        #expect(Self.attack("Investigators found no evidence that Russia had attacked Ukraine.\n")?.modality == .hypothetical)
        let found = Self.attack("Investigators found evidence that Russia had attacked Ukraine.\n")
        #expect(found?.modality == .asserted && found?.negated == false)
    }
}

/// "allies such as Poland": the parties a noun gives as examples act for it.
@Suite struct ExampleListTests {
    @Test func theNamesANounListsAreItsParties() {
        let found = EventNounTests.triples("NATO allies such as Poland and Lithuania have sent weapons to Ukraine.\n")
        #expect(found.contains("Poland arms Ukraine") && found.contains("Lithuania arms Ukraine"))
        #expect(!found.contains { $0.hasPrefix("North Atlantic Treaty Organization arms") })
        #expect(EventNounTests.triples("Gulf states like Qatar criticised Israel.\n").contains("Qatar criticises Israel"))
    }
}

/// Parties named once in full and then otherwise: an acronym of the full name, and "both sides"
/// that the ones who urge them cannot be.
@Suite struct LaterNameTests {
    @Test func anAcronymOfABodyNamedInFullIsThatBody() {
        let found = ReadoutTests.extraction(
            "Talks between the army and the Rapid Support Forces stalled on Tuesday.\n\nThe United Arab Emirates has denied arming the RSF.\n")
        #expect(!found.entities.contains { $0.name == "RSF" })
        #expect(found.facts.contains { $0.subject.name == "United Arab Emirates" && $0.predicate == "arms" && $0.object.name == "Rapid Support Forces" && $0.negated })
        #expect(ArticleAcronyms.initials(of: "Democratic Forces for the Liberation of Rwanda") == "DFLR")
        #expect(ArticleAcronyms.initials(of: "Hezbollah") == nil)
    }

    @Test func bothSidesAreNotThoseWhoUrgeThem() {
        let found = EventNounTests.triples(
            "Sudan's army and the Rapid Support Forces met in Jeddah.\n\nSaudi Arabia and the United States urged both sides to agree to a truce.\n")
        #expect(found.contains("Saudi Arabia appeals_to Sudan") && found.contains("United States appeals_to Rapid Support Forces"))
        #expect(!found.contains { $0.hasPrefix("Saudi Arabia ceasefire_with") || $0.hasPrefix("Saudi Arabia clashes_with") })
    }

    @Test func thoseWhoCallForAHaltToTheFightingAreNotItsSides() {
        let found = EventNounTests.triples("France and Saudi Arabia have also called for an immediate halt to the fighting.\n")
        #expect(!found.contains { $0.contains("clashes_with") })
        #expect(EventNounTests.triples("Israel and Hezbollah have been fighting for a year.\n").contains("Israel clashes_with Hezbollah"))
    }

    @Test func theOneSpokenForIsNoPartyToTheAct() {
        #expect(EventNounTests.triples("Nabih Berri has been negotiating on behalf of Hezbollah.\n").isEmpty)
        #expect(EventNounTests.triples("Nabih Berri negotiated with Israel on behalf of Hezbollah.\n").contains("Nabih Berri negotiates_with Israel"))
    }

    @Test func aStateNamedBeforeStatementInTheTitleSpeaksAsWe() {
        let page = PageReader.read(
            "UK statement at the UN Security Council on Sudan\nPublished: 10 June 2025\nSource: Entente Test Wire\n\n"
                + "We condemn the Rapid Support Forces' attacks on displacement camps.\n")
        #expect(ExtractorTests.triples(Extractor().extract(page).facts).contains("United Kingdom criticises Rapid Support Forces"))
        // A news wire's own "we" stays nobody's.
        let news = PageReader.read(
            "Fighting in Sudan\nPublished: 10 June 2025\nSource: Entente Test Wire\n\n"
                + "We condemn the Rapid Support Forces' attacks on displacement camps.\n")
        #expect(Extractor().extract(news).facts.isEmpty)
    }

    @Test func aStatementsOneAuthorIsNeverBothSides() {
        let page = PageReader.read(
            "UK statement on Sudan\nPublished: 10 June 2025\nSource: Foreign, Commonwealth & Development Office\n\n"
                + "We urge the Sudanese Armed Forces to refrain from bombing populated areas.\n\n"
                + "Both parties must agree to a nationwide ceasefire.\n")
        let triples = ExtractorTests.triples(Extractor().extract(page).facts)
        #expect(triples.contains("United Kingdom appeals_to Sudan"))
        #expect(!triples.contains { $0.hasPrefix("United Kingdom ceasefire_with") || $0.hasPrefix("United Kingdom clashes_with") })
    }
}

/// A deadline to leave expels; a region's adjective names a place, not a group.
@Suite struct DeadlineAndRegionTests {
    @Test func aDeadlineToLeaveExpelsAndGivesNothing() {
        let found = EventNounTests.triples("Niger's military rulers gave the French ambassador 48 hours to leave the country on Friday.\n")
        #expect(found.contains("Niger expels France") && !found.contains { $0.contains(" aids ") })
        #expect(EventNounTests.triples("Mali gave French troops three months to leave.\n").contains("Mali expels France"))
        // Given things, not time, it is aid.
        #expect(EventNounTests.triples("Germany gave Ukraine 100 tanks to defend itself.\n").contains("Germany aids Ukraine"))
    }

    @Test func theOneAnActIsForIsNotItsTarget() {
        #expect(!EventNounTests.triples("ECOWAS has threatened to use force to restore President Mohamed Bazoum, who remains detained.\n")
            .contains { $0.contains("Mohamed Bazoum") })
        #expect(EventNounTests.triples("Turkey threatened to attack Syria to protect its border.\n").contains("Turkey threatens Syria"))
    }

    @Test func aRegionsAdjectiveIsAPlaceNotAGroup() {
        let found = ReadoutTests.extraction("Mali has pledged to defend Niger if the West African bloc ECOWAS intervenes.\n")
        #expect(!found.entities.contains { $0.name == "West African" })
        #expect(found.entities.contains { $0.name == "West Africa" && $0.kind == .place })
    }
}

/// Naming a party as something, calls made on a day, and shows of force.
@Suite struct NamingAndForceTests {
    static func triples(_ body: String) -> [String] { EventNounTests.triples(body) }

    @Test func aCondemningNameCriticisesAndNoNameIsACall() {
        let named = Self.triples("Beijing called Lai Ching-te a separatist.\n")
        #expect(named.contains { $0.hasPrefix("China criticises") } && !named.contains { $0.contains("consults") })
        #expect(Self.triples("Biden called Xi a dictator.\n").contains("Joe Biden criticises Xi Jinping"))
        #expect(Self.triples("Turkey called the PKK a terrorist organization.\n").contains("Turkey labels_as_terrorists Kurdistan Workers' Party"))
        // A friendly name is neither a call nor criticism.
        #expect(Self.triples("Erdogan called Zelensky a friend.\n").isEmpty)
    }

    @Test func aDayIsNoPhrasesObject() {
        #expect(Self.triples("Macron called Putin on Tuesday.\n").contains("Emmanuel Macron consults Vladimir Putin"))
        #expect(Self.triples("The EU called on Russia on Monday to withdraw.\n").contains("European Union appeals_to Russia"))
    }

    @Test func warshipsSentTowardAStateShowForce() {
        #expect(Self.triples("China sent warships and fighter jets toward Taiwan on Tuesday.\n").contains("China shows_force_against Taiwan"))
    }
}

/// Brokers are not the sides of what they broker; protests and arms named by the thing sent.
@Suite struct BrokerAndProtestTests {
    @Test func whoBrokeredAnAgreementMediatesBetweenItsSigners() {
        let signed = EventNounTests.triples("Azerbaijan and Armenia signed a peace treaty in Washington, brokered by the United States.\n")
        #expect(signed.contains("United States mediates Azerbaijan") && signed.contains("United States mediates Armenia"))
        #expect(!EventNounTests.triples("Azerbaijan and Armenia signed a peace treaty in Washington.\n").contains { $0.contains("mediates") })
        // "The deal, brokered by": the agreement the sentence before told of.
        let told = EventNounTests.triples(
            "Rwanda and Burundi signed a peace agreement in Doha on Friday.\n\nThe deal, brokered by Qatar, calls for the withdrawal of troops.\n")
        #expect(told.contains("Qatar mediates Rwanda") && told.contains("Qatar mediates Burundi"))
    }

    @Test func whoHostsTalksOrPutsForwardAPeacePlanMediatesBetweenTheStorysSides() {
        let hosted = EventNounTests.triples("The SAF and the RSF must end the war.\n\n"
            + "He welcomed these negotiations, co-hosted by Switzerland and the Kingdom of Saudi Arabia, to reach compliance with the declaration.\n")
        #expect(hosted.contains("Switzerland mediates Rapid Support Forces") && hosted.contains("Saudi Arabia mediates Sudan"))
        let planned = EventNounTests.triples("Russia and Ukraine fought near Kharkiv.\n\nThe comprehensive peace plan proposed by the United States outlines the best way forward.\n")
        #expect(planned.contains("United States mediates Russia") && planned.contains("United States mediates Ukraine"))
        let convened = EventNounTests.triples("Russia and Ukraine fought near Kharkiv.\n\nReadouts of the US convened ceasefire talks in Saudi Arabia confirmed a naval ceasefire.\n")
        #expect(convened.contains("United States mediates Ukraine"))
        let sponsored = EventNounTests.triples("Chinese-sponsored talks between the Arakan Army and the Brotherhood Alliance ended in Kunming.\n")
        #expect(sponsored.contains("China mediates Arakan Army"))
        // A side that puts forward its own plan is no go-between; nor is a plan that is not one of peace.
        let own = EventNounTests.triples("Israel and Hamas fought in Gaza.\n\nHamas rejected the ceasefire proposal put forward by Israel.\n")
        #expect(!own.contains { $0.contains("mediates") })
        let budget = EventNounTests.triples("Israel and Hamas fought in Gaza.\n\nThe budget plan proposed by Egypt was adopted.\n")
        #expect(!budget.contains { $0.contains("mediates") })
    }

    @Test func theBrokersOfACeasefireAreNotItsSides() {
        let brokered = EventNounTests.triples("Egypt and Qatar are trying to broker a new ceasefire.\n")
        #expect(!brokered.contains { $0.hasPrefix("Egypt ceasefire_with") || $0.hasPrefix("Egypt clashes_with") })
        #expect(EventNounTests.triples("Israel and Hamas agreed to a ceasefire on Friday.\n").contains("Israel ceasefire_with Hamas"))
    }

    @Test func aProtestedActProtestsItsParty() {
        #expect(EventNounTests.triples("The Philippines protested China's use of water cannon against its vessels.\n").contains("Philippines protests_against China"))
    }

    @Test func peopleCapturedAreArrestedAndThingsSeized() {
        #expect(EventNounTests.triples("Turkey's intelligence agency captured an Islamic State commander in Syria.\n").contains("Turkey arrests Islamic State"))
        #expect(EventNounTests.triples("Iran seized a British tanker.\n").contains("Iran seizes United Kingdom"))
    }

    @Test func shellsAndArtillerySuppliedArm() {
        #expect(EventNounTests.triples("North Korea supplied artillery shells to Russia.\n").contains("North Korea arms Russia"))
    }
}
