import EntenteModel
import Testing

@testable import EntenteExtraction

/// A known body's acronymed mechanism is a body of its own, and its members may be listed in
/// brackets after its name.
@Suite struct AcronymedBodyTests {
    static func triples(_ text: String) -> [String] { EncounterTests.triples(text) }
    static func entities(_ text: String) -> [String] { FormalNameTests.entities(text).map(\.name) }

    @Test func aKnownBodysNameWithAnUnknownAcronymNamesOneBody() {
        #expect(Self.entities("Today the G7 RRM issued a statement.").contains("G7 RRM"))
        #expect(!Self.entities("Today the G7 RRM issued a statement.").contains("RRM"))
        #expect(Self.entities("The EU NAVFOR operation continued.").contains("EU NAVFOR"))
        // A UN title written short is a title, and the name after it is the holder's.
        let titled = Self.entities("UN SRSG Keita visited Goma.")
        #expect(titled.contains("Keita"))
        #expect(!titled.contains { $0.contains("SRSG") })
        // Two known names side by side stay two.
        #expect(Self.entities("The EU and the UK issued a statement.").contains("European Union"))
    }

    @Test func membersListedInBracketsAfterTheBodyAreItsMembers() {
        let found = Self.triples(
            "Today, members of the G7 RRM (Canada, France, the United Kingdom and the European Union) issued the following statement.")
        #expect(found.contains("Canada member_of G7 RRM"))
        #expect(found.contains("United Kingdom member_of G7 RRM"))
        #expect(found.contains("European Union member_of G7 RRM"))
        #expect(!found.contains { $0.hasSuffix("member_of G7") })
        // One name in brackets is the body's own acronym, not a member.
        let own = Self.triples("We commend the arrival of members of the Multinational Security Support Mission (MSS) in Haiti.")
        #expect(!own.contains { $0.contains("member_of") })
    }
}

/// Who condemns in a statement, what an intention is, and where a body's staff are sent.
@Suite struct StatementsAndIntentionsTests {
    static func triples(_ text: String) -> [String] { EncounterTests.triples(text) }
    static func facts(_ body: String) -> [Fact] { ReadoutTests.extraction(body + "\n").facts }

    @Test func whatAStatementSaysItsAuthorsSay() {
        let found = Self.triples(
            "The G7 notes statements made by the United Kingdom and Canada condemning the decision by the Hong Kong Police Authorities.")
        #expect(found.contains("United Kingdom criticises Hong Kong"))
        #expect(found.contains("Canada criticises Hong Kong"))
        #expect(!found.contains { $0.hasPrefix("G7 criticises") })
        #expect(Self.triples("The G7 notes a statement by Japan calling on Russia to withdraw.").contains("Japan appeals_to Russia"))
    }

    @Test func aBanIntroducedSanctionsAndAnIntentionIsYetToCome() {
        let ban = Self.facts("The UK has today announced its intention to introduce a maritime services ban on Russian LNG.")
            .first { $0.predicate == "sanctions" }
        #expect(ban?.object.name == "Russia")
        #expect(ban?.modality == .future)
        #expect(Self.facts("The UK announced plans to impose sanctions on Russia.").first { $0.predicate == "sanctions" }?.modality == .future)
        let none = Self.facts("The UK has no plans to impose sanctions on Russia.").first { $0.predicate == "sanctions" }
        #expect(none?.negated == true)
        #expect(Self.facts("The UK imposed sanctions on Russia.").first { $0.predicate == "sanctions" }?.modality == .asserted)
    }

    @Test func aBodysDeploymentToACountryVisitsIt() {
        #expect(Self.triples("First, multiple OPCW deployments to Syria have increased our understanding.")
            .contains("Organization for the Prohibition of Chemical Weapons visits Syria"))
        #expect(Self.triples("We also welcome the recent deployments to Syria by the Technical Secretariat of the OPCW.")
            .contains("Technical Secretariat visits Syria"))
        // A state's deployment is of its troops: no visit.
        #expect(!Self.triples("The U.S. deployment to Poland continued.").contains { $0.contains("visits") })
    }
}

/// Who does what one is pressed to do, where one is at home, and the CAMEO verbs whose bare code
/// relates no one.
@Suite struct UrgedAndHomeTests {
    static func triples(_ text: String) -> [String] { EncounterTests.triples(text) }

    @Test func thoseUrgedDoWhatTheyAreUrgedTo() {
        let found = Self.triples("U.S. defense officials say Hegseth is expected to press U.S. allies in Europe to increase their defense spending.")
        #expect(!found.contains { $0.hasPrefix("Hegseth aids") })
        #expect(Self.triples("The UK pressed Iran to release the ship.").contains("United Kingdom appeals_to Iran"))
    }

    @Test func oneWhoHoldsATitleForAStateDoesNotVisitIt() {
        let found = Self.triples(
            "U.S. Defense Secretary Pete Hegseth arrived in Brussels on Tuesday. Hegseth is scheduled to travel to Poland to meet with leaders there and visit with U.S. troops.")
        #expect(found.contains("Pete Hegseth member_of United States"))
        #expect(found.contains("Pete Hegseth visits Poland"))
        #expect(!found.contains("Pete Hegseth visits United States"))
    }

    @Test func leadingConductingOrGoingIsNoCooperation() {
        #expect(!Self.triples("General Ali Reza Zahdi, who led Iran's elite Quds force, was killed.").contains { $0.contains("cooperates_with") })
        #expect(!Self.triples("It was not related to the retaliatory strikes that the United States and the United Kingdom have conducted in Yemen.")
            .contains { $0.contains("cooperates_with Yemen") })
        // A verb the CAMEO dictionary codes by its pattern still codes.
        #expect(Self.triples("Russia increased its cooperation with Iran.").contains { $0.hasPrefix("Russia") && $0.hasSuffix("Iran") })
    }
}

/// An occupation named by its noun holds whatever verb speaks of it, and a possessive inside an
/// effort's clause is the effort's owner.
@Suite struct OccupationNounTests {
    static func triples(_ text: String) -> [String] { EncounterTests.triples(text) }

    @Test func anOccupationOrControlOfAPlaceOccupiesIt() {
        #expect(Self.triples("Russia's occupation of Ukraine continued.").contains("Russia occupies Ukraine"))
        let found = Self.triples(
            "Designations will be imposed by the UK in response to Russia’s attempts to use sham elections to legitimise its illegal control of Kherson, Donetsk and Crimea.")
        #expect(found.contains("Russia occupies Kherson"))
        #expect(found.contains("Russia occupies Donetsk"))
        #expect(found.contains("Russia occupies Crimea"))
        #expect(!found.contains { $0.hasPrefix("United Kingdom occupies") })
        // Control regained by an unnamed government occupies nothing.
        #expect(!Self.triples("The government regained control of the capital.").contains { $0.contains("occupies") })
    }
}

/// Calls: who a call is for does what it asks, a call answered was made, and calling out is
/// criticism.
@Suite struct CallsForAndAnsweredTests {
    static func triples(_ text: String) -> [String] { EncounterTests.triples(text) }
    static func facts(_ body: String) -> [Fact] { ReadoutTests.extraction(body + "\n").facts }

    @Test func thoseACallIsForDoWhatItAsks() {
        let found = Self.triples("Hegseth emphasized President Donald J. Trump's call for NATO nations to increase their defense spending.")
        #expect(found.contains("Donald Trump appeals_to North Atlantic Treaty Organization"))
        #expect(!found.contains { $0.hasPrefix("Donald Trump aids") })
        let withdrawal = Self.facts("We reiterate our call for Russia to withdraw its forces from Ukraine.").first { $0.predicate == "withdraws_from" }
        #expect(withdrawal?.subject.name == "Russia")
        #expect(withdrawal?.modality == .advocated)
    }

    @Test func oneWhoRespondsToAnAppealWasAppealedTo() {
        #expect(Self.triples("The government of South Sudan has responded to a U.N. appeal and reversed its decision.")
            .contains("United Nations appeals_to South Sudan"))
        #expect(Self.triples("Iran responded to the attack.").isEmpty)
    }

    @Test func callingOutIsCriticism() {
        #expect(Self.triples("All 32 NATO allies called out China for its support of Russia's war.")
            .contains("North Atlantic Treaty Organization criticises China"))
        #expect(Self.triples("NATO called on China to stop.").contains("North Atlantic Treaty Organization appeals_to China"))
    }
}

/// A group's planner, operative or militant, named after the group, is its member.
@Suite struct GroupRoleTitleTests {
    @Test func aGroupsPlannerOrMilitantIsItsMember() {
        #expect(EncounterTests.triples("AFRICOM announced that Islamic State attack planner Ahmed Maeleninine was killed.")
            .contains("Ahmed Maeleninine member_of Islamic State"))
        #expect(EncounterTests.triples("Al-Shabaab militant Ahmed Diriye was arrested.").contains("Ahmed Diriye member_of Al-Shabaab"))
    }
}

/// An exit from a body is a withdrawal from it (a departure from a city is only a journey).
@Suite struct ExitTests {
    @Test func anExitFromABodyWithdrawsFromIt() {
        let found = EncounterTests.triples("Burkina Faso, Mali and Niger announced their exit from ECOWAS last year.")
        #expect(found.contains("Burkina Faso withdraws_from Economic Community of West African States"))
        #expect(found.contains("Niger withdraws_from Economic Community of West African States"))
        #expect(EncounterTests.triples("The UK's exit from the European Union took effect in 2020.").contains("United Kingdom withdraws_from European Union"))
        #expect(!EncounterTests.triples("Before his departure from Beijing, Blinken met Wang Yi.").contains { $0.contains("withdraws_from") })
    }
}

/// Office-holders named by the states they serve act for those states.
@Suite struct OfficeHoldersForStatesTests {
    @Test func coordinatorsForStatesWhoMeetAreTheirStatesMeeting() {
        let found = EncounterTests.triples("On Friday, the sanctions coordinators for the United Kingdom, the United States and Canada met in London.")
        #expect(found.contains("United Kingdom meets_with United States"))
        #expect(found.contains("United Kingdom meets_with Canada"))
        #expect(found.contains("United States meets_with Canada"))
        // A minister's portfolio is no state served.
        #expect(!EncounterTests.triples("The minister for the United Nations met the President.").contains { $0.hasPrefix("United Nations") })
    }
}
