import EntenteModel
import Testing

@testable import EntenteExtraction

/// Readings that named the wrong party, or a party where there was none: each sentence gave a
/// wrong fact before its rule.
@Suite struct WrongPartyTests {
    @Test func aMemberOfAnAllianceIsNotTheAlliance() {
        let found = ReadoutTests.extraction(
            "ANKARA — Turkish F-16 jets shot down a Russian Su-24 bomber near the Syrian border on Tuesday, "
                + "the first time in decades that a NATO member has downed a Russian military aircraft.\n")
        let triples = ExtractorTests.triples(found.facts)
        #expect(triples.contains("Turkey attacks Russia"))
        #expect(!triples.contains { $0.hasPrefix("North Atlantic Treaty Organization") })
        // The alliance acting in its own name still acts.
        let alliance = ExtractorTests.triples(ReadoutTests.extraction("NATO condemned Russia on Monday.\n").facts)
        #expect(alliance.contains("North Atlantic Treaty Organization criticises Russia"))
    }

    @Test func aStructuresNameIsNoParty() {
        let found = ReadoutTests.extraction(
            "Putin and Erdogan agreed on Tuesday to revive the TurkStream gas pipeline.\n")
        #expect(!found.entities.contains { $0.name == "TurkStream" })
        #expect(!ExtractorTests.triples(found.facts).contains { $0.contains("TurkStream") })
    }

    @Test func aPlacePeopleAreTakenFromStandsForNoState() {
        let found = ReadoutTests.extraction(
            "Earlier this month Russia and Turkey organised the evacuation of fighters and civilians from eastern Aleppo.\n")
        #expect(!ExtractorTests.triples(found.facts).contains { $0.hasSuffix("Syria") })
        // A struck city still stands for its state.
        let struck = ExtractorTests.triples(ReadoutTests.extraction("Israel struck Sanaa airport on Friday.\n").facts)
        #expect(struck.contains("Israel attacks Yemen"))
    }

    @Test func twoPlacesTheModelRunsTogetherAreTwoPlaces() {
        let found = ReadoutTests.extraction("Russia fired missiles from Crimea at Kharkiv on Monday.\n")
        #expect(!found.entities.contains { $0.name.contains(" at ") })
        #expect(ExtractorTests.triples(found.facts) == ["Russia attacks Ukraine"])
    }

    @Test func anOffensiveAPartyIsHelpedInIsThatPartys() {
        let found = ReadoutTests.extraction(
            "The United States continues to support the YPG-led Syrian Democratic Forces in an offensive on Raqqa.\n")
        let triples = ExtractorTests.triples(found.facts)
        #expect(triples.contains("United States supports Syrian Democratic Forces"))
        #expect(!triples.contains("United States attacks Syria"))
        #expect(!found.entities.contains { $0.name.hasPrefix("YPG-led") })
    }

    @Test func aCallForAPartyToActIsAnAppeal() {
        let verb = ExtractorTests.triples(ReadoutTests.extraction("The United States called for Russia to withdraw its forces.\n").facts)
        #expect(verb == ["United States appeals_to Russia"])
        let noun = ExtractorTests.triples(ReadoutTests.extraction("Britain renewed its call for Iran to release the detainees.\n").facts)
        #expect(noun == ["United Kingdom appeals_to Iran"])
    }
}
