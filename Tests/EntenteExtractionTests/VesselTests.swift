import EntenteModel
import Testing

@testable import EntenteExtraction

/// Ships named with their prefix are their navy's state, or no party at all.
@Suite struct VesselTests {
    @Test func aWarshipIsItsNavysStateNotTheStateItIsNamedFor() {
        let found = ReadoutTests.extraction(
            "The submarine USS Georgia struck Houthi targets in Yemen on Friday.\n\n"
                + "The Houthis fired missiles at HMS Diamond in the Red Sea.\n")
        let names = Set(found.entities.map(\.name))
        #expect(!names.contains("Georgia"))
        let triples = ExtractorTests.triples(found.facts)
        #expect(triples.contains("United States attacks Houthis"))
        #expect(triples.contains { $0.hasPrefix("Houthis") && $0.hasSuffix("United Kingdom") })
    }

    @Test func aMerchantShipNamesNoParty() {
        let found = ReadoutTests.extraction("The Houthis seized the MV Galaxy Leader in November.\n")
        #expect(!found.entities.contains { $0.name.contains("MV") || $0.name.contains("Galaxy") })
        #expect(found.facts.isEmpty)
    }
}
