import Testing

@testable import EntenteExtraction

/// Arrests named as nouns, and those involved in an event.
@Suite struct InvolvementTests {
    static func triples(_ body: String) -> [String] { EventNounTests.triples(body) }

    @Test func anArrestNamedAsANounHasItsOwnerAndItsObject() {
        #expect(Self.triples("Belarus's arrest of two Polish reporters drew protests.\n").contains("Belarus arrests Poland"))
        #expect(Self.triples("The abduction of three Turkish engineers by Hamas angered Ankara.\n").contains("Hamas abducts Turkey"))
    }

    @Test func thoseInvolvedInAnEventCarryItOut() {
        let involved = Self.triples("Iran has repeatedly been involved in the arrest, interrogation and detention of French nationals.\n")
        #expect(involved.contains("Iran arrests France"))
        // "designating X for its involvement in": the one designated was involved.
        let designated = Self.triples(
            "The Department is designating Belarus's State Security Committee for its involvement in the detention of at least one Lithuanian national.\n")
        #expect(designated.contains { $0.hasSuffix("arrests Lithuania") && !$0.hasPrefix("United States") })
        // A role in something else is no arrest.
        #expect(!Self.triples("Iran has been involved in the talks with French officials.\n").contains("Iran arrests France"))
    }
}
