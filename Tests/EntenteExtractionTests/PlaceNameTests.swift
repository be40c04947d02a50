import EntenteModel
import Testing

@testable import EntenteExtraction

/// When a name is a place: a capital where things happen, names listed beside a place, "New York".
@Suite struct PlaceNameTests {
    static func extraction(_ body: String) -> ArticleExtraction { ReadoutTests.extraction(body) }

    @Test func aRegionNamedByDirectionIsItsStateAsAParty() {
        let found = Self.extraction("Hezbollah fired rockets into northern Israel on Tuesday.\n")
        #expect(found.facts.contains { $0.subject.name == "Hezbollah" && $0.predicate == "attacks" && $0.object.name == "Israel" })
        // The region is still a place of the story.
        #expect(found.entities.contains { $0.name == "northern Israel" && $0.kind == .place })
        // A state acting in its own region is no act on itself.
        #expect(!Self.extraction("Israel deployed troops in northern Israel.\n").facts.contains { $0.subject.name == "Israel" && $0.object.name == "Israel" })
    }

    @Test func aCapitalWhereThingsHappenIsTheCity() {
        let found = Self.extraction(
            "Hungary's prime minister visited Kyiv on Tuesday, after talks in Beijing.\n\n"
                + "Kyiv said the visit was useful, and Washington's envoy agreed.\n")
        let places = Set(found.entities.filter { $0.kind == .place }.map(\.name))
        #expect(places.isSuperset(of: ["Kyiv", "Beijing"]))
        // Said by the capital, or owned by it, the capital is the government.
        let kyiv = found.mentions.filter { $0.value.contains { $0.text == "Kyiv" } }.map(\.key)
        #expect(kyiv.contains { $0.name == "Ukraine" })
        #expect(found.entities.contains { $0.name == "United States" })
        #expect(!places.contains("Washington"))
    }

    @Test func aCapitalNamedAsTheCapitalOrListedWithPlacesIsTheCity() {
        let found = Self.extraction(
            "Police officers from Ghana landed in the Malian capital, Bamako, on Friday.\n\n"
                + "Aid could not reach parts of Kordofan and Khartoum, and shelling hit the capital Sanaa.\n")
        let places = Set(found.entities.filter { $0.kind == .place }.map(\.name))
        #expect(places.isSuperset(of: ["Bamako", "Khartoum", "Sanaa"]))
        #expect(!found.entities.contains { $0.name == "Sudan" })
    }

    @Test func featuresJoinedByAndOrNamedWithOfArePlaces() {
        let found = Self.extraction("Tankers crossing the Arabian Sea and Gulf of Oman were escorted toward the Horn of Africa.\n")
        let places = Set(found.entities.filter { $0.kind == .place }.map(\.name))
        #expect(places.isSuperset(of: ["Arabian Sea", "Gulf of Oman", "Horn of Africa"]))
        #expect(!places.contains("Africa"))
        #expect(!found.entities.contains { $0.name == "Oman" })
    }

    @Test func aLoneNameWhereOnlyAPlaceCanStandIsAPlace() {
        let found = Self.extraction("Militia fighters seized Kherson and shelling continued in Bakhmut.\n")
        let places = Set(found.entities.filter { $0.kind == .place }.map(\.name))
        #expect(places.isSuperset(of: ["Kherson", "Bakhmut"]))
        #expect(!found.entities.contains { $0.type == "person" })
        // The model calls this one a group; after "from eastern" it is a city's part.
        let group = Self.extraction(
            "The deal excludes Islamic State and the Nusra Front. Earlier this month Russia and Turkey organised "
                + "the evacuation of fighters and civilians from eastern Aleppo.\n")
        #expect(group.entities.contains { $0.name == "Aleppo" && $0.kind == .place })
    }

    @Test func aGerundAfterAPrepositionIsDoneByTheClausesSubject() {
        let triples = ExtractorTests.triples(Self.extraction("Al-Shabab fighters withdrew on Monday, hours after attacking Kenya.\n").facts)
        #expect(triples.contains("Al-Shabaab attacks Kenya"))
    }

    @Test func aGerundAfterAnAdjectivesPrepositionIsDoneByTheClausesSubject() {
        let text = "Statement on Ghana\nPublished: 3 May 2024\nSource: U.S. Department of State\n\n"
            + "We remain committed to supporting Ghana.\n"
        #expect(ExtractorTests.triples(Extractor().extract(PageReader.read(text)).facts).contains("United States supports Ghana"))
    }

    @Test func aHyphenedTitleIsNoPartOfTheName() {
        let found = Self.extraction("Blinken spoke today with Commander-in-Chief Arvid Lindqvist of Sweden.\n")
        #expect(found.entities.contains { $0.name == "Arvid Lindqvist" && $0.type == "person" })
        #expect(!found.entities.contains { $0.name.hasPrefix("Commander") })
    }

    @Test func aDatelineInCapitalsIsThePlace() {
        let found = Self.extraction("WASHINGTON — Officials met on Monday to discuss the talks.\n")
        #expect(found.entities.contains { $0.name == "Washington" && $0.kind == .place })
    }

    @Test func newIsPartOfAName() {
        let found = Self.extraction("The Secretary-General spoke to reporters in New York on Monday.\n")
        #expect(found.entities.contains { $0.name == "New York" })
        #expect(!found.entities.contains { $0.name == "York" })
    }

    @Test func namesListedWithAPlaceAreTheTroopsDestinations() {
        let found = Self.extraction(
            "Somali government forces retreated on Monday.\n\n"
                + "Officials said government troops retreated from Qorilow, Dharkeyn, Warsame and Budbud.\n")
        let triples = ExtractorTests.triples(found.facts)
        for town in ["Qorilow", "Dharkeyn", "Warsame", "Budbud"] {
            #expect(triples.contains("Somalia withdraws_from \(town)"), "\(town)")
        }
        #expect(!triples.contains { $0.contains("member_of") })
    }

    @Test func aFirstNameBeforeAKnownSurnameIsTheSamePerson() {
        let found = Self.extraction("Orban urged Volodymyr Zelenskyy to consider a ceasefire.\n")
        let zelensky = found.entities.first { $0.name == "Volodymyr Zelensky" }
        #expect(found.mentions[zelensky!]?.contains { $0.text == "Volodymyr Zelenskyy" } == true)
    }

    @Test func aRegionIsNamedWithoutItsHeadAndFeastsAreNoParties() {
        let found = Self.extraction(
            "Fighters crossed into the semi-autonomous Puntland region on Sunday.\n\n"
                + "Police guarded churches before Orthodox Easter and during the Muslim holy month.\n\n"
                + "Washington — Officials met on Monday.\n")
        let names = Set(found.entities.map(\.name))
        #expect(names.contains("Puntland"))
        #expect(!names.contains { $0.contains("Easter") || $0 == "Muslim" })
        #expect(found.entities.contains { $0.name == "Washington" && $0.kind == .place })
    }
}
