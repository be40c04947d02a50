@testable import EntenteExtraction
import EntenteModel
import Testing

/// CAMEO codes a statement about an event by how it commits its source: a threat, a refusal or an
/// intent. The predicate and the modality stay the event's; the event code and PLOVER type follow
/// the commitment.
@Suite struct StatementCodeTests {
    static func coded(_ body: String) -> [String] {
        ExtractorTests.facts(body).map { fact in
            let code = fact.eventCode ?? ExtractorTests.extractor.vocabulary[fact.predicate]?.cameo ?? "-"
            let plover = ExtractorTests.extractor.vocabulary.plover(of: fact) ?? "-"
            return "\(fact.subject.name) \(fact.predicate) \(fact.object.name) \(code) \(plover)"
        }
    }

    @Test func aPromisedEventIsAnIntent() {
        #expect(Self.coded("Norway will give Malawi a loan of 40 million dollars.").contains("Norway aids Malawi 033 AGREE"))
        #expect(Self.coded("Chile agreed to meet Peru next month.").contains { $0.hasPrefix("Chile meets_with Peru 036") })
    }

    @Test func aRefusalToCooperateIsARejection() {
        let found = Self.coded("Chile refused to meet Peru on Monday.")
        #expect(found.contains { $0.hasPrefix("Chile meets_with Peru 125 REJECT") })
    }

    @Test func aThreatIsCodedBesideTheEventItThreatens() {
        let found = Self.coded("Armenia threatened to launch an offensive against Azerbaijan on Monday.")
        #expect(found.contains("Armenia threatens Azerbaijan 138 THREATEN"))
        #expect(found.contains { $0.hasPrefix("Armenia attacks Azerbaijan 190") })
    }

    @Test func anUltimatumIsAThreat() {
        let found = Self.coded("Chile announced it will withdraw its envoy from Peru unless Peru releases the fishermen.")
        #expect(found.contains { $0.hasPrefix("Chile threatens Peru") && $0.hasSuffix("THREATEN") })
    }

    @Test func anEventThatHappenedKeepsItsCode() {
        #expect(Self.coded("Norway gave Malawi a loan on Monday.").contains("Norway aids Malawi 070 AID"))
        #expect(StatementCode.code(of: "190", negated: false, modality: .asserted, commitment: nil) == "190")
        #expect(StatementCode.code(of: "190", negated: false, modality: .future, commitment: nil) == "138")
        #expect(StatementCode.code(of: "070", negated: true, modality: .future, commitment: nil) == "122")
        #expect(StatementCode.threatCode(of: "010") == nil)
    }

    @Test func ploverTypesOfCodes() {
        let vocabulary = PredicateVocabulary.standard
        #expect(vocabulary.plover(forCode: "033") == "AGREE")
        #expect(vocabulary.plover(forCode: "1245") == "REJECT")
        #expect(vocabulary.plover(forCode: "138") == "THREATEN")
        #expect(vocabulary.plover(forCode: "010") == nil)
    }
}
