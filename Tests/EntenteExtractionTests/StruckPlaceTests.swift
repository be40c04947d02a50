import EntenteModel
import Testing

@testable import EntenteExtraction

/// Cities struck, demonstrated in or built on: the place is named, the state it lies in is the party.
@Suite struct StruckPlaceTests {
    static func found(_ body: String) -> (places: Set<String>, triples: [String]) {
        let extraction = ReadoutTests.extraction(body)
        return (Set(extraction.entities.filter { $0.kind == .place }.map(\.name)), ExtractorTests.triples(extraction.facts))
    }

    @Test func aStruckCapitalIsAPlaceAndItsStateTheTarget() {
        let struck = Self.found("Israel struck Sanaa on Tuesday.\n\nRussia's strikes on Kyiv killed five.\n")
        #expect(struck.places.isSuperset(of: ["Sanaa", "Kyiv"]))
        #expect(struck.triples.contains("Israel attacks Yemen"))
        #expect(struck.triples.contains("Russia attacks Ukraine"))
        #expect(!struck.triples.contains { $0.hasSuffix(" Sanaa") || $0.hasSuffix(" Kyiv") })
    }

    @Test func aCityBeforeAFacilityIsThePlaceWithItsApostropheCurled() {
        let airport = Self.found("Israel struck Sana\u{2019}a airport and Kyiv railway station, officials said.\n")
        #expect(airport.places.contains("Sanaa") && airport.places.contains("Kyiv"))
        #expect(airport.triples.contains("Israel attacks Yemen"))
        // The place named on the noun of a relative clause does not do what the clause says.
        let injured = Self.found("Norway condemned the attack on Sana\u{2019}a airport which endangered the World Health Organization's team.\n")
        #expect(!injured.triples.contains { $0.contains("threatens") })
    }

    @Test func aCityTheActorDictionaryFilesUnderItsStateIsAPlaceInIt() {
        let cities = Self.found(
            "Russian drones hit Odesa and Kharkiv on Monday.\n\n"
                + "Thousands of Kurds demonstrated in the northern city of Kirkuk on Sunday.\n")
        #expect(cities.places.isSuperset(of: ["Odesa", "Kharkiv", "Kirkuk"]))
        #expect(cities.triples.contains("Russia strikes_from_air Ukraine"))
        #expect(cities.triples.contains("Kurds protests_against Iraq"))
        #expect(!cities.triples.contains { $0.hasSuffix(" Kharkiv") || $0.hasSuffix(" Kirkuk") })
        // A city one visits stays the place.
        #expect(Self.found("Viktor Orban visited Kharkiv on Tuesday.\n").triples.contains("Viktor Orbán visits Kharkiv"))
    }

    @Test func aSurnameThatIsAlsoACityStaysThePerson() {
        let found = ReadoutTests.extraction(
            "Secretary of Defense Lloyd J. Austin III spoke with Israeli Minister of Defense Yoav Gallant.\n\n"
                + "Secretary Austin underscored his support for Israel.\n")
        #expect(!found.entities.contains { $0.name == "Austin" && $0.kind == .place })
        #expect(!ExtractorTests.triples(found.facts).contains { $0.hasPrefix("United States") })
    }
}
