import EntenteModel
import Testing
@testable import EntenteExtraction

/// A statement on a body's meeting: its leaders, who attended, who chaired it together.
@Suite struct ConvenedBodyTests {
    static func triples(_ text: String) -> [String] {
        ExtractorTests.triples(ReadoutTests.extraction(text + "\n").facts)
    }

    @Test func leadersAndTheyAfterABodysMeetingAreTheBody() {
        let triples = Self.triples("A meeting of NATO was held in Brussels. Leaders condemned Russia. They condemned Iran.")
        #expect(triples.contains("North Atlantic Treaty Organization criticises Russia"))
        #expect(triples.contains("North Atlantic Treaty Organization criticises Iran"))
        // Without a body's meeting, "leaders" name no one.
        #expect(Self.triples("Leaders condemned Russia.").isEmpty)
        // Leaders a sentence qualifies are not the body's.
        #expect(!Self.triples("A meeting of NATO was held in Brussels. African leaders condemned Russia.").contains { $0.hasPrefix("North Atlantic") })
    }

    @Test func whoAttendsABodysMeetingMeetsTheBody() {
        let attended = Self.triples(
            "The leaders held a meeting of the Coalition of the Willing, attended by President Zelenskyy and the Secretary General of NATO.")
        #expect(attended.contains("Volodymyr Zelensky meets_with Coalition of the Willing"))
        #expect(attended.contains("North Atlantic Treaty Organization meets_with Coalition of the Willing"))
        let later = Self.triples("A meeting of the Coalition of the Willing took place today. The meeting was also attended by Secretary of State Rubio of the United States.")
        #expect(later.contains("Marco Rubio meets_with Coalition of the Willing"))
        // A meeting of no body is met by no one.
        #expect(!Self.triples("The meeting was attended by President Zelenskyy.").contains { $0.contains("meets_with") })
    }

    @Test func thoseWhoCoChairAnEventCoordinate() {
        let chaired = Self.triples("President Macron of France and Prime Minister Starmer of the United Kingdom co-chaired today a virtual meeting of the Coalition of the Willing.")
        #expect(chaired.contains("Emmanuel Macron coordinates_with Starmer"))
        #expect(Self.triples("Somalia and the UN co-hosted a financing event.").contains("Somalia coordinates_with United Nations"))
        // One who chairs alone coordinates with no one.
        #expect(!Self.triples("President Macron chaired a meeting of the Coalition of the Willing.").contains { $0.contains("coordinates_with") })
    }
}

/// Names that stand for another party than they say: a ruler's regime, the capital with its
/// district, the guest whose visit a readout tells.
@Suite struct NamedForAnotherTests {
    @Test func aRulersRegimeIsTheStateItGoverns() {
        #expect(ConvenedBodyTests.triples("The United States will not normalize relations with the Assad regime.").contains("United States recognises Syria (negated)"))
        // The ruler named alone is the ruler.
        #expect(ConvenedBodyTests.triples("Assad met Putin in Moscow.").contains("Bashar al-Assad meets_with Vladimir Putin"))
    }

    @Test func theCapitalWithItsDistrictIsOneName() {
        let entities = NoPartyNameTests.entities("Ruto arrived in Washington, D.C., on Monday.")
        #expect(entities.contains { $0.hasPrefix("Washington") } && !entities.contains { $0.hasPrefix("D.C.") })
    }

    @Test func aVisitToTheHostsOwnCapitalIsTheGuests() {
        let page = "Secretary Blinken Meets Foreign Minister\nPublished: 11 May 2023\nSource: U.S. Department of State\n\n"
            + "Secretary of State Antony J. Blinken met today with Kuwaiti Foreign Minister Sheikh Salem Al Sabah during his visit to Washington, DC.\n"
        let triples = ExtractorTests.triples(Extractor().extract(PageReader.read(page)).facts)
        #expect(triples.contains("Salem Al Sabah visits Washington"))
        #expect(!triples.contains { $0.hasPrefix("Antony Blinken visits") })
    }

    @Test func makingSomethingClearIsNoAttack() {
        #expect(!ConvenedBodyTests.triples("The Secretary made clear that Iran's harassment of vessels is contrary to international law.")
            .contains { $0.contains("attacks") })
    }
}

/// A guest welcomed, an aggression named with its target, an act called for in an adverbial clause.
@Suite struct WelcomedGuestTests {
    @Test func aGuestWelcomedToAPlaceVisitsItAndMeetsThoseTheMeetingsAreWith() {
        let triples = ConvenedBodyTests.triples(
            "Today, we are honoured to welcome President Maia Sandu to the United Kingdom for meetings with Prime Minister Keir Starmer and His Majesty King Charles III.")
        #expect(triples.contains("Maia Sandu visits United Kingdom"))
        #expect(triples.contains("Maia Sandu meets_with Keir Starmer") && triples.contains("Maia Sandu meets_with Charles III"))
        // An honorific and a title are no name.
        #expect(!NoPartyNameTests.entities("Sandu met His Majesty King Charles III.").contains { $0.hasPrefix("Majesty") })
        // A state's institution is no place visited.
        #expect(!ConvenedBodyTests.triples("Austin welcomed Somali President Hassan Sheikh Mohamud to the Pentagon today.").contains { $0.contains("visits") })
    }

    @Test func anAggressionAgainstAStateAttacksIt() {
        #expect(ConvenedBodyTests.triples("We are deeply concerned by the Russian Federation's ongoing hybrid aggression against Moldova.")
            .contains("Russia attacks Moldova"))
    }

    @Test func anActCalledForInAnAdverbialClauseIsAdvocated() {
        let facts = ReadoutTests.extraction("The US called on Aliyev to provide aid to Armenia.\n").facts
        #expect(facts.contains { $0.predicate == "aids" && $0.modality == .advocated })
        #expect(!facts.contains { $0.predicate == "aids" && $0.modality == .asserted })
    }
}

/// An office's holder named after the body; a verb that only weighs what follows.
@Suite struct OfficeAndEmphasisTests {
    @Test func theHolderNamedAfterABodysOfficeIsTheParty() {
        let triples = ConvenedBodyTests.triples(
            "Secretary of State Marco Rubio met with Haitian Transitional Presidential Council (TPC) President Fritz Alphonse Jean today.")
        #expect(triples.contains("Marco Rubio meets_with Fritz Alphonse Jean"))
        #expect(!triples.contains { $0.contains("meets_with Haitian Transitional") })
    }

    @Test func concernAboutAnActByAPartyCriticisesIt() {
        #expect(ConvenedBodyTests.triples("Austin expressed concern about provocative activity by China's army.").contains("Austin criticises China"))
        // An act by no party names no one.
        #expect(ConvenedBodyTests.triples("Austin expressed concern about provocative activity near the strait.").isEmpty)
    }

    @Test func anActBlamedByNameIsTheSpeakersCriticismOfItsDoerWhateverItsOwnClauseSays() {
        let triples = ConvenedBodyTests.triples(
            "Secretary Austin stressed that Lebanese Hizballah's provocations threaten to drag the Israeli and Lebanese people into a war.")
        #expect(triples.contains("Austin criticises Hezbollah"))
        // The state that only describes the group is not blamed.
        #expect(!triples.contains("Austin criticises Lebanon"))
    }

    @Test func aVerbThatWeighsWhatFollowsCodesNothingOfItsOwn() {
        let triples = ConvenedBodyTests.triples("Secretary Rubio reinforced the importance of coordination across the Haitian government.")
        #expect(!triples.contains { $0.contains("coerces") })
    }
}

@Suite struct HostageTests {
    @Test func whoHoldsAStatesPeopleHostageAbductedThem() {
        #expect(ConvenedBodyTests.triples(
            "Austin reiterated the high priority of securing the safe release of all hostages held captive by Hamas, including American citizens.")
            .contains("Hamas abducts United States"))
        #expect(ConvenedBodyTests.triples("Biden called for the release of American hostages held by Hamas.").contains("Hamas abducts United States"))
        // Hostages of no named state name no victim.
        #expect(!ConvenedBodyTests.triples("The hostages held by Hamas were released.").contains { $0.contains("abducts") })
    }
}

@Suite struct ReadoutCarryOverTests {
    @Test func aPossessiveInAGerundsPhraseIsTheMainSubjects() {
        #expect(ConvenedBodyTests.triples(
            "Austin emphasized the importance of maintaining communication between the United States and China during his first meeting with Chinese Defense Minister Dong Jun.")
            .contains("Austin meets_with Dong Jun"))
    }

    @Test func aPersonTitledEarlierVisitsWhereTheyMeetAbroad() {
        let triples = ConvenedBodyTests.triples(
            "Austin met with Chinese Defense Minister Dong Jun on Friday. The two met again today in Singapore to discuss defense relations.")
        #expect(triples.contains("Dong Jun visits Singapore"))
        // Two parties hyphened in a phrase are no place met in.
        let ties = ConvenedBodyTests.triples(
            "Austin and Philippine Secretary of National Defense Gilberto Teodoro Jr. spoke by phone. The officials discussed momentum in U.S.-Philippine defense ties.")
        #expect(!ties.contains { $0.contains("visits") })
    }
}
