@testable import EntenteExtraction
import EntenteModel
import Testing

/// Names PETRARCH2's actor dictionary knows and the gazetteer does not, with the role that held on
/// the article's date.
@Suite struct DictionaryMentionsTests {
    static func entity(named name: String, in body: String, published: String) -> Entity? {
        let page = PageReader.read("A Headline For The Test\nPublished: \(published)\n\n\(body)\n")
        return ExtractorTests.extractor.extract(page).entities.first { $0.name == name }
    }

    @Test func aLeadersRoleIsTheOneHeldOnTheArticlesDate() {
        let body = "Recep Tayyip Erdogan criticised Greece on Monday."
        #expect(Self.entity(named: "Recep Tayyip Erdogan", in: body, published: "2017-03-23")?.cameo == "TURGOV")
        #expect(Self.entity(named: "Recep Tayyip Erdogan", in: body, published: "1999-03-23")?.cameo == "TURELI")
        let facts = ExtractorTests.facts(body, published: "2017-03-23")
        #expect(facts.first { $0.object.name == "Greece" }?.role == "government")
    }

    @Test func aShortNameResolvesToTheEntrysFullName() {
        let entity = Self.entity(named: "Hamid Karzai", in: "President Karzai met Pakistan's envoy in Kabul.", published: "2005-05-01")
        #expect(entity?.type == "person")
        #expect(entity?.cameo == "AFGGOV")
    }

    @Test func internationalOfficialsArePeople() {
        let entity = Self.entity(named: "Ban Ki Moon", in: "Ban Ki Moon urged Syria to end the siege.", published: "2012-05-01")
        #expect(entity?.kind == .actor)
        #expect(entity?.type == "person")
        #expect(entity?.cameo == "IGOUNO")
    }

    @Test func aStatesCitiesStayPlaces() {
        let page = PageReader.read("A Headline For The Test\nPublished: 2017-03-23\n\nTurkish police detained 20 people in Istanbul on Monday.\n")
        let extraction = ExtractorTests.extractor.extract(page)
        #expect(!(extraction.mentions[extraction.entities.first { $0.name == "Turkey" } ?? Entity(name: "-", kind: .place, type: "-")] ?? [])
            .contains { $0.text == "Istanbul" })
    }

    @Test func titleCasingKeepsConnectorsAndAbbreviations() {
        #expect(DictionaryMentions.titleCased("recep tayyip erdogan") == "Recep Tayyip Erdogan")
        #expect(DictionaryMentions.titleCased("bank of england") == "Bank of England")
        #expect(DictionaryMentions.titleCased("u.s. army") == "U.S. Army")
        #expect(DictionaryMentions.titleCased("abdullah ii") == "Abdullah II")
    }
}
