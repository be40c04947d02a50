import EntenteModel
import Testing

@testable import EntenteExtraction

/// Truces the text asks for, agrees or names without the word "ceasefire" between its sides.
@Suite struct TrucesTests {
    static func facts(_ body: String) -> [Fact] { ReadoutTests.extraction(body + "\n").facts }

    static func truce(_ facts: [Fact], _ first: String, _ second: String) -> Fact? {
        facts.first { fact in
            fact.predicate == "ceasefire_with" && Set([fact.subject.name, fact.object.name]) == Set([first, second])
        }
    }

    @Test func anEndToTheFightingUrgedIsATruceAdvocatedBesideTheFightingItPresupposes() throws {
        let urged = Self.facts("Norway underscored the urgent need for the Sudanese Armed Forces and the Rapid Support Forces to end the war.")
        let truce = try #require(Self.truce(urged, "Sudan", "Rapid Support Forces"))
        #expect(truce.modality == .advocated)
        #expect(!truce.negated)
        #expect(urged.contains { $0.predicate == "clashes_with" && $0.modality == .asserted })
        // Refused, the truce is negated; the fighting still stands.
        let refused = Self.facts("Israel and Hamas refused to end the war.")
        #expect(try #require(Self.truce(refused, "Israel", "Hamas")).negated)
    }

    @Test func anEndToAFightingThatNamesItsSidesIsATruceBetweenThem() throws {
        let sought = Self.facts("Norway's envoy was hopeful of a diplomatic solution to end the conflict along the border between Israel and Lebanon.")
        #expect(try #require(Self.truce(sought, "Israel", "Lebanon")).modality == .advocated)
        // (A dispute is no fighting: nothing to end by a truce.)
        #expect(Self.truce(Self.facts("Norway was hopeful of a solution to end the dispute along the border between Israel and Lebanon."), "Israel", "Lebanon") == nil)
    }

    @Test func anAgreementForACeasefireIsATruceNotAnyAgreement() {
        let found = Self.facts("Israel and Hamas need to reach an agreement for a cease-fire.")
        #expect(Self.truce(found, "Israel", "Hamas") != nil)
        #expect(!found.contains { $0.predicate == "signs_agreement_with" })
        #expect(Self.facts("Israel and Hamas reached an agreement on trade.").contains { $0.predicate == "signs_agreement_with" })
    }
}
