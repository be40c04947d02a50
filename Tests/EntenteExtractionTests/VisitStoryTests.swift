import EntenteModel
import Testing

@testable import EntenteExtraction

/// What a visit story says without naming the parties again: the nation it is set in, the
/// visitor by title and state, a bilateral tie built on the trip, and what is planned.
@Suite struct VisitStoryTests {
    static func triples(_ text: String) -> [String] { EncounterTests.triples(text) }

    @Test func theNationTheStoryIsSetInIsItsOnlyState() {
        #expect(Self.triples("Secretary Blinken arrived in Haiti on Thursday. He announced new humanitarian aid for the Caribbean nation.")
            .contains("Antony Blinken aids Haiti"))
        #expect(Self.triples("The Taliban took power in Afghanistan in 2021. NATO forces withdrew from the country in August 2021.")
            .contains { $0.hasSuffix("withdraws_from Afghanistan") })
        // With two states named and neither the subject before, the text does not say which.
        #expect(!Self.triples("Officials from Kenya and Haiti spoke on Monday. Canada will send aid to the country.")
            .contains { $0.hasPrefix("Canada aids") })
        // The one acting on "the country" is not it.
        #expect(!Self.triples("Officials from Haiti spoke on Monday. The United States will send aid to the country.")
            .contains("United States aids United States"))
    }

    @Test func theCountrysArmyIsTheStatesTheStoryIsSetIn() {
        let found = Self.triples("The RSF attacked Wad al-Noura in Sudan. Women were among victims of the attack, "
            + "the latest in ongoing clashes between RSF fighters and the country's regular army.")
        #expect(found.contains("Rapid Support Forces clashes_with Sudan"))
    }

    @Test func aListAfterADatelineIsStillAList() {
        let found = Self.triples("Sydney — Australia, Japan, and the United States are expanding defense cooperation.")
        #expect(found.contains("Australia cooperates_with Japan"))
        #expect(found.contains("United States cooperates_with Japan"))
    }

    @Test func aConsultationMetForIsNoParty() {
        let found = Self.triples(
            "Senior Australian and Japanese officials Thursday met for the 11th Australia-Japan 2+2 Foreign and Defense Ministerial Consultation.")
        #expect(found.contains { $0 == "Japan meets_with Australia" || $0 == "Australia meets_with Japan" })
        #expect(!found.contains { $0.contains("Consultation") })
    }

    @Test func thePresidentOfAStateIsThePersonTheStoryNamedSo() {
        let found = Self.triples(
            "Iranian President Ebrahim Raisi arrived in Pakistan on Monday. Police were deployed. The Iranian president will meet Prime Minister Shehbaz Sharif.")
        #expect(found.contains("Ebrahim Raisi meets_with Shehbaz Sharif"))
        #expect(!found.contains("Iran meets_with Shehbaz Sharif"))
    }

    @Test func theCountriesAreTheTwoStatesTheSentenceBeforeWasAbout() {
        let found = Self.triples("Iran and Pakistan share a long border. The countries accuse each other of sheltering militants.")
        #expect(found.contains("Iran accuses Pakistan"))
        #expect(found.contains("Pakistan accuses Iran"))
        // Not when the sentence before was about one state and named another in passing.
        #expect(!Self.triples("Iran shares a long border with Pakistan. The countries accuse each other of sheltering militants.")
            .contains { $0.contains("accuses") })
    }

    @Test func aScheduledActIsItsSubjectsAndPlanned() {
        let facts = Extractor().extract(PageReader.read(
            "Iranian President Ebrahim Raisi arrived in Pakistan on Monday. During his stay, the Iranian president is scheduled to meet Prime Minister Shehbaz Sharif.\n"))
            .facts
        let meeting = facts.first { $0.predicate == "meets_with" }
        #expect(meeting?.subject.name == "Ebrahim Raisi")
        #expect(meeting?.modality == .future)
    }

    @Test func aSummitOneSignsAtIsNoParty() {
        let found = Self.triples("Biden and Zelenskyy are set to sign a security agreement Thursday at the Group of Seven summit in Italy.")
        #expect(found.contains { $0.hasPrefix("Joe Biden signs_agreement_with Volodymyr Zelensk") })
        #expect(!found.contains { $0.contains("signs_agreement_with G7") || $0.contains("signs_agreement_with Group") })
    }

    @Test func aBilateralTieBuiltOnAVisitIsTheTwoStates() {
        #expect(Self.triples("Kenyan President William Ruto left Kenya Thursday for a visit to Germany aimed at strengthening bilateral relations.")
            .contains("Kenya cooperates_with Germany"))
        #expect(Self.triples("Kenyan President William Ruto left Kenya Thursday for a visit to Germany aimed at strengthening bilateral relations between the two nations.")
            .contains("Kenya cooperates_with Germany"))
        #expect(Self.triples("President Raisi met Prime Minister Sharif in Islamabad on Monday. The talks will strengthen bilateral ties and cooperation in trade.")
            .contains("Iran cooperates_with Pakistan"))
        // A bilateral tie only talked about is not built.
        #expect(!Self.triples("Blinken met Wang in Beijing. The two sides discussed key issues in the bilateral relationship.")
            .contains { $0.contains("cooperates_with") })
    }
}

/// A state named after a place's comma, and a region a title is for.
@Suite struct PlaceAfterCommaTests {
    @Test func theStateAfterAPlacesCommaContainsIt() {
        let found = EncounterTests.triples(
            "On the margins of the NATO Defense Ministerial at NATO Headquarters in Brussels, Belgium, Secretary of Defense Pete Hegseth "
                + "held a bilateral meeting with his German counterpart, Minister of Defense Boris Pistorius.")
        #expect(found.contains("Brussels located_in Belgium"))
        // A list of a city and states is no containment.
        #expect(!EncounterTests.triples("Macron visited Lyon, Germany and Italy last year.").contains { $0.contains("located_in Germany") })
    }

    @Test func aRegionATitleIsForIsNoBodyTheHolderServes() {
        let found = EncounterTests.triples("UK Minister for the Indo-Pacific, Catherine West, visited the offices of the charity in London.")
        #expect(!found.contains { $0.contains("Indo-Pacific") })
        let entities = ReadoutTests.extraction("UK Minister for the Indo-Pacific, Catherine West, visited London.\n").entities
        #expect(entities.first { $0.name == "Indo-Pacific" }?.kind == .place)
    }
}
