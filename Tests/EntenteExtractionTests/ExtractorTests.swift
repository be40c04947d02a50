@testable import EntenteExtraction
import EntenteModel
import Testing

@Suite struct ExtractorTests {
    static let extractor = Extractor()

    static func facts(_ body: String, published: String = "2017-03-23") -> [Fact] {
        let page = PageReader.read("A Headline For The Test\nPublished: \(published)\n\n\(body)\n")
        return extractor.extract(page).facts
    }

    static func triples(_ facts: [Fact]) -> [String] {
        facts.map { "\($0.subject.name) \($0.predicate) \($0.object.name)\($0.negated ? " (negated)" : "")" }
    }

    @Test func aSimpleSentence() {
        let facts = Self.facts("Turkey attacked the PKK in northern Iraq on Monday.")
        #expect(Self.triples(facts) == ["Turkey attacks Kurdistan Workers' Party"])
        #expect(facts.first?.date?.description == "2017-03-20")
        #expect(facts.first?.dateReason == "relative: monday")
    }

    @Test func negatedClashesAreNeverClashes() {
        let facts = Self.facts("There were no reports of any clashes between Syria and Turkey.")
        #expect(Self.triples(facts) == ["Syria clashes_with Turkey (negated)"])
    }

    @Test func coordinatedActorsMakeOneFactEach() {
        let facts = Self.facts("The United States and Egypt are trying to force Turkey to make concessions.")
        #expect(Self.triples(facts) == ["United States pressures Turkey", "Egypt pressures Turkey"])
    }

    @Test func passiveVoiceSwapsTheParties() {
        let facts = Self.facts("Turkish positions were attacked by Islamic State fighters near the border.")
        #expect(Self.triples(facts) == ["Islamic State attacks Turkey"])
    }

    @Test func reportedSpeechKeepsItsSpeaker() {
        let facts = Self.facts("Pekin told Sputnik that Washington is providing military support to the PKK.")
        #expect(Self.triples(facts) == ["United States arms Kurdistan Workers' Party"])
        #expect(facts.first?.modality == .reported)
        #expect(facts.first?.speaker?.name == "Pekin" || facts.first?.speaker?.name == "Sputnik")
    }

    @Test func advocacyIsAModality() {
        let facts = Self.facts("Turkey should establish dialogue with Damascus, the analyst said.")
        #expect(Self.triples(facts) == ["Turkey consults Syria"])
        #expect(facts.first?.modality == .advocated)
    }

    @Test func explicitDatesWinOverThePublicationDate() {
        let facts = Self.facts("Russia signed an agreement with Turkey on February 4, 2017.")
        #expect(facts.first?.date?.description == "2017-02-04")
        #expect(facts.first?.dateReason == "explicit")
    }

    @Test func commentsYieldNothingUnlessAsked() throws {
        let text = try PageReaderTests.fixture("page-with-comments")
        let page = PageReader.read(text)
        let quiet = Self.extractor.extract(page)
        #expect(!quiet.facts.contains { $0.evidence?.text?.contains("everybody knows") == true })
        #expect(!quiet.facts.contains { $0.evidence?.text?.contains("Pledges") == true })
        let loud = Extractor(options: .init(includeComments: true)).extract(page)
        let fromComments = loud.facts.filter { $0.evidence?.text?.contains("everybody knows") == true }
        #expect(Self.triples(fromComments) == ["Niger attacks Mali"])
        #expect(fromComments.allSatisfy { $0.confidence <= 0.5 })
    }

    @Test func gazetteerNamesRespectCapitals() {
        let page = PageReader.read("Headline Words Here\n\nLet us say the US and the UN talked. Who knows what WHO said about Turkish-made drones.\n")
        let names = Set(Self.extractor.extract(page).entities.map(\.name))
        #expect(names.contains("United States"))
        #expect(names.contains("United Nations"))
        #expect(names.contains("World Health Organization"))
        #expect(!names.contains("Turkey"))
    }
}
