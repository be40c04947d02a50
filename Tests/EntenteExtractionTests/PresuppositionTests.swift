import EntenteModel
import Testing

@testable import EntenteExtraction

/// What a sentence takes for granted or makes depend on something: a ceasefire presupposes
/// fighting, a condemned attack has the attacker the story told of, "if" makes a clause
/// hypothetical; and the parser slips that hide a clause's subject.
@Suite struct PresuppositionTests {
    static func facts(_ body: String) -> [Fact] {
        ReadoutTests.extraction(body).facts
    }

    @Test func aCeasefirePresupposesFightingAsAsserted() {
        let facts = Self.facts("Armenia and Azerbaijan agreed a truce on Sunday.\n")
        let triples = ExtractorTests.triples(facts)
        #expect(triples.contains("Armenia ceasefire_with Azerbaijan"))
        // Agreeing on a truce is the truce, not bare agreement.
        #expect(!triples.contains("Armenia agrees_with Azerbaijan"))
        let clash = facts.first { $0.predicate == "clashes_with" }
        #expect(clash?.modality == .asserted)
        #expect(clash.map { [$0.subject.name, $0.object.name].sorted() } == ["Armenia", "Azerbaijan"])
        // Agreeing on nothing named is still agreement, and no fighting.
        let bare = ExtractorTests.triples(Self.facts("Armenia and Azerbaijan agreed on Sunday.\n"))
        #expect(bare.contains("Armenia agrees_with Azerbaijan"))
        #expect(!bare.contains { $0.contains("clashes_with") })
    }

    @Test func aCondemnedAttackIsItsAttackersEvenOnNoNamedTarget() {
        let found = ExtractorTests.triples(Self.facts(
            "Chad's military government has confirmed it carried out airstrikes on a market town.\n\n"
                + "Foreign Minister Arvid Lindqvist of Sweden condemned the attack.\n"))
        #expect(found.contains("Arvid Lindqvist criticises Chad"))
        // Without an attack told of before, a condemned attack has no attacker.
        let alone = ExtractorTests.triples(Self.facts("Foreign Minister Arvid Lindqvist of Sweden condemned the attack.\n"))
        #expect(!alone.contains { $0.contains("criticises") })
    }

    @Test func anActOfAggressionIsTheAttackToldOfBefore() {
        let found = ExtractorTests.triples(Self.facts(
            "On Monday Iran fired ballistic missiles at Israel.\n\nNorway condemned this act of aggression.\n"))
        #expect(found.contains("Norway criticises Iran"))
    }

    @Test func aClauseThatDependsOnIfIsHypothetical() {
        let facts = Self.facts("Ethiopia said it would attack Eritrea if the talks in Nairobi failed.\n")
        let attack = facts.first { $0.predicate == "attacks" }
        #expect(attack?.modality == .hypothetical)
        // Without the condition the reported "would" is the speaker's "will".
        let plain = Self.facts("Ethiopia said it would attack Eritrea.\n")
        #expect(plain.first { $0.predicate == "attacks" }?.modality == .future)
    }

    @Test func aTenseChangeLiftsAConjunctOutOfTheReportedClause() {
        // The parser hangs "called" on "is"; the change of tense says it continues "stressed".
        let found = ExtractorTests.triples(Self.facts(
            "Sweden stressed that the ruling is final and called on China to abide by it.\n"))
        #expect(found.contains("Sweden appeals_to China"))
    }

    @Test func aPronounSubjectIsThePartyOfTheNounThatReportsIt() {
        let found = ExtractorTests.triples(Self.facts(
            "Venezuela's ruling party announced it had expelled Guyana's ambassador.\n"))
        #expect(found.contains("Venezuela expels Guyana"))
    }

    @Test func theLeaderOfABodyOrAGroupHoldsItsTitle() {
        let found = ExtractorTests.triples(Self.facts(
            "Hamas leader Karim Haddad arrived in Cairo on Sunday.\n\n"
                + "NATO Secretary General Mark Rutte visited Kyiv.\n"))
        #expect(found.contains("Karim Haddad leader_of Hamas"))
        #expect(found.contains("Mark Rutte leader_of North Atlantic Treaty Organization"))
        #expect(!found.contains("Mark Rutte member_of North Atlantic Treaty Organization"))
        // A minister's portfolio is no body of its own.
        let portfolio = ExtractorTests.triples(Self.facts("Serbian Labour Minister Dragan Petrovic signed the bill.\n"))
        #expect(!portfolio.contains { $0.contains("member_of Labour") })
    }

    @Test func aParticipleWithItsAgentIsPassive() {
        let found = ExtractorTests.triples(Self.facts(
            "M23 fighters marched into the town on Sunday.\n\n"
                + "Diplomats say the fighters are well organised and supported by Rwanda.\n"))
        #expect(found.contains("Rwanda supports March 23 Movement"))
        #expect(!found.contains { $0.hasPrefix("March 23 Movement supports") })
    }

    @Test func aTranscriptsSpeakerLabelIsNoSubject() {
        let found = ExtractorTests.triples(Self.facts(
            "VOA: Hungarian Prime Minister Viktor Orban visited Kyiv on Tuesday and urged Volodymyr Zelenskyy to consider a cease-fire with Russia.\n"))
        #expect(!found.contains { $0.hasPrefix("VOA ") })
        #expect(found.contains("Viktor Orbán appeals_to Volodymyr Zelensky"))
        // A split "cease-fire" is the ceasefire, and one to consider is the event urged.
        #expect(found.contains("Volodymyr Zelensky ceasefire_with Russia"))
    }

    @Test func pluralNominalsAreNotTheOnePersonNamedLast() {
        let found = ExtractorTests.triples(Self.facts(
            "Analyst Karim Haddad said Rwanda sent troops.\n\nRwanda responded by promoting the generals.\n"))
        #expect(!found.contains { $0.hasSuffix("Karim Haddad") && $0.hasPrefix("Rwanda") })
    }

    @Test func titlesOfBodiesAndTheirStaff() {
        let found = ExtractorTests.triples(Self.facts(
            "\u{201C}The risk is high,\u{201D} said Karim Haddad, director of research at the consultancy the Soufan Group.\n\n"
                + "Fighting broke out between the army and General Idris Musa, the commander of the Rapid Support Forces.\n\n"
                + "USAID administrator Lena Moravec announced the funding.\n"))
        #expect(found.contains("Karim Haddad member_of Soufan Group"))
        #expect(found.contains("Idris Musa leader_of Rapid Support Forces"))
        #expect(found.contains("Lena Moravec member_of United States"))
    }

    @Test func aPersonNamedLikeAStateIsThePerson() {
        let found = ReadoutTests.extraction("Secretary Lloyd Austin spoke with Israeli Minister of Defense Israel Katz today.\n")
        #expect(found.entities.contains { $0.name == "Israel Katz" && $0.type == "person" })
        #expect(ExtractorTests.triples(found.facts).contains("Israel Katz member_of Israel"))
    }

    @Test func theTitledPersonActsAndTravelIsAVisit() {
        let found = ExtractorTests.triples(Self.facts(
            "Rumors say the IS emir, Abu Karim al-Tabari, traveled from Syria to Yemen last month.\n"))
        #expect(found.contains("Abu Karim al-Tabari visits Yemen"))
        #expect(!found.contains { $0.hasPrefix("Islamic State visits") || $0.contains("consults") })
    }

    @Test func mustInAGovernmentsOwnVoiceIsItsDemand() {
        let statement = "Statement at the Security Council\nPublished: 2 October 2024\nSource: Foreign, Commonwealth & Development Office\n\n"
        let found = ExtractorTests.triples(Extractor().extract(PageReader.read(
            statement + "Iran must cease its illegal activity in the region.\n")).facts)
        #expect(found.contains("United Kingdom demands Iran"))
        // A news wire's "must" is nobody's demand.
        let wire = ExtractorTests.triples(Self.facts("Iran must decide by Friday.\n"))
        #expect(!wire.contains { $0.contains("demands") })
    }

    @Test func aStatesAgencyNamedWithItsOwnerIsTheState() {
        let found = ReadoutTests.extraction("Norway sanctioned Belarus’s Border Protection Directorate on Monday.\n")
        #expect(ExtractorTests.triples(found.facts).contains("Norway sanctions Belarus"))
        #expect(!found.entities.contains { $0.name.contains("Directorate") })
    }

    @Test func aCeasefireCalledForByItsSidesIsAnAppealToThem() {
        let found = ExtractorTests.triples(Self.facts(
            "Norway has consistently called for a ceasefire in Lebanon, by Hezbollah and Israel, and for talks.\n"))
        #expect(found.contains("Norway appeals_to Hezbollah"))
        #expect(found.contains("Norway appeals_to Israel"))
        #expect(found.contains("Hezbollah ceasefire_with Israel"))
        #expect(!found.contains { $0.contains("demands") })
    }

    @Test func partsAndAffiliatesDescribedInApposition() {
        let found = ExtractorTests.triples(Self.facts(
            "The raid targeted the Ngaro Liberation Front, the armed wing of the Ngaro National Union.\n"))
        #expect(found.contains("Ngaro Liberation Front part_of Ngaro National Union"))
    }

    @Test func agreeingToRemainInCoordinationIsCoordination() {
        let found = ExtractorTests.triples(Self.facts(
            "Foreign Minister Arvid Lindqvist and Foreign Minister Lena Moravec spoke by phone on Tuesday.\n\n"
                + "The two leaders agreed to remain in close coordination in the coming weeks.\n"))
        #expect(found.contains("Arvid Lindqvist coordinates_with Lena Moravec"))
    }

    @Test func aGovernmentsOwnReproachIsCriticism() {
        let statement = "Joint statement\nPublished: 2 October 2024\nSource: Foreign, Commonwealth & Development Office\n\n"
        let found = ExtractorTests.triples(Extractor().extract(PageReader.read(
            statement + "For years, the government of Chad has failed to pay public sector salaries.\n\n"
                + "Belarus's continued detention of foreign journalists is unacceptable.\n")).facts)
        #expect(found.contains("United Kingdom criticises Chad"))
        #expect(found.contains("United Kingdom criticises Belarus"))
        // Reported by a news wire, a failure is nobody's criticism.
        let wire = ExtractorTests.triples(Self.facts("The government of Chad has failed to pay salaries.\n"))
        #expect(!wire.contains { $0.contains("criticises") })
    }

    @Test func aRegionOfAStateIsPartOfIt() {
        let found = ExtractorTests.triples(Self.facts("Somaliland is a breakaway region of Somalia.\n"))
        #expect(found.contains("Somaliland part_of Somalia"))
        // A state described as a region of the world is no part of anything named.
        #expect(ExtractorTests.triples(Self.facts("Mali is a country of the Sahel.\n")).isEmpty)
    }

    @Test func aTitleBeforeANameIsNoBodyAndAnAppositionIsTheNearestNames() {
        let found = ReadoutTests.extraction(
            "Fighting erupted between Army Commander General Idris Musa and General Karim Haddad, the commander of the Rapid Support Forces.\n")
        #expect(!found.entities.contains { $0.kind == .organisation && $0.name.hasPrefix("Army") })
        let triples = ExtractorTests.triples(found.facts)
        #expect(triples.contains("Karim Haddad leader_of Rapid Support Forces"))
        #expect(!triples.contains("Idris Musa leader_of Rapid Support Forces"))
    }

    @Test func theOneCalledOnDoesWhatIsCalledFor() {
        let found = ExtractorTests.triples(Self.facts("Norway called on Iran to release the crew of the tanker.\n\n"
            + "Sweden called on Russia to withdraw from Ukraine.\n"))
        #expect(found.contains("Russia withdraws_from Ukraine"))
        #expect(!found.contains("Sweden withdraws_from Ukraine"))
    }

    @Test func wordsThatLookLikeVerbsButAreNot() {
        // "clear" after a copula is an adjective, not "clear * from"; a warning about a clause is
        // aimed at no one; travelling from a place is no visit to it.
        let found = ExtractorTests.triples(Self.facts(
            "The United Kingdom has long been clear that Iran plays an unacceptable role.\n\n"
                + "The United Nations warns that 5 million Sudanese are on the brink of famine.\n\n"
                + "The emir traveled from Syria or Iraq to Yemen last month.\n"))
        #expect(!found.contains { $0.hasPrefix("United Kingdom attacks") })
        #expect(!found.contains { $0.hasPrefix("United Nations threatens") })
        #expect(!found.contains { $0.hasSuffix("Syria") || $0.hasSuffix("Iraq") })
        // A progressive after the copula is still the verb.
        #expect(ExtractorTests.triples(Self.facts("Opposition groups in Zimbabwe are demanding that President Mugabe resign.\n"))
            .contains { $0.contains("demands") })
    }

    @Test func threeWhoAgreeMakeThreeAgreementsAndWhatTheyAgreeWouldHappenIsFuture() {
        let found = ExtractorTests.triples(Self.facts("Russia, Turkey and Iran agreed on Tuesday to set up a monitoring mechanism.\n"))
        #expect(found.contains("Russia agrees_with Turkey"))
        #expect(found.contains("Russia agrees_with Iran"))
        #expect(found.contains("Turkey agrees_with Iran"))
        let facts = Self.facts("Armenia and Azerbaijan agreed that their troops would withdraw from the border on Friday.\n")
        #expect(facts.contains { $0.predicate == "withdraws_from" } == false || facts.filter { $0.predicate == "withdraws_from" }.allSatisfy { $0.modality == .future })
    }
}
