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

/// Money given aids whom it is for.
@Suite struct FundingTests {
    static func statement(_ body: String) -> [String] {
        EncounterTests.statement(body, source: "Foreign, Commonwealth & Development Office")
    }

    @Test func moneyGivenAidsWhomItIsForNamedOrPurposedOrBeside() {
        #expect(Self.statement("The UK has pledged £25 million for Sudan.").contains("United Kingdom aids Sudan"))
        #expect(Self.statement("The UK has provided over $800 million to address the humanitarian crisis in Afghanistan.")
            .contains("United Kingdom aids Afghanistan"))
        // (Not the state its sentence only names: aid for those an earthquake struck there is not
        // aid to its regime; and no money, no aid.)
        #expect(!Self.statement("Lifesaving support for those affected by the earthquake in Myanmar will go further, with the UK providing £25 million for humanitarian assistance.")
            .contains("United Kingdom aids Myanmar"))
        #expect(!Self.statement("The humanitarian situation in Yemen is dire. The UK has provided leadership.").contains { $0.contains("aids") })
    }
}

/// A call for a truce between the story's two sides.
@Suite struct CalledTrucesTests {
    @Test func aCallForATruceAppealsToTheStorysSidesAndAdvocatesTheTruce() throws {
        let found = EncounterTests.statement(
            "Israel and Hamas have fought in Gaza since October 2023.\n\nWe call for an immediate ceasefire in Gaza.",
            source: "Foreign, Commonwealth & Development Office")
        #expect(found.contains("United Kingdom appeals_to Israel"))
        #expect(found.contains("United Kingdom appeals_to Hamas"))
        #expect(found.contains("Israel ceasefire_with Hamas"))
        let owned = TrucesTests.facts(
            "Russia and Ukraine have fought since 2022. The minister emphasized President Trump's call for an immediate ceasefire.")
        #expect(try #require(TrucesTests.truce(owned, "Russia", "Ukraine")).modality == .advocated)
        // (A call that names its own parties is theirs: no truce between the story's other sides.)
        let named = EncounterTests.statement(
            "Iran and Israel traded strikes this month.\n\nWe have called for a ceasefire in Lebanon, by Lebanese Hizballah and Israel.",
            source: "Foreign, Commonwealth & Development Office")
        #expect(!named.contains("Iran ceasefire_with Israel"))
    }
}
