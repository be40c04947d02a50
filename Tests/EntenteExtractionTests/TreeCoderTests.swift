@testable import EntenteExtraction
import EntenteModel
import Testing

/// The tree coder's rules, each on a sentence written for it, through the whole extractor (page
/// reading, mentions, the parse, coding).
@Suite struct TreeCoderTests {
    static func triples(_ body: String) -> [String] {
        let facts = ExtractorTests.facts(body)
        return facts.map {
            "\($0.subject.name) \($0.predicate) \($0.object.name)\($0.negated ? " (negated)" : "")\($0.modality == .asserted || $0.modality == .reported ? "" : " [\($0.modality.rawValue)]")"
        }
    }

    /// The parse alone, without the token-window rules, so a test shows what the tree coder reads.
    static let treeOnly = Extractor(options: .init(tokenRules: []))

    static func treeTriples(_ body: String) -> [String] {
        let page = PageReader.read("A Headline For The Test\nPublished: 2017-03-23\n\n\(body)\n")
        return ExtractorTests.triples(treeOnly.extract(page).facts)
    }

    @Test func aMediatorRelatesToEachSide() {
        let truce = Self.treeTriples("A ceasefire between Israel and Hamas took effect on Friday, following mediation by Egypt and Qatar.")
        #expect(Set(truce) == [
            "Israel ceasefire_with Hamas", "Egypt mediates Israel", "Egypt mediates Hamas", "Qatar mediates Israel", "Qatar mediates Hamas",
            // (The ceasefire presupposes the fighting.)
            "Israel clashes_with Hamas",
        ])
        #expect(Set(Self.treeTriples("Erdogan mediated between Russia and Ukraine."))
            == ["Recep Tayyip Erdogan mediates Russia", "Recep Tayyip Erdogan mediates Ukraine"])
        // The one thanked for mediating is the mediator; the two sides are the pair before.
        let thanked = Self.treeTriples(
            "Ukraine and Russia signed deals on Friday. Guterres thanked Turkish President Recep Tayyip Erdogan for mediating between the two sides.")
        #expect(thanked.contains("Recep Tayyip Erdogan mediates Ukraine"))
        #expect(thanked.contains("Recep Tayyip Erdogan mediates Russia"))
        // "accused Moscow of blocking": Moscow blocks.
        #expect(Self.treeTriples("Kyiv accused Moscow of blocking grain exports from Ukraine.").contains("Russia coerces Ukraine"))
    }

    @Test func objectControlPhrasesAndCoordinatedPrepositions() {
        // "force * to": the complement's "to", and the coordinated subjects before an auxiliary.
        #expect(Set(Self.treeTriples("The United States and Egypt are trying to force Turkey to make concessions."))
            == ["United States pressures Turkey", "Egypt pressures Turkey"])
        // A pattern completed by the noun of its phrase; the sides named elsewhere in the sentence.
        let mediator = Self.treeTriples("Moscow is acting as a mediator and is preventing any clashes between Syria and Turkey.")
        #expect(mediator.contains("Russia mediates Syria"))
        #expect(mediator.contains("Russia mediates Turkey"))
        // "against X in Syria and against Y": the second phrase hangs under the first one's noun.
        // (Daesh named "in Syria" is there, as the annotations have it.)
        #expect(Set(Self.treeTriples("Turkey will have to fight a war against Daesh in Syria and against the PKK inside the country."))
            == ["Turkey attacks Islamic State", "Turkey attacks Kurdistan Workers' Party", "Islamic State located_in Syria"])
    }

    @Test func theOneAskedIsTheComplementsSubject() {
        #expect(Self.treeTriples("The PRC on Tuesday demanded that the US cancel plans to sell weapons to Taiwan.")
            .contains("China demands United States"))
        #expect(Self.treeTriples("The International Labour Organization reiterated its demand today that Israel ease restrictions on Palestinian workers.")
            .contains("International Labour Organization demands Israel"))
        // The issuer of a declaration demands what it demands.
        #expect(Self.treeTriples("The rebel Kurdistan Workers' Party issued a declaration demanding that the Turkish government provide information.")
            .contains("Kurdistan Workers' Party demands Turkey"))
        // Not after a verb of saying.
        #expect(Self.treeTriples("Israel warned that Iran was close to a bomb.").isEmpty)
        // The state describing an event noun owns it.
        #expect(Self.treeTriples("Palestinian riots against Israeli military policies are still continuing.")
            == ["Palestinian Territory protests_against Israel"])
    }

    @Test func statementVerbsAssertTheEventTheyName() {
        // "reaffirmed the United States' support for": the support is asserted.
        #expect(Self.treeTriples("The Secretary reaffirmed the United States' unwavering support for Ukraine's sovereignty.")
            == ["United States supports Ukraine"])
        // A symmetric event agreed between coordinated subjects.
        #expect(Self.treeTriples("Israel and Hamas agreed to a ceasefire on Friday.") == ["Israel ceasefire_with Hamas", "Israel clashes_with Hamas"])
    }

    @Test func aClauseWithItsOwnSubjectDoesNotBorrowAnother() {
        // "the opposition" is no party, so nobody here storms anything.
        #expect(Self.treeTriples("Georgian President Eduard Shevardnadze resigned Sunday as the opposition threatened to storm his residence in Tbilisi.")
            == ["Eduard Shevardnadze leader_of Georgia"])
    }

    @Test func commitmentsThroughAdjectivesAndFailures() {
        let willing = ExtractorTests.facts("Syria says it is willing to withdraw its troops from neighboring Lebanon.")
        let withdrawal = willing.first { $0.predicate == "withdraws_from" && $0.object.name == "Lebanon" }
        #expect(withdrawal?.subject.name == "Syria")
        #expect(withdrawal?.eventCode == "034")
        #expect(withdrawal?.modality == .future)
        // Failing to agree is a rejection.
        let failed = Self.treeTriples("Palestinians and Israelis failed to reach agreement on the fate of the offices.")
        #expect(failed == ["Palestinian Territory signs_agreement_with Israel (negated)"])
        let fact = ExtractorTests.facts("Palestinians and Israelis failed to reach agreement on the fate of the offices.").first
        #expect(fact?.eventCode == "120")
        // The party of the object's "by" is the one asked.
        #expect(Self.treeTriples("Poland's parliament has demanded an immediate admission by Moscow of the killings.")
            .contains("Poland demands Russia"))
    }

    @Test func aRelationNounInAppositionOrAsPredicate() {
        #expect(Self.treeTriples("The United States and Japan backed the Philippines, Washington's treaty ally.")
            .contains("Philippines ally_of United States"))
        #expect(Self.treeTriples("Russia is now actually Turkey's only ally in the region.") == ["Russia ally_of Turkey"])
    }

    @Test func reportedWouldIsTheSpeakersWill() {
        let fact = ExtractorTests.facts("Palestinian leaders said they would boycott all official contact with the United States.").first
        #expect(fact?.modality == .future)
        // A boycott announced is a threat to protest (133), not a protest.
        #expect(fact?.eventCode == "133")
    }

    @Test func thePhraseRulesReadOnlyWhatTheParseLeft() {
        // The parse reads the pressure; the phrase window's "holding talks with the PKK" would
        // give the pressuring states talks they are not holding.
        let triples = ExtractorTests.triples(ExtractorTests.facts(
            "The United States and Egypt are trying to force Turkey to make certain concessions, including holding talks with the Kurdistan Workers' Party inside Turkey."))
        #expect(Set(triples) == ["United States pressures Turkey", "Egypt pressures Turkey"])
        // Where the parse finds nothing, the phrases still read the sentence.
        let cleared = "Moreover, the Syrian troops have retaken several settlements, earlier cleared by the Turks and their allied Syrian armed opposition groups from Daesh militants."
        #expect(Self.treeTriples(cleared).isEmpty)
        #expect(ExtractorTests.triples(ExtractorTests.facts(cleared)).contains("Turkey attacks Islamic State"))
    }

    @Test func anUnknownInstitutionOfAStateIsThatState() {
        let facts = ExtractorTests.facts("The Ministry of Foreign Affairs of Ukraine condemned the Russian strike on Odesa.")
        let condemnation = facts.first { $0.predicate == "criticises" }
        #expect(condemnation?.subject.name == "Ukraine")
        #expect(condemnation?.object.name == "Russia")
        #expect(condemnation?.role == "government")
        // "conducted strikes against": a light verb carries the event noun.
        #expect(Self.treeTriples("Turkey conducted airstrikes against Kurdistan Workers' Party targets in Iraq.")
            .contains("Turkey strikes_from_air Kurdistan Workers' Party"))
    }

    @Test func aThreatsTargetIsTheOneItsConditionIsPutTo() {
        let facts = ExtractorTests.facts(
            "Russia has threatened to stop negotiations on missiles if the United States goes ahead with the deployment.")
        let threat = facts.first { $0.predicate == "threatens" }
        #expect(threat?.subject.name == "Russia")
        #expect(threat?.object.name == "United States")
        // Suspending aid where no party is named is coded against the state it was suspended in.
        #expect(Self.treeTriples("Red Cross officials suspended aid deliveries in Baghdad on Wednesday.")
            == ["International Committee of the Red Cross reduces_relations_with Iraq"])
    }

    @Test func aNameOnlyTheRecogniserKnowsIsAPartyBeforeAKnownOne() {
        // "Islamic" is tagged NORP by the recogniser alone and comes before Algeria, which the
        // gazetteer knows: both reach the parse.
        #expect(Self.treeTriples("Islamic fundamentalists attacked Algeria on Monday.") == ["Islamic attacks Algeria"])
    }

    @Test func aDemandMadeByProtestingIsAProtest() {
        #expect(Self.treeTriples("Islamic fundamentalists continued their hunger strike to demand the resignation of Algerian President Ahmed Ben Bella.")
            == ["Islamic protests_against Ahmed Ben Bella", "Ahmed Ben Bella leader_of Algeria"])
        // Without the protest it stays a demand.
        #expect(Self.treeTriples("Islamic fundamentalists wrote to demand the resignation of Algerian President Ahmed Ben Bella.")
            == ["Islamic demands Ahmed Ben Bella", "Ahmed Ben Bella leader_of Algeria"])
    }

    @Test func theParseAloneReadsWhatTheRulesUsedTo() {
        // A stopped event is a negated one.
        #expect(Self.treeTriples("Moscow is preventing any military clashes between Syria and Turkey.")
            == ["Syria clashes_with Turkey (negated)"])
        // The possessive in a relative clause belongs to the clause above.
        #expect(Self.treeTriples("Azerbaijan will keep the territory its forces seized from Armenia.")
            == ["Azerbaijan seizes Armenia"])
        // A relative pronoun as the object.
        #expect(Self.treeTriples("Erdogan is more interested in the Kurds whom he considers terrorists.")
            == ["Recep Tayyip Erdogan labels_as_terrorists Kurds"])
        // Coordinated subjects of a symmetric relation are each other's party.
        #expect(Self.treeTriples("Armenia and Azerbaijan signed a Russian-brokered agreement on Tuesday.")
            .contains("Armenia signs_agreement_with Azerbaijan"))
        // A dateline is not the subject.
        #expect(Self.treeTriples("ASMARA — Eritrea and Ethiopia signed a declaration on Monday.")
            == ["Eritrea signs_agreement_with Ethiopia"])
        // The recipient as a dative preposition.
        #expect(Self.treeTriples("Russia has offered military cooperation to Niger, Mali and Burkina Faso.").count == 3)
        // Agents linked to a group act for it; "from" says whose they are.
        #expect(Self.treeTriples("Militants linked to Islamic State attacked Nigerien troops last week.")
            == ["Islamic State attacks Niger"])
        #expect(Self.treeTriples("Inspectors from the IAEA will monitor Iranian nuclear sites.")
            == ["International Atomic Energy Agency investigates Iran"])
        // A coordination the clause's verb governs is whole.
        #expect(Self.treeTriples("A ceasefire between Israel and Hamas took effect early on Friday.")
            == ["Israel ceasefire_with Hamas", "Israel clashes_with Hamas"])
    }

    @Test func aTargetInANestedPrepositionalPhrase() {
        // The object of "with" hangs under the noun the light verb governs.
        #expect(Self.triples("Iran held lengthy talks with Russia in Moscow on Monday.").contains("Iran negotiates_with Russia"))
    }

    @Test func passiveVoiceTakesTheAgentAsSource() {
        #expect(Self.triples("Ukraine was attacked by Russia on Monday.") == ["Russia attacks Ukraine"])
    }

    @Test func coordinatedObjectsMultiplyFacts() {
        let found = Self.triples("Turkey accused Russia and Iran of violating the truce.")
        #expect(found.contains("Turkey accuses Russia"))
        #expect(found.contains("Turkey accuses Iran"))
    }

    @Test func aComplementKeepsTheOuterVerbsNegation() {
        let found = Self.triples("Turkey refused to recognise Cyprus on Monday.")
        #expect(found.contains("Turkey recognises Cyprus (negated)"))
        #expect(!found.contains("Turkey recognises Cyprus"))
    }

    @Test func auxiliariesGiveModality() {
        let found = Self.triples("Officials said Israel would strike Iran if the talks failed.")
        #expect(found.contains { $0.hasPrefix("Israel") && $0.contains("Iran") && $0.contains("[hypothetical]") })
        #expect(!found.contains { $0.hasPrefix("Israel") && $0.contains("Iran") && !$0.contains("[") })
    }

    @Test func anAttemptIsNotYetTheEvent() {
        let found = Self.triples("Egypt is trying to force Turkey to make concessions.")
        #expect(!found.contains("Egypt coerces Turkey"))
    }

    @Test func objectControlGivesTheComplementItsSubject() {
        // "urged Iran to negotiate with the United States": Iran, not Russia, negotiates.
        let found = Self.triples("Russia urged Iran to negotiate with the United States.")
        #expect(!found.contains { $0.hasPrefix("Russia negotiates_with") })
    }

    @Test func oneShortSentenceIsBodyNotTitle() {
        let page = PageReader.read("Russia attacked Ukraine.\n")
        let facts = ExtractorTests.extractor.extract(page).facts
        #expect(ExtractorTests.triples(facts) == ["Russia attacks Ukraine"])
        #expect(page.title == nil)
    }

    @Test func oneShortSentenceAfterATitleIsTheBody() {
        let page = PageReader.read("Readout of a Call\nPublished: 3 May 2024\nSource: Entente Test Wire\n\nFrench warships attacked Yemen.\n")
        #expect(page.title == "Readout of a Call")
        #expect(ExtractorTests.triples(ExtractorTests.extractor.extract(page).facts) == ["France attacks Yemen"])
        // A short line that does not end like a sentence is still no story.
        let label = PageReader.read("Readout of a Call\nPublished: 3 May 2024\nSource: Entente Test Wire\n\nFrench warships, Yemen\n")
        #expect(label.zones(.body).isEmpty)
    }

    @Test func agentNounsGiveTheActorsRole() {
        let facts = ExtractorTests.facts("The talks collapsed after Turkish lawmakers condemned Greece on Monday.")
        let fact = facts.first { $0.subject.name == "Turkey" && $0.object.name == "Greece" }
        #expect(fact?.role == "legislature")
        #expect(TreeCoder.role(ofAgent: "soldiers") == "military")
        #expect(TreeCoder.role(ofAgent: "weather") == nil)
    }

    @Test func anActWithoutATargetIsCodedAgainstTheStateWhereItHappened() {
        #expect(Self.triples("Palestinian prisoners rioted at a jail in northern Israel on Monday.")
            == ["Palestinian Territory protests_against Israel"])
        #expect(Self.triples("The Iraqi army launched attacks in Syria on Monday.") == ["Iraq attacks Syria"])
        // A meeting is not held against the place it is held in.
        #expect(Self.triples("Iran's foreign minister met in Geneva with reporters on Monday.").isEmpty)
    }

    @Test func theSpeakerIsTheSubjectOfTheSpeechVerbGoverningTheClause() {
        let facts = ExtractorTests.facts("Putin said on Monday that Turkey had attacked Syria, and Erdogan met Zelensky.")
        let attack = facts.first { $0.predicate == "attacks" && $0.subject.name == "Turkey" }
        #expect(attack?.speaker?.name == "Vladimir Putin")
        #expect(attack?.modality == .reported)
        // The second clause is coordinated with "said", not reported by it.
        let meeting = facts.first { $0.predicate == "meets_with" && $0.subject.name == "Recep Tayyip Erdogan" }
        #expect(meeting != nil)
        #expect(meeting?.speaker == nil)
        #expect(meeting?.modality == .asserted)
        let trailing = ExtractorTests.facts("Turkey attacked Syria on Monday, the Russian foreign ministry said.")
        #expect(trailing.first { $0.predicate == "attacks" }?.speaker?.name == "Russia")
        let according = ExtractorTests.facts("According to Egypt, Israel attacked Gaza on Monday.")
        #expect(according.first { $0.predicate == "attacks" }?.speaker?.name == "Egypt")
    }

    @Test func theTwoSidesAreThePairTheTextIsAbout() {
        #expect(Self.triples("Russia and Ukraine held talks in Istanbul on Monday. The two sides agreed to extend the grain deal.")
            .contains("Russia agrees_with Ukraine"))
        // The pair is the previous sentence's subjects, not the capital it met in.
        let found = Self.triples("Armenia and Azerbaijan met in Brussels on Friday. Both countries accused Iran of meddling.")
        #expect(found.contains("Armenia accuses Iran"))
        #expect(found.contains("Azerbaijan accuses Iran"))
        // Three parties named and no pair as subject: not clear, so nothing.
        #expect(!Self.triples("Iran, Iraq and Syria were named on Monday. The two countries accused Israel of spying.")
            .contains { $0.hasSuffix("accuses Israel") })
    }

    @Test func theLeaderOfANamedStateIsNotTheLastPersonNamed() {
        let found = Self.triples("Putin offered to negotiate with the president of Armenia on Monday.")
        #expect(found.contains("Vladimir Putin negotiates_with Armenia [future]"))
    }
}

/// Pronouns resolved where the sentence makes the antecedent clear.
@Suite struct PronounTests {
    @Test func aReportedClausesPronounIsTheSpeaker() {
        let found = TreeCoderTests.triples("Norway said on Monday it had expelled three Iranian diplomats.")
        #expect(found.contains("Norway expels Iran"))
    }

    @Test func aPossessiveBelongsToItsClausesSubject() {
        let found = TreeCoderTests.triples("Chad says it will withdraw its troops from Niger.")
        #expect(found.contains { $0.hasPrefix("Chad withdraws_from Niger") })
    }

    @Test func aSubjectPronounContinuesTheSentenceBefore() {
        let found = TreeCoderTests.triples("Norway hosted the talks on Monday. It also condemned Iran for the raid.")
        #expect(found.contains("Norway criticises Iran"))
        // A person pronoun never stands for a state.
        let other = TreeCoderTests.triples("Norway hosted the talks on Monday. He also condemned Iran for the raid.")
        #expect(!other.contains { $0.hasSuffix("criticises Iran") })
    }

    @Test func aParagraphsFirstPronounContinuesTheParagraphBefore() {
        let page = PageReader.read("Talks stall\n\nIran rejected the proposal on Monday.\n\nIt accused Israel of sabotage on Tuesday.\n")
        let facts = ExtractorTests.extractor.extract(page).facts
        #expect(ExtractorTests.triples(facts).contains("Iran accuses Israel"))
    }

    @Test func aDefiniteNominalIsThePartyTheTextIsAbout() {
        let found = TreeCoderTests.triples("Chad expelled the Sudanese ambassador on Monday. The junta also accused Sudan of interference.")
        #expect(found.contains("Chad accuses Sudan"))
        let group = TreeCoderTests.triples("Hamas fired rockets at Israel on Monday. The group also accused Egypt of closing the border.")
        #expect(group.contains("Hamas accuses Egypt"))
    }

    @Test func aNominalWithTwoCandidatesAndNoSubjectStaysUnresolved() {
        let found = TreeCoderTests.triples("Talks between Chad and Sudan failed on Monday. The government accused Libya of meddling.")
        #expect(!found.contains { $0.hasSuffix("accuses Libya") })
    }

    @Test func theirIsTheNearestPluralParty() {
        let found = TreeCoderTests.triples("Chadian soldiers left Sudan after the government in Khartoum demanded their departure.")
        #expect(!found.contains { $0.hasPrefix("Sudan") && $0.hasSuffix("Sudan") })
    }

    @Test func aDateAfterANameIsNotPartOfIt() {
        let facts = ExtractorTests.facts("Prime Minister Ali Rahimi Wednesday rejected a French offer.")
        #expect(facts.contains { $0.subject.name == "Ali Rahimi" })
    }

    @Test func coordinatedModifiersAreEachAParty() {
        let found = TreeCoderTests.triples("Chilean and Peruvian negotiators met in Lima on Monday.")
        #expect(found.contains { $0.hasPrefix("Chile meets_with Peru") || $0.hasPrefix("Peru meets_with Chile") })
    }

    @Test func aCompoundAgentNounIsAnAgentToo() {
        let facts = ExtractorTests.facts("Security forces in Chad detained dozens of Sudanese traders on Monday.")
        #expect(facts.contains { $0.subject.name == "Chad" && $0.object.name == "Sudan" && $0.role == "military" })
    }

    @Test func aRejectedProposalsAuthorIsTheTarget() {
        let found = TreeCoderTests.triples("Chile rejected a renewed appeal by Peru for talks on the border.")
        #expect(found.contains("Chile rejects Peru"))
    }

    @Test func agentNounsArePlacedWhereTheyAre() {
        let found = TreeCoderTests.triples("Rebels in Chad attacked a convoy of Sudanese soldiers on Monday.")
        #expect(found.contains("Chad attacks Sudan"))
    }
}

/// PETRARCH2's discard list keeps sport and entertainment stories out of the graph.
@Suite struct DiscardTests {
    @Test func aSportsStoryGivesNoFacts() {
        let sport = "The goalkeeper saved a penalty as Brazil beat Argentina in the Champions League final. Brazil attacked Argentina all night."
        #expect(ExtractorTests.facts(sport).isEmpty)
    }

    @Test func oneSportingWordDoesNotDiscardPolitics() {
        let politics = "FIFA officials watched as Brazil accused Argentina of spying on Monday."
        #expect(ExtractorTests.triples(ExtractorTests.facts(politics)).contains("Brazil accuses Argentina"))
    }

    @Test func whoSaysAPartyMustActDemandsItOfThatParty() {
        let found = ExtractorTests.facts("Germany said on Monday that Serbia and Kosovo must return to the talks in Brussels.")
        let demands = found.filter { $0.predicate == "demands" && $0.subject.name == "Germany" }
        #expect(Set(demands.map(\.object.name)) == ["Serbia", "Kosovo"])
        #expect(demands.allSatisfy { !$0.negated && $0.modality == .asserted })
        // Read off the tree: the speech verb's subject, the obliged clause's coordinated subjects.
        let tree = TreeCoderTests.treeTriples("Iran and Iraq must end the war, Germany said.")
        #expect(Set(tree.filter { $0.contains("demands") }) == ["Germany demands Iran", "Germany demands Iraq"])
        // No speaker, no demand: the obligation is only the writer's.
        #expect(!TreeCoderTests.triples("Serbia must return to the talks, and Kosovo agreed.").contains { $0.contains("demands") })
    }

    @Test func aPartitiveObjectIsLookedThrough() {
        // The program is what was suspended, and its "for" phrase names the one it was for.
        #expect(TreeCoderTests.triples("Japan suspended part of its development aid program for Myanmar on Tuesday.")
            .contains("Japan reduces_relations_with Myanmar"))
    }

    @Test func aSuspensionOfLinksWithAPartyReducesRelations() {
        #expect(TreeCoderTests.triples("Kenya announced a suspension of air links with Somalia on Friday.")
            .contains("Kenya reduces_relations_with Somalia"))
        // Under a verb that does not carry it out, the suspension is only talked about.
        #expect(!TreeCoderTests.triples("Kenya opposed a suspension of air links with Somalia on Friday.")
            .contains("Kenya reduces_relations_with Somalia"))
    }

    @Test func beatingUpIsAnAssault() {
        #expect(TreeCoderTests.triples("Police in Uganda beat up opposition supporters of Bobi Wine in Kampala.").contains("Uganda assaults Bobi Wine"))
    }

    @Test func orderingAPartyToStopIsCoercion() {
        let found = TreeCoderTests.triples("The Cambodian government ordered the opposition party CNRP to close its offices on Monday.")
        #expect(found.contains("Cambodia coerces CNRP"))
        // Ordering without a stop is still a demand.
        #expect(TreeCoderTests.triples("Ghana ordered Togo to explain the shooting.").contains("Ghana demands Togo"))
    }
}
