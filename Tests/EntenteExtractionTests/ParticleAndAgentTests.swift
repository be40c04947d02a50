import Testing

@testable import EntenteExtraction

/// Where the parse puts a pattern's preposition or a passive's agent somewhere other than the
/// pattern expects.
@Suite struct ParticleAndAgentTests {
    static func triples(_ body: String) -> [String] { EventNounTests.triples(body) }

    @Test func aPrepositionReadAsAParticleKeepsItsObject() {
        // "taking over Goma": "over" is the verb's particle and Goma its direct object.
        let found = Self.triples("Rebels of the M23 marched through Bukavu, three weeks after taking over Goma.\n")
        #expect(found.contains("March 23 Movement occupies Goma"))
    }

    @Test func theAgentOfTheSecondParticipleIsTheFirstOnesToo() {
        let found = Self.triples("M23 rebels seized Goma in January. The DRC says the rebels were trained and funded by Rwanda.\n")
        #expect(found.contains { $0.hasPrefix("Rwanda ") && $0.hasSuffix(" March 23 Movement") })
        // Without an agent there is no one who did it.
        #expect(!Self.triples("M23 rebels seized Goma in January. The DRC says the rebels were trained and funded.\n")
            .contains { $0.hasSuffix(" March 23 Movement") })
    }

    @Test func aParticipleTaggedAsAnAdjectiveSharesTheAgent() {
        // The parser reads "armed" as the adjective complement of "are" and hangs the agent on "supported".
        let found = Self.triples("M23 rebels seized Goma in January. Kinshasa says the rebels are heavily armed and supported by Rwanda.\n")
        #expect(found.contains("Rwanda arms March 23 Movement"))
        #expect(found.contains("Rwanda supports March 23 Movement"))
        // An adjective that is no participle makes no act: "are well known and supported by Rwanda".
        let known = Self.triples("M23 rebels seized Goma in January. Kinshasa says the rebels are heavily armed.\n")
        #expect(!known.contains { $0.hasPrefix("Rwanda ") })
    }

    @Test func aNameSpelledOutAfterADashIsNoSecondObject() {
        // "FDLR — the Democratic Forces for the Liberation of Rwanda": the parse makes the spelled-out
        // name a second object of "accuses".
        let found = Self.triples("Rwandan President Paul Kagame accuses the DRC of backing the FDLR — the Democratic Forces for the Liberation of Rwanda, a rebel group.\n")
        #expect(found.contains { $0.hasPrefix("Paul Kagame accuses Democratic Republic of the Congo") })
        #expect(!found.contains { $0.hasPrefix("Paul Kagame accuses Democratic Forces") })
    }
}

/// An event noun under a verb that judges it, and its coordinated phrases.
@Suite struct JudgedEventTests {
    static func triples(_ body: String) -> [String] { EventNounTests.triples(body) }

    @Test func anAppreciatedEventIsTakenAsDoneAndItsPartyPraised() {
        let found = Self.triples("The United States appreciates the close coordination of the Ghanaian Police with the African Union and with NATO.\n")
        #expect(found.contains("United States praises Ghana"))
        #expect(found.contains("Ghana coordinates_with African Union"))
        #expect(found.contains("Ghana coordinates_with North Atlantic Treaty Organization"))
    }

    @Test func supportStatedToTwoPhrasesGoesToBoth() {
        let found = Self.triples("Mexico reiterated its full support to the Secretary-General and to the United Nations.\n")
        #expect(found.contains("Mexico supports United Nations"))
    }
}
