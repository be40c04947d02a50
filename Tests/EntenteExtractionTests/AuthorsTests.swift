import Foundation
import EntenteModel
import Testing

@testable import EntenteExtraction

/// Whom an article's own "we" stands for, and names that official releases write.
@Suite struct AuthorsTests {
    static func triples(_ text: String) -> [String] {
        ExtractorTests.triples(Extractor().extract(PageReader.read(text)).facts)
    }

    @Test func aGovernmentReleasesWeIsItsState() {
        let release = "Readout of a Call\nPublished: 4 March 2024\nSource: U.S. Department of State\n\n"
            + "The Secretary spoke with officials on Monday. We call on Iran to release the detained sailors.\n"
        #expect(Self.triples(release).contains("United States appeals_to Iran"))
        // A statement read for a government: "my Foreign Secretary" is its own.
        let speech = "Statement at the Security Council\nPublished: 2 October 2024\nSource: Foreign, Commonwealth & Development Office\n\n"
            + "My Foreign Secretary has urged Iran to stop its attacks on shipping.\n"
        #expect(Self.triples(speech).contains("United Kingdom appeals_to Iran"))
        // A news agency's "we" is nobody the coder can name.
        let wire = "Sailors Held\nPublished: 4 March 2024\nSource: Entente Test Wire\n\n"
            + "We call on Iran to release the detained sailors.\n"
        #expect(!Self.triples(wire).contains { $0.hasSuffix("appeals_to Iran") })
        // Inside a quoted speaker's words, "we" is not the publisher.
        let quoted = "Sailors Held\nPublished: 4 March 2024\nSource: U.S. Department of State\n\n"
            + "\u{201C}We call on Iran to release the sailors,\u{201D} the Norwegian minister said.\n"
        #expect(!Self.triples(quoted).contains("United States appeals_to Iran"))
    }

    @Test func aStateThatOpensTheTitleAsItsTopicIsNoAuthor() {
        let release = "Russia\u{2019}s withdrawal from the Black Sea Grain Initiative: Foreign Secretary\u{2019}s statement\n"
            + "Published: 17 July 2023\nSource: Foreign, Commonwealth & Development Office\n\n"
            + "We urge Russia to re-join the initiative.\n"
        #expect(Self.triples(release) == ["United Kingdom appeals_to Russia"])
    }

    @Test func anUnsignedJointStatementsIssuersAreTheListOpeningIt() {
        let statement = "Election anniversary in Belarus: joint statement\nPublished: 9 August 2024\n"
            + "Source: Foreign, Commonwealth & Development Office\n\n"
            + "Four years after the crackdown in Belarus, the United States, Canada, the United Kingdom and the European Union "
            + "stand with the democratic opposition.\n\nWe call on Belarus to release all political prisoners.\n"
        let triples = Self.triples(statement)
        for issuer in ["United States", "Canada", "United Kingdom", "European Union"] {
            #expect(triples.contains("\(issuer) appeals_to Belarus"))
        }
        // The state named after "in" is the topic, not an issuer.
        #expect(!triples.contains { $0.hasPrefix("Belarus appeals_to") })
        // Without "joint statement" in the title, the publisher alone speaks.
        let single = statement.replacingOccurrences(of: ": joint statement", with: ": statement")
        #expect(Self.triples(single).filter { $0.hasSuffix("appeals_to Belarus") } == ["United Kingdom appeals_to Belarus"])
    }

    @Test func theOfficesOpeningAnUnsignedJointStatementNameItsIssuers() {
        let statement = "Joint Foreign Ministers\u{2019} statement on the border\nPublished: 9 August 2025\n"
            + "Source: Foreign, Commonwealth & Development Office\n\n"
            + "The Foreign Ministers of Australia, Austria, Canada, France, Germany, Italy, New Zealand, Norway and the United Kingdom, "
            + "and the High Representative of the European Union, strongly reject the decision of the Israeli cabinet.\n\n"
            + "We call on the Government of Israel to reverse it.\n"
        let triples = Self.triples(statement)
        // Ten issuers, a list longer than the parser's coordination ever needed before.
        for issuer in ["Australia", "Austria", "Canada", "France", "Germany", "Italy", "New Zealand", "Norway", "United Kingdom", "European Union"] {
            #expect(triples.contains("\(issuer) rejects Israel"), "\(issuer) rejects")
            #expect(triples.contains("\(issuer) appeals_to Israel"), "\(issuer) appeals")
        }
        // A state after any other "of" is still the topic, not an issuer.
        let topic = statement.replacingOccurrences(of: "The Foreign Ministers of Australia, ", with: "On the crisis of Australia, ")
        #expect(!Self.triples(topic).contains("Australia appeals_to Israel"))
    }

    @Test func aJointStatementsWeIsEveryGovernmentItNames() {
        let statement = "Statement on the Talks\nPublished: 10 January 2025\nSource: Foreign, Commonwealth & Development Office\n\n"
            + "Joint statement from the Governments of Norway, Canada and Japan on the talks in Sudan.\n\n"
            + "We call on Sudan to return to the talks.\n"
        let found = Self.triples(statement)
        #expect(found.contains("Norway appeals_to Sudan"))
        #expect(found.contains("Canada appeals_to Sudan"))
        #expect(found.contains("Japan appeals_to Sudan"))
        // Issuing it together, each pair agrees.
        #expect(found.contains("Norway agrees_with Canada") && found.contains("Canada agrees_with Japan"))
        #expect(!found.contains { $0.contains("agrees_with Sudan") || $0.hasPrefix("Sudan agrees_with") })
        // The state named after "on" is the statement's subject, not one of its authors.
        #expect(!found.contains("United Kingdom appeals_to Sudan"))
        #expect(!found.contains { $0.hasPrefix("Sudan appeals_to") })
    }

    @Test func bothPartiesAreTheLastPairTheStorySetSideBySide() {
        let body = "Both the Rapid Support Forces and the Sudanese Armed Forces continue to seek a military outcome. "
            + "There is little sign of peace. Famine is spreading. Norway called on both parties to return to talks."
        let found = ExtractorTests.triples(ExtractorTests.facts(body))
        #expect(found.contains("Norway appeals_to Rapid Support Forces"))
        #expect(found.contains("Norway appeals_to Sudan"))
    }

    @Test func weWithAnAppositionIsWhomItNames() {
        let statement = "Statement\nPublished: 6 April 2025\nSource: U.S. Department of State\n\n"
            + "We, the Foreign Ministers of Canada, France and Japan, express deep concern about China’s provocative actions.\n"
        let found = Self.triples(statement)
        #expect(found.contains("Canada criticises China") && found.contains("France criticises China") && found.contains("Japan criticises China"))
        #expect(!found.contains("United States criticises China"))
    }

    @Test func initialsAndSuffixesStayInAPersonsName() {
        let extraction = Extractor().extract(PageReader.read(
            "Call\nPublished: 28 March 2024\n\nSecretary of Defense Lloyd J. Austin III and Philippine Secretary of National Defense Gilberto Teodoro Jr. spoke by phone today.\n"))
        let names = Set(extraction.entities.map(\.name))
        #expect(names.contains("Lloyd J. Austin III"))
        #expect(names.contains("Gilberto Teodoro Jr."))
        // A title's portfolio is no organisation.
        #expect(!names.contains("Defense"))
        #expect(!names.contains("National Defense"))
    }

    @Test func aSeaOrAStraitIsAPlaceEvenWithAStateInItsName() {
        let extraction = Extractor().extract(PageReader.read(
            "Drills\nPublished: 6 April 2025\n\nChina held drills in the South China Sea and the Taiwan Strait, near the Gulf of Tonkin.\n"))
        let places = Set(extraction.entities.filter { $0.kind == .place }.map(\.name))
        #expect(places.isSuperset(of: ["South China Sea", "Taiwan Strait", "Gulf of Tonkin"]))
        // China is named once, as the one holding the drills, not again inside the sea.
        #expect(extraction.mentions[extraction.entities.first { $0.name == "China" }!]?.count == 1)
    }

    @Test func twoAcronymsJoinedByAndAreTwoNames() {
        let extraction = Extractor().extract(PageReader.read(
            "Clashes\nPublished: 12 April 2023\n\nThe army said the NUG and PDF held a ceremony in Sagaing on Tuesday.\n"))
        let names = Set(extraction.entities.map(\.name))
        #expect(!names.contains("NUG and PDF"))
        // A country's name with "and" in it stays whole.
        let whole = Extractor().extract(PageReader.read(
            "Talks\nPublished: 12 April 2023\n\nBosnia and Herzegovina met Serbia on Tuesday.\n"))
        #expect(whole.entities.contains { $0.name == "Bosnia and Herzegovina" })
    }

    @Test func anAgreementIsATextNotAParty() {
        let found = ExtractorTests.facts("Kenya and Ethiopia signed the Memorandum of Understanding, or MoU, in Nairobi on Monday.")
        #expect(!found.contains { $0.object.name == "MoU" || $0.subject.name == "MoU" })
        #expect(ExtractorTests.triples(found).contains("Kenya signs_agreement_with Ethiopia"))
    }
}

/// Relations a noun phrase states in passing.
@Suite struct DescriptionTests {
    @Test func aHyphenatedBackerSupportsTheParty() {
        #expect(TreeCoderTests.triples("Iran-backed Hezbollah fired rockets at Israel on Monday.").contains("Iran supports Hezbollah"))
        // The militants are the group the sentence before named.
        let found = TreeCoderTests.triples("The Houthis attacked a ship. The U.S. military struck Houthi missiles, as the Iran-backed militants continue to threaten shipping.")
        #expect(found.contains("Iran supports Houthis"))
        // Backed by nobody named: no fact.
        #expect(!TreeCoderTests.triples("Well-backed militants attacked a ship near Yemen on Monday.").contains { $0.contains("supports") })
    }

    @Test func aPlaceLiesInTheStateItsPhraseNames() {
        #expect(TreeCoderTests.triples("Rebels attacked a ship near Yemen’s port of Aden on Monday.").contains("Aden located_in Yemen"))
        #expect(TreeCoderTests.triples("Soldiers shelled the village of Nyamata in Rwanda on Monday.").contains("Nyamata located_in Rwanda"))
        // Passing through a place is not lying in it.
        #expect(!TreeCoderTests.triples("Talks between Russia and Ukraine resumed in Istanbul on Monday.").contains { $0.contains("located_in") })
    }

    @Test func anEventNounsOfPhraseNamesWhoActsWhenAnotherNamesTheOtherParty() {
        #expect(TreeCoderTests.triples("The close cooperation of Kenya with Somalia began on Monday.")
            .contains("Kenya cooperates_with Somalia"))
    }

    @Test func aTitlePhraseMakesItsHolderAMemberOrLeaderOfTheStateItNames() {
        let found = TreeCoderTests.triples(
            "Abdi was welcomed by Demeke Mekonnen, Ethiopia's deputy prime minister. Kenya's President William Ruto met Ethiopia's Prime Minister Abiy Ahmed in Nairobi. The talks were led by Sergei Lavrov, the Russian foreign minister, and by the foreign minister of Turkey, Hakan Fidan.")
        #expect(found.contains("Demeke Mekonnen member_of Ethiopia"))
        #expect(found.contains("Abiy Ahmed leader_of Ethiopia"))
        #expect(found.contains("Sergei Lavrov member_of Russia"))
        #expect(found.contains("Hakan Fidan member_of Turkey"))
        // A title the parser hangs as a modifier of the name.
        #expect(TreeCoderTests.triples("Austin spoke with Israeli Minister of Defense Yoav Gallant on Monday.")
            .contains("Yoav Gallant member_of Israel"))
        // "Junta spokesman": the junta is the state the story is about.
        #expect(TreeCoderTests.triples("Myanmar warplanes bombed a village on Tuesday. Junta spokesman Zaw Min Tun said the strike hit fighters.")
            .contains("Zaw Min Tun member_of Myanmar"))
        // A former office is held no longer.
        #expect(!TreeCoderTests.triples("They met Ban Ki-moon, the former foreign minister of South Korea, on Monday.")
            .contains { $0.contains("member_of") })
    }

    @Test func welcomingAnAgreementOrMeetingCommitmentsRelatesNoSubjects() {
        #expect(TreeCoderTests.triples("Norway and Germany welcomed the peace agreement on Monday.").allSatisfy { !$0.contains("signs_agreement_with") })
        #expect(TreeCoderTests.triples("Norway and Germany must meet their commitments to the fund.").allSatisfy { !$0.contains("meets_with") })
        // Agreeing to it, or meeting each other, still does.
        #expect(TreeCoderTests.triples("Norway and Germany signed a trade agreement on Monday.").contains("Norway signs_agreement_with Germany"))
        #expect(TreeCoderTests.triples("Norway and Germany met in Oslo on Monday.").contains("Norway meets_with Germany"))
    }

    @Test func aCountedObjectAfterUpToIsTheObject() {
        #expect(TreeCoderTests.treeTriples("Afghan rebels have kidnapped up to 16 Russian civilian advisers from a town bazaar.")
            .contains("Afghanistan abducts Russia"))
    }

    @Test func agentsThroughoutAStateAreItsPeople() {
        #expect(TreeCoderTests.treeTriples("Thousands of students throughout Indonesia staged demonstrations to demand reforms by President Suharto's government.")
            .contains("Indonesia protests_against Suharto"))
    }

    @Test func completingAnEventCarriesItOut() {
        #expect(TreeCoderTests.treeTriples("Russia completed its withdrawal from Syria on Monday.").contains("Russia withdraws_from Syria"))
    }

    @Test func aPossessedEventIsRealAndAReflexiveActHasNoOtherParty() {
        let found = ExtractorTests.triples(ExtractorTests.facts("Norway urged Iran to cease all support to Russia’s war against Ukraine."))
        #expect(!found.contains("Russia attacks Ukraine (negated)"))
        #expect(!ExtractorTests.triples(ExtractorTests.facts("Norway backs Israel's right to defend itself against Iranian aggression."))
            .contains("Israel defends Iran"))
    }

    @Test func condemningAnAttackTheStoryReportedCriticisesTheAttacker() {
        let found = TreeCoderTests.triples("Russian missiles struck Kyiv on Monday, killing 12 people. The United Nations condemned the attack on Tuesday.")
        #expect(found.contains("United Nations criticises Russia"))
        // An attack nobody was said to carry out has no attacker to criticise.
        #expect(!TreeCoderTests.triples("A blast shook Kyiv on Monday. The United Nations condemned the attack on Tuesday.")
            .contains { $0.hasPrefix("United Nations criticises") })
        // An attack with its own party names it.
        #expect(TreeCoderTests.triples("Russian missiles struck Kyiv on Monday. Norway condemned the attack by Belarus on Tuesday.")
            .allSatisfy { $0 != "Norway criticises Russia" })
    }

    @Test func aBodysStatementIsInTheBodysOwnName() {
        let statement = "NATO Foreign Ministers\u{2019} Statement on the Security of the Baltic Region\nPublished: 4 April 2025\n"
            + "Source: Foreign, Commonwealth & Development Office\n\n"
            + "The ministers met in Brussels on Thursday to review the security of the Baltic region after a week of incidents at sea. "
            + "We call on Russia to stop its dangerous manoeuvres near allied ships.\n"
        let found = AuthorsTests.triples(statement)
        #expect(found.contains("North Atlantic Treaty Organization appeals_to Russia"))
        #expect(!found.contains("United Kingdom appeals_to Russia"))
    }
}

/// What a government's own statement holds against a party in its own voice.
@Suite struct AuthorsVoiceTests {
    static let header = "Statement on Sudan\nPublished: 9 October 2024\nSource: Foreign, Commonwealth & Development Office\n\n"

    @Test func aWrongDoneToNoOneNamedAccusesTheOneWhoDidIt() {
        let found = AuthorsTests.triples(Self.header + "The Rapid Support Forces have looted markets and perpetrated widespread violence against civilians.\n")
        #expect(found.contains("United Kingdom accuses Rapid Support Forces"))
        // A wrong done to a named party is that party's relation, not an accusation.
        let named = AuthorsTests.triples(Self.header + "The Rapid Support Forces have carried out attacks on Chad.\n")
        #expect(!named.contains("United Kingdom accuses Rapid Support Forces"))
        // Someone else's account is theirs: no accusation by the authors.
        let reported = AuthorsTests.triples(Self.header + "Witnesses said the Rapid Support Forces perpetrated widespread violence.\n")
        #expect(!reported.contains("United Kingdom accuses Rapid Support Forces"))
        // Without authors, nobody accuses.
        let wire = "Sudan Fighting\nPublished: 9 October 2024\nSource: Entente Test Wire\n\n"
            + "The Rapid Support Forces have perpetrated widespread violence against civilians.\n"
        #expect(!AuthorsTests.triples(wire).contains { $0.contains("accuses Rapid Support Forces") })
    }

    @Test func whatAPartyMustBeIsDemandedOfIt() {
        let copula = AuthorsTests.triples(Self.header + "However, Egyptian action must be consistent with its obligations under international law.\n")
        #expect(copula.contains("United Kingdom demands Egypt"))
        // "If Russia wishes to …, it must": the pronoun is the condition's subject.
        let conditional = AuthorsTests.triples(Self.header + "The choice is clear. If Russia wishes to be trusted, it must respect its obligations.\n")
        #expect(conditional.contains("United Kingdom demands Russia"))
    }
}

/// Who does what a statement asks, and what giving a statement gives.
@Suite struct AppealAndSpeechTests {
    @Test func theOneCalledOnDoesWhatIsAskedEvenInAClauseOfPurpose() {
        // The parser hangs "to release" from "call" as a clause of purpose, not a complement.
        let text = AuthorsVoiceTests.header + "Iran seized a tanker on Monday. We also call on Iran to release the MV Sea Lion and its crew unconditionally and without delay.\n"
        let found = AuthorsTests.triples(text)
        #expect(found.contains("United Kingdom appeals_to Iran"))
        #expect(!found.contains { $0.hasPrefix("United Kingdom releases") })
    }

    @Test func givingAStatementGivesNoAid() {
        let text = AuthorsVoiceTests.header + "A Foreign Office spokesperson gave a statement following Russia's failure to win the vote.\n"
        #expect(!AuthorsTests.triples(text).contains("United Kingdom aids Russia"))
        // Giving money is still aid.
        #expect(EventNounTests.triples("Norway gave Malawi two million dollars in aid on Monday.\n").contains("Norway aids Malawi"))
    }
}

/// An effort talked about is not an act of those who talk.
@Suite struct DeliberationTests {
    @Test func discussingAnEffortIsNotMakingIt() {
        let found = EventNounTests.triples("Blinken and Sisi discussed efforts to protect Sudanese civilians on Monday.\n")
        #expect(!found.contains { $0.contains("protects") })
        // A declaration issued still makes its demand: "issued a declaration demanding that".
        let issued = EventNounTests.triples("Egypt issued a declaration demanding that Ethiopia halt the dam's filling.\n")
        #expect(issued.contains("Egypt demands Ethiopia"))
    }
}

/// A gathering named by a verb's "-ing" form.
@Suite struct GatheringTests {
    @Test func aMeetingOnAPartyIsNoMeetingWithIt() {
        let found = EventNounTests.triples("Ambassador Jane Doe spoke at the UN Security Council meeting on Ukraine.\n")
        #expect(!found.contains { $0.contains("meets_with Ukraine") })
        // The verb itself still acts.
        #expect(EventNounTests.triples("Russia is attacking Ukraine, officials said on Monday.\n").contains("Russia attacks Ukraine"))
    }
}

/// Concern stated with an adjective and a clause.
@Suite struct ConcernClauseTests {
    @Test func concernThatAPartyActsIsCriticismOfIt() {
        let found = EventNounTests.triples("U.S. officials are concerned that Hezbollah has moved from being a local group to hosting foreign fighters.\n")
        #expect(found.contains("United States criticises Hezbollah"))
        // Concern about an outcome names no party.
        #expect(!EventNounTests.triples("U.S. officials are worried that the talks could fail on Monday.\n").contains { $0.contains("criticises") })
    }
}
