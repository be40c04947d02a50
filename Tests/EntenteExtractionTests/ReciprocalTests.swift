import Testing

@testable import EntenteExtraction

/// "fought each other", "accused one another": the coordinated parties are each other's party.
@Suite struct ReciprocalTests {
    static func triples(_ body: String) -> [String] { EventNounTests.triples(body) }

    @Test func fightingEachOtherIsAClashBetweenTheCoordinatedParties() {
        // The relative clause hangs from the second party only; the first is coordinated with it.
        let found = Self.triples("Officials said Ethiopia and Eritrea, which fought each other for two decades, are now at peace.\n")
        #expect(found.contains("Ethiopia clashes_with Eritrea"))
        #expect(!found.contains { $0.contains(" attacks ") })
    }

    @Test func aOneSidedActDoneToEachOtherRunsBothWays() {
        let found = Self.triples("Armenia and Azerbaijan accused one another of shelling border villages on Sunday.\n")
        #expect(found.contains("Armenia accuses Azerbaijan"))
        #expect(found.contains("Azerbaijan accuses Armenia"))
        // Without the reciprocal, no party of the subject is the other's object.
        #expect(Self.triples("Armenia and Azerbaijan accused the monitors of bias on Sunday.\n").filter { $0.contains("accuses") }.isEmpty)
    }

    @Test func theEventNounTheParserTookForAVerbIsStillTheEvent() {
        // "agree the ceasefire deal": the parse makes "deal" a verb with "ceasefire" as its subject.
        let found = Self.triples("The envoy urged both Israel and Hezbollah to agree the ceasefire deal on the table.\n")
        #expect(found.contains("Israel ceasefire_with Hezbollah"))
        #expect(!found.contains { $0.contains("agrees_with") })
    }
}

/// "A and B have been fighting", "exchanged fire": a verb of one side against another with
/// coordinated subjects and no object is a clash between them.
@Suite struct CoordinatedFightTests {
    @Test func coordinatedSidesFightingWithNoObjectClash() {
        let found = EventNounTests.triples("Sudan's army and the Rapid Support Forces have been fighting since April.\n")
        #expect(found.contains("Sudan clashes_with Rapid Support Forces"))
        #expect(!found.contains { $0.contains(" attacks ") })
        #expect(EventNounTests.triples("Israeli and Hezbollah forces exchanged heavy fire across the border.\n").contains("Israel clashes_with Hezbollah"))
        // With an object, fighting is still one side's attack on the other.
        let attack = EventNounTests.triples("Ukrainian troops are fighting Russian forces near Bakhmut.\n")
        #expect(attack.contains("Ukraine attacks Russia") && !attack.contains { $0.contains("clashes_with") })
    }
}
