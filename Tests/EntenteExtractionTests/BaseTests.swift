import EntenteModel
import Testing

@testable import EntenteExtraction

/// Where a group is based, where a region lies, and what a listing for conduct is.
@Suite struct BaseTests {
    static func triples(_ body: String) -> [String] { EventNounTests.triples(body) }

    @Test func aGroupBasedSomewhereIsLocatedThere() {
        let hyphened = Self.triples("Al-Shabab, a Somalia-based militant group, attacked the base.\n")
        #expect(hyphened.contains("Al-Shabaab located_in Somalia"))
        // A region of a state stands for the state it lies in.
        let passive = Self.triples("Officials said Hezbollah is based in southern Lebanon.\n")
        #expect(passive.contains("Hezbollah located_in Lebanon"))
        // A state is not "based" anywhere, whatever the parse says.
        #expect(!Self.triples("Kenya-based diplomats met on Monday.\n").contains { $0.hasSuffix("located_in Kenya") })
    }

    @Test func aGroupOrAStatesPersonnelNamedInAPlaceAreThere() {
        #expect(Self.triples("The United States launched airstrikes against the Islamic State terror group in Somalia.\n")
            .contains("Islamic State located_in Somalia"))
        let personnel = Self.triples("The Secretary condemned the attacks on U.S. personnel in Iraq and Syria.\n")
        #expect(personnel.contains("United States located_in Iraq"))
        #expect(personnel.contains("United States located_in Syria"))
        // A state's own name in a place says nothing of where it is.
        #expect(!Self.triples("U.S. officials in Iraq met on Monday.\n").contains("United States located_in Iraq"))
    }

    @Test func aPlaceAStateOwnsLiesInIt() {
        #expect(Self.triples("The targets were in Somalia's Golis Mountains.\n").contains("Golis Mountains located_in Somalia"))
    }

    @Test func aStateHyphenedByAnyOfItsNamesPlacesTheGroup() {
        // The recogniser leaves "DRC-based" whole; the parse's "DRC" is the state by its alias.
        let alias = Self.triples("The Allied Democratic Forces, a DRC-based militant group, attacked the village of Oicha.\n")
        #expect(alias.contains { $0.hasSuffix("located_in Democratic Republic of the Congo") })
        // A place the gazetteer does not know is still where the group is.
        let unknown = Self.triples("The Allied Democratic Forces, a Congo-based militant group, attacked the village of Oicha.\n")
        #expect(unknown.contains { $0.hasSuffix("located_in Congo") })
        // A lower-case word hyphened to "based" is no place.
        #expect(!Self.triples("The Allied Democratic Forces, a faith-based militant group, attacked the village of Oicha.\n").contains { $0.contains("located_in") })
    }

    @Test func aBodysForcesOrANamedOfficialInAPlacePlaceThem() {
        let triples = EventNounTests.triples(
            "Wagner forces in Mali killed civilians on Monday.\n\n"
                + "An al-Shabab official in central Somalia, Abdi Warsame Nur, claimed the attack.\n")
        #expect(triples.contains("Wagner Group located_in Mali"))
        #expect(triples.contains("Abdi Warsame Nur located_in Somalia"))
        // The official is there; the body he speaks for is not said to be.
        #expect(!triples.contains { $0.hasPrefix("Al-Shabaab located_in") })
        // A state's troops abroad are no residence of the state.
        #expect(!EventNounTests.triples("Russian troops in Syria shelled Idlib.\n").contains { $0.contains("located_in") })
    }

    @Test func aBaseOwnedByAGroupPlacesTheGroup() {
        let found = Self.triples("Hezbollah fired rockets from its stronghold in southern Lebanon on Monday.\n")
        #expect(found.contains("Hezbollah located_in Lebanon"))
    }

    @Test func aRegionOfAStateLiesInIt() {
        let found = Self.triples("The envoy flew to the semi-autonomous Puntland region of Somalia on Monday.\n")
        #expect(found.contains("Puntland located_in Somalia"))
    }

    @Test func aPlaceInAppositionOrAPlaceNounsOwnerHoldsThePlace() {
        let found = Self.triples("Grain was looted from depots in Kassala, eastern Sudan, and in the Chadian capital, N'Djamena.\n")
        #expect(found.contains("Kassala located_in Sudan"))
        #expect(found.contains("N'Djamena located_in Chad"))
        // A dateline's apposition is the story's first party, not a place the dateline lies in.
        #expect(!Self.triples("MOSCOW — Armenia and Azerbaijan signed a deal on Tuesday.\n").contains { $0.contains("located_in") })
    }

    @Test func theStatesListedAsAPartysPartnersAreItsAllies() {
        let found = Self.triples("Russia relies on its allies such as Belarus and Iran.\n")
        #expect(found.contains("Belarus ally_of Russia"))
        #expect(found.contains("Iran ally_of Russia"))
    }

    @Test func aStatesMembershipOrAccessionMakesItAMember() {
        let found = ReadoutTests.extraction("Finland's accession to NATO was completed in April, and Turkey backed Sweden's NATO membership.\n").facts
        let finland = found.first { $0.subject.name == "Finland" && $0.predicate == "member_of" }
        #expect(finland?.modality == .asserted)
        // Backed, the membership is still to come.
        let sweden = found.first { $0.subject.name == "Sweden" && $0.predicate == "member_of" }
        #expect(sweden?.modality == .hypothetical)
    }

    @Test func aListingForConductIsASanction() {
        let found = Self.triples("The State Department is designating Hezbollah for its involvement in the attacks on Israel.\n")
        #expect(found.contains("United States sanctions Hezbollah"))
        #expect(!found.contains("United States labels_as_terrorists Hezbollah"))
        // Designated to do a job is no listing.
        #expect(!Self.triples("The ministry designated Sudan's envoy to lead the talks with Egypt.\n").contains { $0.contains("sanctions") })
    }

    @Test func aBodysHeadWordAloneIsTheBodyNamedBefore() {
        let found = ReadoutTests.extraction(
            "The Department of State is designating Hezbollah for its involvement in attacks.\n\n"
                + "The Department is also designating Iran’s Islamic Revolutionary Guard Corps Intelligence Organization (IRGC-IO) for its involvement in the wrongful detention.\n")
        #expect(!found.entities.contains { $0.name == "Department" })
        #expect(ExtractorTests.triples(found.facts).contains("United States sanctions Iran"))
    }

    @Test func aTitlesPortfolioNamesNoParty() {
        let found = ReadoutTests.extraction(
            "Kenya's envoy met the Assistant Secretary of State for European and Eurasian Affairs, James O'Brien, on Monday.\n")
        #expect(!found.entities.contains { $0.name.contains("Europe") })
        #expect(found.entities.contains { $0.name == "James O'Brien" })
        // Written in lower case, the title leaves the portfolio's capitals to the name finder.
        let lower = ReadoutTests.extraction("Jane Roe, deputy assistant secretary of state for European and Eurasian Affairs, spoke on Monday.\n")
        #expect(!lower.entities.contains { $0.name.contains("Europe") || $0.name.contains("Affairs") })
    }

    @Test func aPossessiveInAClauseWithoutSubjectIsTheGoverningSubjects() {
        let found = Self.triples("These are parts Russia is using to build drones for its war against Ukraine.\n")
        #expect(found.contains("Russia attacks Ukraine"))
    }
}

/// Where a person was.
@Suite struct WhereaboutsTests {
    @Test func aPersonWhoWasSomewhereIsLocatedThere() {
        let found = EventNounTests.triples("Prime Minister Ariel Henry, who was in Kenya when the violence broke out, resigned in April.\n")
        #expect(found.contains("Ariel Henry located_in Kenya"))
        // A state "in talks", a person "in favour": no place.
        #expect(!EventNounTests.triples("President William Ruto was in favour of the plan on Monday.\n").contains { $0.contains("located_in") })
    }
}

/// A list of places is no place within a place.
@Suite struct PlaceListTests {
    @Test func anAppositionThatGoesOnAsAListIsTheListsNextName() {
        // The parser makes "Masagaway" an apposition of "El Dheer" and the rest its conjuncts.
        let found = EventNounTests.triples("Somali troops have withdrawn from El Dheer, Masagaway, Gal’ad and Budbud in central Somalia.\n")
        #expect(found.contains("Somalia withdraws_from Masagaway"))
        #expect(!found.contains("El Dheer located_in Masagaway"))
    }
}

/// A body named with a noun for what it is, and the state that describes it.
@Suite struct DescribedBodyTests {
    @Test func aStatesFirmIsABodyLocatedInTheState() {
        let text = "Shipping was disrupted on Monday. British maritime security firm Calder identified the ship as a container ship.\n"
        let extraction = ReadoutTests.extraction(text)
        #expect(extraction.entities.contains { $0.name == "Calder" && $0.kind == .organisation })
        #expect(EventNounTests.triples(text).contains("Calder located_in United Kingdom"))
    }

    @Test func aCitysBodyIsLocatedInTheCityNotItsGovernment() {
        let text = "Maria Holm, an analyst at The Lantern, a Washington NGO, said Rwanda supplies the M23.\n\n"
            + "The Kestrel Institute, a Beijing think tank, said China arms Russia.\n"
        let extraction = ReadoutTests.extraction(text)
        let triples = ExtractorTests.triples(extraction.facts)
        #expect(triples.contains("The Lantern located_in Washington"))
        #expect(triples.contains("Kestrel Institute located_in Beijing"))
        #expect(!extraction.entities.contains { $0.name == "United States" })
    }

    @Test func aNameInCapitalsThatSpeaksIsABody() {
        let extraction = ReadoutTests.extraction("Shipping was disrupted on Monday. UKMTA said the crew was safe.\n")
        #expect(extraction.entities.contains { $0.name == "UKMTA" && $0.kind == .organisation })
    }
}
