import Foundation
import EntenteModel
import Testing

@testable import EntenteExtraction

/// What call readouts and communiqués say in their own idiom: a person named in full once and by
/// surname after, "spoke by phone", "the two ministers", commitments to a party.
@Suite struct ReadoutTests {
    static func extraction(_ body: String) -> ArticleExtraction {
        Extractor().extract(PageReader.read("Readout of a Call\nPublished: 3 May 2024\nSource: Entente Test Wire\n\n" + body))
    }

    @Test func aSurnameIsThePersonNamedInFullBefore() {
        let found = Self.extraction(
            "Defense Minister Arvid K. Lindqvist Jr. of Sweden and Colonel Marta Okonkwo met in Oslo.\n\n"
                + "Minister Lindqvist later criticised Russia over the drills.\n")
        let people = found.entities.filter { $0.type == "person" }.map(\.name)
        #expect(people.contains("Arvid K. Lindqvist Jr."))
        #expect(!people.contains("Lindqvist"))
        #expect(ExtractorTests.triples(found.facts).contains("Arvid K. Lindqvist Jr. criticises Russia"))
    }

    @Test func aBodyNamedWithOnIsOneNameAndADateAfterANameIsNotPartOfIt() {
        let found = Self.extraction(
            "The Council on Foreign Relations said Iran was isolated.\n\n"
                + "China blocked a resupply mission to Second Thomas Shoal on March 23.\n")
        #expect(found.entities.contains { $0.name == "Council on Foreign Relations" && $0.kind == .organisation })
        #expect(!found.entities.contains { $0.name == "Relations" })
        #expect(found.entities.contains { $0.name == "Second Thomas Shoal" && $0.kind == .place })
    }

    @Test func aSurnameTheActorDictionarySpellsOtherwiseIsThePersonTheArticleNamed() {
        let people = Self.extraction(
            "Venezuelan President Nicolás Maduro signed a law on Wednesday creating a new state in Essequibo.\n\n"
                + "Guyana's President Irfaan Ali said Maduro had violated international law.\n"
        ).entities.filter { $0.type == "person" }.map(\.name)
        #expect(people.contains("Nicolás Maduro"))
        #expect(!people.contains("Nicolas Maduro"))
    }

    @Test func aSurnameThatIsABodysShortNameStaysThePersons() {
        let found = Self.extraction(
            "Congolese Foreign Minister Thérèse Kayikwamba Wagner said the agreement would end the violence and attract Western investment.\n")
        let names = Set(found.entities.map(\.name))
        #expect(names.contains("Thérèse Kayikwamba Wagner"))
        #expect(!names.contains("Wagner Group") && !names.contains("Western"))
    }

    @Test func citiesListedAfterTheCitiesOfArePlacesAndTheCongoByItsLongName() {
        let found = Self.extraction(
            "The foreign ministers of the Democratic Republic of Congo and Rwanda met in Washington on Friday.\n\n"
                + "The M23 rebels seized the eastern cities of Goma and Bukavu earlier this year.\n")
        #expect(found.entities.contains { $0.name == "Goma" && $0.kind == .place })
        #expect(found.entities.contains { $0.name == "Bukavu" && $0.kind == .place })
        #expect(found.entities.contains { $0.name == "Democratic Republic of the Congo" && $0.type == "state" })
    }

    @Test func aSurnameTwoPeopleShareIsNeitherOfThem() {
        var names = PersonNames()
        names.learn(Entity(name: "Raul Ortega", kind: .actor, type: "person"))
        names.learn(Entity(name: "Daniel Ortega", kind: .actor, type: "person"))
        #expect(names.fullName(of: Entity(name: "Ortega", kind: .actor, type: "person")) == nil)
        #expect(names.fullName(of: Entity(name: "Daniel", kind: .actor, type: "person"))?.name == "Daniel Ortega")
        // A generational suffix is no name of its own.
        names.learn(Entity(name: "Gilberto Teodoro Jr.", kind: .actor, type: "person"))
        #expect(names.fullName(of: Entity(name: "Jr.", kind: .actor, type: "person")) == nil)
        #expect(names.fullName(of: Entity(name: "Teodoro", kind: .actor, type: "person"))?.name == "Gilberto Teodoro Jr.")
    }

    @Test func speakingByPhoneAndDiscussingAreConsulting() {
        let found = ExtractorTests.triples(Self.extraction(
            "Foreign Minister Arvid Lindqvist and Foreign Minister Marta Okonkwo spoke by phone on Tuesday.\n\n"
                + "The two ministers discussed the importance of dialogue.\n").facts)
        #expect(found.filter { $0 == "Arvid Lindqvist consults Marta Okonkwo" }.count == 2)
        // Speaking to reporters is no consultation.
        let alone = ExtractorTests.triples(Self.extraction("Foreign Minister Arvid Lindqvist spoke to reporters in Oslo.\n").facts)
        #expect(!alone.contains { $0.contains("consults") })
    }

    @Test func theyContinuesThePairTheSentenceBeforeWasAbout() {
        let found = ExtractorTests.triples(Self.extraction(
            "Foreign Minister Arvid Lindqvist and Foreign Minister Marta Okonkwo met in Oslo.\n\n"
                + "They called on Russia to withdraw its forces.\n").facts)
        #expect(found.contains("Arvid Lindqvist appeals_to Russia"))
        #expect(found.contains("Marta Okonkwo appeals_to Russia"))
    }

    @Test func aCommitmentToAPartyIsItsOwnersSupport() {
        let found = ExtractorTests.triples(Self.extraction(
            "Secretary Arvid Lindqvist reaffirmed the ironclad U.S. commitment to the Philippines.\n").facts)
        #expect(found.contains("United States supports Philippines"))
        // Not the owner taken for the object of the dictionary's "reaffirm * commitment".
        #expect(!found.contains { $0.hasSuffix("supports United States") })
        // Going back on a commitment is no support.
        let reneged = ExtractorTests.triples(Self.extraction(
            "President Arvid Lindqvist reneged on his commitment to Ghana.\n").facts)
        #expect(!reneged.contains("Arvid Lindqvist supports Ghana"))
    }

    @Test func theTitleInAReleaseIsItsOwnStatesHolder() {
        let text = "Readout of a Call\nPublished: 3 May 2024\nSource: Government Offices of Sweden\n\n"
            + "President Arvid Lindqvist spoke today with President Marta Okonkwo of Ghana. "
            + "The President thanked President Okonkwo for Ghana\u{2019}s important role in the talks.\n"
        let found = ExtractorTests.triples(Extractor().extract(PageReader.read(text)).facts)
        #expect(found.contains("Arvid Lindqvist praises Marta Okonkwo"))
        // Thanks for a named party's act praise that party too.
        #expect(found.contains("Arvid Lindqvist praises Ghana"))
        #expect(!found.contains { $0.hasPrefix("Marta Okonkwo praises") })
        // A wire story speaks for no state: the title is the one named with it before, never the
        // holder the sentence names after it.
        let wire = text.replacingOccurrences(of: "Source: Government Offices of Sweden", with: "Source: Entente Test Wire")
        let wired = ExtractorTests.triples(Extractor().extract(PageReader.read(wire)).facts)
        #expect(wired.contains("Arvid Lindqvist praises Ghana"))
        #expect(!wired.contains { $0.hasPrefix("Marta Okonkwo praises") })
    }

    @Test func aDesignationAsTerroristsLabelsAndSanctions() {
        let found = ExtractorTests.triples(Self.extraction(
            "Today the State Department\u{2019}s designation of the Red Dawn Brigade as a Foreign Terrorist Organization takes effect.\n").facts)
        #expect(found.contains("United States labels_as_terrorists Red Dawn Brigade"))
        #expect(found.contains("United States sanctions Red Dawn Brigade"))
        let verb = ExtractorTests.triples(Self.extraction("Canada designated the Red Dawn Brigade as a terrorist entity on Friday.\n").facts)
        #expect(verb.contains("Canada labels_as_terrorists Red Dawn Brigade") && verb.contains("Canada sanctions Red Dawn Brigade"))
        // An aside that the parser reads as a clause of its own still leaves the label to the designation.
        let aside = ExtractorTests.triples(Extractor().extract(PageReader.read(
            "Designation of the Brigade\nPublished: 3 May 2024\nSource: U.S. Department of State\n\n"
                + "Today, I am pleased to announce the Department\u{2019}s designation of the Red Dawn Brigade, commonly referred to as "
                + "the Brigade, as a Foreign Terrorist Organization.\n")).facts)
        #expect(aside.contains("United States sanctions Red Dawn Brigade"))
        // Named to another office is no designation as terrorists.
        let envoy = ExtractorTests.triples(Self.extraction("Canada designated Marta Okonkwo as its envoy to Ghana.\n").facts)
        #expect(!envoy.contains { $0.contains("labels_as_terrorists") || $0.contains("sanctions") })
    }

    @Test func aCurlyApostropheIsAPossessiveLikeAStraightOne() {
        let curly = ExtractorTests.triples(Self.extraction("The State Department\u{2019}s envoy criticised Russia.\n").facts)
        let straight = ExtractorTests.triples(Self.extraction("The State Department's envoy criticised Russia.\n").facts)
        #expect(curly == straight)
        #expect(curly.contains("United States criticises Russia"))
    }

    @Test func aNameRecognisedOnceIsThatEntityWhereverItRecurs() {
        // The statistical recogniser names "Somaliland" in the first sentence and not in the second.
        let found = Self.extraction(
            "Officials from Somaliland met envoys in Hargeisa on Monday, and Somaliland President Muse Bihi Abdi welcomed them. "
                + "Ethiopia and the republic of Somaliland have signed a historic agreement.\n")
        #expect(ExtractorTests.triples(found.facts).contains("Ethiopia signs_agreement_with Somaliland"))
        // One entity for the name, whichever reading each sentence gave it.
        #expect(found.entities.filter { $0.name == "Somaliland" }.count == 1)
    }

    @Test func aRenewedCallOnAPartyIsAnAppealToIt() {
        let found = ExtractorTests.triples(Self.extraction(
            "Norway renewed its call on Sudan to return to the talks.\n\n"
                + "The transitional government of Chad has failed to pay salaries. "
                + "Norway repeated its appeal to the transitional government to hold elections.\n").facts)
        #expect(found.contains("Norway appeals_to Sudan"))
        // "The transitional government" is the state the text is about.
        #expect(found.contains("Norway appeals_to Chad"))
    }

    @Test func aCallOnWhoseObjectTheParserGaveTheVerbStillNamesIt() {
        // After this opening sentence the parser hangs "the governments" from "call", not from "on".
        // (Two sentences of the public-domain State Department release in Fixtures/dev2026, see its
        // SOURCES.md: no paraphrase we tried reproduces the parse.)
        let page = PageReader.read(
            "Statement\nPublished: 3 May 2024\nSource: U.S. Department of State\n\n"
                + "The perpetrators of this crime must be held accountable via a transparent investigative process. "
                + "We call on the governments of Kosovo and Serbia to refrain from any actions or rhetoric which could further inflame tensions.\n")
        let found = ExtractorTests.triples(Extractor().extract(page).facts)
        #expect(found.contains("United States appeals_to Kosovo") && found.contains("United States appeals_to Serbia"))
    }

    @Test func aBodysRepresentativesOfStatesMakeEachStateAMember() {
        let found = ExtractorTests.triples(Self.extraction(
            "The G7 Foreign Ministers of Canada, France and Japan met in Rome. NATO allies such as Turkey and Greece objected.\n").facts)
        #expect(found.contains("Canada member_of G7") && found.contains("France member_of G7") && found.contains("Japan member_of G7"))
        #expect(found.contains("Turkey member_of North Atlantic Treaty Organization"))
        // Without a body, ministers of states are members of nothing.
        let plain = ExtractorTests.triples(Self.extraction("The Foreign Ministers of Canada and France met in Rome.\n").facts)
        #expect(!plain.contains { $0.contains("member_of") })
    }

    @Test func condemningAnAttackOnAPartyIsNoCriticismOfIt() {
        let found = ExtractorTests.triples(Self.extraction(
            "Norway firmly condemns the coordinated armed attacks on the Kosovo Police in the north on Sunday.\n").facts)
        #expect(!found.contains { $0.hasPrefix("Norway") && $0.hasSuffix("Kosovo") })
        // A light verb carries the attack out: "carried out its latest strikes against".
        let strikes = ExtractorTests.triples(Self.extraction(
            "The U.S. military carried out its latest strikes late Monday against Houthi missiles near Yemen.\n").facts)
        #expect(strikes.contains("United States attacks Houthis"))
    }

    @Test func aStatesBodyNamedWithoutTheStateIsNoPartyOfItsOwn() {
        let found = Self.extraction(
            "The treaty covers both countries\u{2019} armed forces, including those of its Coast Guard. "
                + "Norway will train the Armed Forces of the Philippines.\n")
        let names = found.entities.map(\.name)
        #expect(!names.contains("Coast Guard") && !names.contains("Armed Forces"))
        #expect(names.contains("Philippines"))
    }

    @Test func supportReiteratedOrReceivedNamesBothSides() {
        let page = PageReader.read(
            "Statement at the Security Council\nPublished: 2 October 2024\nSource: Foreign, Commonwealth & Development Office\n\n"
                + "Thank you, President, and thank you to the briefers for their sobering accounts of the situation this week. "
                + "We reiterate our full support to the UN in its work across the region. "
                + "Israel has our full support in exercising its right to defend itself. Kyiv enjoys the backing of Washington.\n")
        let found = ExtractorTests.triples(Extractor().extract(page).facts)
        // The parser hangs "to the UN" from the light verb "reiterate", not from "support".
        #expect(found.contains("United Kingdom supports United Nations"))
        #expect(found.contains("United Kingdom supports Israel"))
        #expect(found.contains("United States supports Ukraine"))
        #expect(!found.contains { $0.hasPrefix("Israel supports") || $0.hasPrefix("Ukraine supports") })
    }

    @Test func aDemandWhoseClauseTheParserGaveTheVerbStillNamesWhoIsAsked() {
        // The parser hangs "that Russia ease …" from "reiterated", not from "demand".
        let found = ExtractorTests.triples(Self.extraction(
            "The Arctic Council reiterated its demand today that Russia end its ban on visiting scientists.\n").facts)
        #expect(found.contains("Arctic Council demands Russia"))
    }

    @Test func preparingForHostilitiesIsAimedAtTheirTarget() {
        let found = ExtractorTests.triples(Self.extraction(
            "Finland mobilized its reserve battalions on Thursday for a feared war against Russia, as envoys gathered in Geneva.\n").facts)
        #expect(found.contains("Finland mobilises_against Russia"))
        #expect(!found.contains("Finland attacks Russia"))
    }

    @Test func anActAimedAtAPlacesTargetsIsAimedAtThePlace() {
        let found = ExtractorTests.triples(Self.extraction(
            "Israeli artillery fired overnight at positions in Jericho, according to residents of the city.\n").facts)
        #expect(found.contains("Israel attacks Jericho"))
        // A demand for something in a place is no act aimed at it.
        let demand = ExtractorTests.triples(Self.extraction(
            "Helsinki keeps asking for calm in Lebanon and for talks among the factions there.\n").facts)
        #expect(!demand.contains { $0.hasSuffix("Lebanon") })
        // Hacking is coercion.
        let hack = ExtractorTests.triples(Self.extraction(
            "North Korea hacked into the email accounts of South Korean diplomats last month, investigators in Seoul believe.\n").facts)
        #expect(hack.contains("North Korea coerces South Korea"))
    }

    @Test func aContinentsAdjectiveIsTheContinentInPassing() {
        let found = Self.extraction(
            "Iran's missiles could soon reach European soil, a direct threat to European security, Norway warned on Monday.\n")
        #expect(found.entities.contains { $0.name == "Europe" && $0.kind == .place })
        #expect(!found.entities.contains { $0.name == "European" })
        #expect(!ExtractorTests.triples(found.facts).contains { $0.hasSuffix("Europe") })
    }

    @Test func anOfficeWithoutItsHoldersNameIsNoPerson() {
        let found = Self.extraction(
            "As the High Commissioner said yesterday, thousands have fled the fighting in Darfur since June.\n")
        #expect(!found.entities.contains { $0.name == "High Commissioner" })
    }

    @Test func anActInACapitalIsCodedAgainstItsState() {
        let aid = ExtractorTests.triples(Self.extraction(
            "Relief agencies from Norway halted food deliveries in Baghdad on Friday after gunmen fired on a convoy.\n").facts)
        #expect(aid.contains("Norway reduces_relations_with Iraq"))
    }
}
