import EntenteModel
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

/// An attack reported before, repelled or intercepted later.
@Suite struct RepelledAttackTests {
    @Test func whoeverRepelsAnAttackActsAgainstItsAttacker() {
        let found = EventNounTests.triples(
            "Houthi militants fired missiles at Israel on Monday.\n\nBritish and French warships in the Red Sea repelled yesterday's attack.\n")
        #expect(found.contains("United Kingdom attacks Houthis"))
        #expect(found.contains("France attacks Houthis"))
        // With no attack reported before, nobody is its attacker.
        let alone = EventNounTests.triples("British and French warships in the Red Sea repelled yesterday's attack.\n")
        #expect(!alone.contains { $0.hasSuffix("attacks Houthis") })
    }
}

/// "British and French warships": two states own the agents the recogniser names with the second.
@Suite struct CoordinatedOwnerTests {
    @Test func bothCoordinatedStatesOwnTheAgents() {
        let found = EventNounTests.triples("British and French warships attacked Yemen.\n")
        #expect(found.contains("United Kingdom attacks Yemen"))
        #expect(found.contains("France attacks Yemen"))
        // "U.S. and British forces": the parser may hang the first state as the noun's modifier.
        let struck = EventNounTests.triples("U.S. and British forces struck Houthi targets in Yemen overnight.\n")
        #expect(struck.contains("United States attacks Houthis") && struck.contains("United Kingdom attacks Houthis"))
        // A single owner stays single.
        #expect(EventNounTests.triples("French warships attacked Yemen on Monday, officials said.\n").filter { $0.hasSuffix("attacks Yemen") } == ["France attacks Yemen"])
    }
}

/// Elections to a body, won or lost.
@Suite struct ElectionTests {
    @Test func electedToABodyIsAMemberAndFailingToBeElectedIsNot() {
        #expect(EventNounTests.triples("Belarus was elected to the Human Rights Council on Monday.\n").contains("Belarus member_of Human Rights Council"))
        let lost = ReadoutTests.extraction("Belarus has failed to be elected to the Human Rights Council and the Executive Board.\n").facts
        #expect(lost.contains { $0.subject.name == "Belarus" && $0.predicate == "member_of" && $0.object.name == "Human Rights Council" && $0.negated })
        #expect(!lost.contains { $0.predicate == "member_of" && !$0.negated })
    }
}

/// A party's operations in a place.
@Suite struct OperationTests {
    @Test func aPartysOperationsInAPlaceAreAnAttackOnIt() {
        #expect(EventNounTests.triples("The minister reviewed Ethiopia's operations in Somalia on Monday.\n").contains("Ethiopia attacks Somalia"))
        // A peacekeeping operation is no attack.
        #expect(!EventNounTests.triples("The minister praised Kenya's peacekeeping operation in Haiti on Monday.\n").contains { $0.contains("attacks") })
    }
}
