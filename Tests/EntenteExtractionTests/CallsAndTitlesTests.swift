import EntenteModel
import Testing

@testable import EntenteExtraction

/// Calls a readout reports, whom its titles stand for, and the places named by a federation's state.
@Suite struct CallsAndTitlesTests {
    static func triples(_ text: String) -> [String] { EncounterTests.triples(text) }
    static func statement(_ body: String) -> [String] {
        EncounterTests.statement(body, source: "Prime Minister's Office, 10 Downing Street")
    }
    /// The facts of a page with its own title, for rules that read the title.
    static func titled(_ title: String, source: String, _ body: String) -> [String] {
        let page = PageReader.read("\(title)\nPublished: 7 February 2025\nSource: \(source)\n\n\(body)\n")
        return ExtractorTests.triples(Extractor().extract(page).facts)
    }

    @Test func oneWhoSpokeToAnotherConsultedThemButNotANewsroom() {
        let found = Self.triples("Keir Starmer spoke to the President of the European Council and the leaders of Canada and Norway this morning.")
        #expect(found.contains("Keir Starmer consults European Council"))
        #expect(found.contains("Keir Starmer consults Canada"))
        #expect(found.contains("Keir Starmer consults Norway"))
        #expect(!Self.triples("The Norwegian minister Ola Berg spoke to VOA on Monday.").contains { $0.contains("consults") })
    }

    @Test func aTitleStandsForNoOneTheStoryTitledOtherwise() {
        let found = Self.statement("The Prime Minister spoke to President Macron this morning.\n\nThe Prime Minister spoke to the leaders of Canada and Norway.")
        #expect(found.contains("United Kingdom consults Canada"))
        #expect(!found.contains { $0.hasPrefix("Emmanuel Macron consults") })
        // (But one given the title, though not named since, is not passed over for the authors.)
        let counterpart = EncounterTests.statement(
            "Secretary of Defense Lloyd J. Austin III spoke by phone today with Republic of Korea (ROK) Acting Minister of National Defense Kim Seon-ho.\n\n"
                + "Secretary Austin underscored that the U.S. commitment to the security of the ROK is ironclad.\n\n"
                + "The Secretary and the Acting Minister discussed the readiness of the combined defense posture.",
            source: "U.S. Department of Defense")
        #expect(!counterpart.contains("Lloyd J. Austin III consults United States"))
    }

    @Test func thanksToAPersonForAStatesActPraiseTheState() {
        let found = EncounterTests.statement(
            "Secretary of State Marco Rubio met with Norwegian Foreign Minister Espen Barth Eide today.\n\n"
                + "The Secretary thanked the Foreign Minister for Norway's mediation efforts in securing the release of hostages.",
            source: "U.S. Department of State")
        #expect(found.contains("Marco Rubio praises Norway"))
    }

    @Test func aFederationsStateIsARegionOfIt() {
        #expect(Self.triples("Clashes erupted in Sudan's North Darfur state.").contains("North Darfur located_in Sudan"))
        #expect(Self.triples("The talks were held in the Mongla region in northern Myanmar's Shan state.").contains("Mongla located_in Shan"))
        // ("state media" is no place.)
        #expect(!Self.triples("Iran state media reported the strike on Monday.").contains { $0.contains("located_in") })
    }

    @Test func aTextMadePublicFreesNoOne() {
        let found = Self.triples("The text of the following statement was released by the Governments of Norway, the Republic of Rwanda, the State of Qatar, and the African Union Commission on the occasion of the meeting.")
        #expect(!found.contains { $0.contains("releases") })
        #expect(!found.contains { $0.hasPrefix("State of") })
        #expect(Self.triples("Hamas released two Israeli hostages.").contains("Hamas releases Israel"))
    }

    @Test func aJointStatementsSpeakerCountsHerOwnCountryAmongItsAuthors() {
        let found = Self.titled(
            "Elections – Joint Statement to the OSCE", source: "Foreign, Commonwealth & Development Office",
            "I am delivering this statement on behalf of the following participating States: Iceland, Norway, the United Kingdom and my own country Canada.\n\n"
                + "We thank the European Union for adding this item to the agenda today.")
        #expect(found.contains("Canada praises European Union"))
        #expect(found.contains("Iceland praises European Union"))
    }

    @Test func someOfABodysMembersAreNotTheBody() {
        #expect(!Self.triples("Norway regrets that not all OSCE participating States have chosen to uphold their commitments.")
            .contains { $0.hasSuffix("Organization for Security and Co-operation in Europe") })
        #expect(!Self.triples("Some EU members criticised Hungary.").contains("European Union criticises Hungary"))
        #expect(Self.triples("All 32 NATO allies condemned Russia.").contains("North Atlantic Treaty Organization criticises Russia"))
    }

    @Test func whatAPartyMustHaveIsNoDemandOnIt() {
        let found = Self.statement("Ukraine must have robust and credible security guarantees to defend its sovereignty.\n\nIran must cease its attacks.")
        #expect(!found.contains("United Kingdom demands Ukraine"))
        #expect(found.contains("United Kingdom demands Iran"))
    }

    @Test func whoTakesPartInAMeetingMeetsThoseWhoHoldItAndWorksWithNoOne() {
        let found = Self.triples("Emmanuel Macron and Friedrich Merz today co-chaired a virtual meeting with the participation of Volodymyr Zelenskyy.")
        #expect(found.contains("Volodymyr Zelensky meets_with Emmanuel Macron"))
        #expect(!found.contains { $0.contains("cooperates_with") })
    }

    @Test func heAfterTheAuthorsTitledLeaderIsThatLeader() {
        let found = Self.titled(
            "Security at heart of Prime Minister’s meeting with President Trump", source: "Prime Minister's Office, 10 Downing Street",
            "The Prime Minister will be focused on delivering prosperity for the British people, when he meets President Trump today.")
        #expect(found.contains("United Kingdom meets_with Donald Trump"))
    }

    @Test func thePlaceNamedAgainByItsKindIsTheOneNamedBefore() {
        #expect(Self.triples("Migrants arrived at Guantanamo Bay on Sunday. Hegseth will visit the base on Tuesday.")
            .contains("Pete Hegseth visits Guantanamo Bay"))
        // (Two places named before: the text does not say which.)
        #expect(!Self.triples("Migrants flew from Fort Bliss to Guantanamo Bay. Hegseth will visit the base on Tuesday.")
            .contains { $0.contains("visits") })
    }

    @Test func aPlaceInAnotherIsInItWhereverTheParserHangsThePhrase() {
        let found = Self.triples("A C-130 military cargo plane carrying migrants left Fort Bliss in Texas on Sunday.")
        #expect(found.contains("Fort Bliss located_in Texas"))
        // (A model of aircraft is no party.)
        #expect(!found.contains { $0.hasPrefix("C-130") })
    }

    @Test func thanksSaidToSomeoneNamedPraiseThem() {
        let found = EncounterTests.statement(
            "Thank you, President. And thank you to Special Envoy Grundberg for his briefing.\n\n"
                + "Thank you, Special Envoy Geir Pedersen, for your briefing.\n\nMinister Bettel, thank you for your presentation.\n\nThank you, Mister Chair.",
            source: "Foreign, Commonwealth & Development Office")
        #expect(found.contains("United Kingdom praises Grundberg"))
        #expect(found.contains("United Kingdom praises Geir Pedersen"))
        #expect(found.contains("United Kingdom praises Bettel"))
        #expect(!found.contains { $0.hasSuffix("Chair") || $0.hasSuffix("President") })
    }

    @Test func aWelcomeOfAPartysActIsNoHosting() {
        let found = Self.triples("Norway welcomes ECOWAS contributions to regional security.")
        #expect(found.contains("Norway praises Economic Community of West African States"))
        #expect(!found.contains { $0.contains("hosts") })
        #expect(Self.triples("Antony Blinken welcomed Dmytro Kuleba to Washington.").contains("Antony Blinken hosts Dmytro Kuleba"))
    }

    @Test func thisCouncilIsTheCouncilTheStoryNamed() {
        let found = EncounterTests.statement(
            "The UN Security Council met today on the Red Sea.\n\nThis was despite this Council's demand on the 1 December for the Houthis to stop all such attacks immediately.",
            source: "Foreign, Commonwealth & Development Office")
        #expect(found.contains("UN Security Council demands Houthis"))
    }

    @Test func theDistrictWrittenAfterACityIsPartOfItsName() {
        let found = ReadoutTests.extraction("Kenyan President William Ruto traveled to Washington, D.C. on Monday.\n")
        let spans = found.mentions.filter { $0.key.name == "Washington" }.flatMap(\.value).map(\.text)
        #expect(spans.contains("Washington, D.C."))
        #expect(ExtractorTests.triples(found.facts).contains("William Ruto visits Washington"))
    }

    @Test func aTitleBeforeItsHoldersNameInTheSameSentenceIsNotThatHolder() {
        let found = EncounterTests.statement(
            "The President thanked President Al-Sisi for Egypt’s important role in this process.", source: "The White House")
        #expect(found.contains("United States praises Abdel Fattah el-Sisi"))
        #expect(!found.contains { $0.hasPrefix("Abdel Fattah el-Sisi praises") })
    }
}
