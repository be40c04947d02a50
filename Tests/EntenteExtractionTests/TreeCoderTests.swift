@testable import EntenteExtraction
import EntenteModel
import Testing

/// The tree coder's rules, each on a sentence written for it, through the whole extractor (page
/// reading, mentions, the parse, coding).
@Suite struct TreeCoderTests {
    static func triples(_ body: String) -> [String] {
        let facts = ExtractorTests.facts(body)
        return facts.map {
            "\($0.subject.name) \($0.predicate) \($0.object.name)\($0.negated ? " (negated)" : "")\($0.modality == .asserted || $0.modality == .reported ? "" : " [\($0.modality.rawValue)]")"
        }
    }

    @Test func aTargetInANestedPrepositionalPhrase() {
        // The object of "with" hangs under the noun the light verb governs.
        #expect(Self.triples("Iran held lengthy talks with Russia in Moscow on Monday.").contains("Iran negotiates_with Russia"))
    }

    @Test func passiveVoiceTakesTheAgentAsSource() {
        #expect(Self.triples("Ukraine was attacked by Russia on Monday.") == ["Russia attacks Ukraine"])
    }

    @Test func coordinatedObjectsMultiplyFacts() {
        let found = Self.triples("Turkey accused Russia and Iran of violating the truce.")
        #expect(found.contains("Turkey accuses Russia"))
        #expect(found.contains("Turkey accuses Iran"))
    }

    @Test func aComplementKeepsTheOuterVerbsNegation() {
        let found = Self.triples("Turkey refused to recognise Cyprus on Monday.")
        #expect(found.contains("Turkey recognises Cyprus (negated)"))
        #expect(!found.contains("Turkey recognises Cyprus"))
    }

    @Test func auxiliariesGiveModality() {
        let found = Self.triples("Officials said Israel would strike Iran if the talks failed.")
        #expect(found.contains { $0.hasPrefix("Israel") && $0.contains("Iran") && $0.contains("[hypothetical]") })
        #expect(!found.contains { $0.hasPrefix("Israel") && $0.contains("Iran") && !$0.contains("[") })
    }

    @Test func anAttemptIsNotYetTheEvent() {
        let found = Self.triples("Egypt is trying to force Turkey to make concessions.")
        #expect(!found.contains("Egypt coerces Turkey"))
    }

    @Test func objectControlGivesTheComplementItsSubject() {
        // "urged Iran to negotiate with the United States": Iran, not Russia, negotiates.
        let found = Self.triples("Russia urged Iran to negotiate with the United States.")
        #expect(!found.contains { $0.hasPrefix("Russia negotiates_with") })
    }

    @Test func oneShortSentenceIsBodyNotTitle() {
        let page = PageReader.read("Russia attacked Ukraine.\n")
        let facts = ExtractorTests.extractor.extract(page).facts
        #expect(ExtractorTests.triples(facts) == ["Russia attacks Ukraine"])
        #expect(page.title == nil)
    }

    @Test func agentNounsGiveTheActorsRole() {
        let facts = ExtractorTests.facts("The talks collapsed after Turkish lawmakers condemned Greece on Monday.")
        let fact = facts.first { $0.subject.name == "Turkey" && $0.object.name == "Greece" }
        #expect(fact?.role == "legislature")
        #expect(TreeCoder.role(ofAgent: "soldiers") == "military")
        #expect(TreeCoder.role(ofAgent: "weather") == nil)
    }
}
