import EntenteModel
import Testing

@testable import EntenteExtraction

/// Parties said together to be allies, a war named by its owner alone, where a town named after
/// its kind lies, and where a meeting is held.
@Suite struct TiesAndPlacesTests {
    static func triples(_ text: String) -> [String] { EncounterTests.triples(text) }
    static func entities(_ text: String) -> [(name: String, mentions: [String])] { FormalNameTests.entities(text) }
    static func facts(_ body: String) -> [Fact] { ReadoutTests.extraction(body + "\n").facts }

    @Test func partiesSaidTogetherToBeAlliesAreEachOthers() {
        let found = Self.triples("Chile and Peru have been allies, partners, and friends for decades.")
        #expect(found.contains("Chile ally_of Peru"))
        #expect(found.contains("Chile partner_of Peru"))
        #expect(Self.triples("Chile and Peru are close partners.").contains("Chile partner_of Peru"))
        // One party's allies are named with their owner, not said of the subject's parties.
        #expect(!Self.triples("Chile and Peru are allies of Spain.").contains("Chile ally_of Peru"))
        // People are no allies in this sense.
        #expect(!Self.triples("Ana Silva and Mark Ouma are old partners.").contains { $0.contains("partner_of") })
    }

    @Test func countriesWhoseCameoCodeIsNotTheirIsoCodeAreStates() {
        let found = Self.entities("Romania, Montenegro and East Timor signed the declaration.")
        for name in ["Romania", "Montenegro", "East Timor"] {
            #expect(found.contains { $0.name == name })
        }
        let romania = Self.facts("Romania attacked Moldova.").first
        #expect(romania?.subject.type == "state")
        #expect(romania?.subject.cameo == "ROM")
        #expect(romania?.subject.iso3 == "ROU")
    }

    @Test func aWarOfAggressionNamedByItsOwnerIsWagedOnTheOneOtherState() {
        let found = Self.triples("We will provide assistance to Ukraine in the face of Russia's brutal war of aggression.")
        #expect(found.contains("Russia attacks Ukraine"))
        // Not on the one who tells of it.
        #expect(!Self.triples("Russia's war of aggression has cost Europe dearly, the UK said.").contains("Russia attacks United Kingdom"))
        // Nor on either of two other states.
        #expect(!Self.triples("Since Russia's war of aggression began, France has sent Ukraine tanks.").contains { $0.hasPrefix("Russia attacks") })
    }

    @Test func aTownNamedAfterItsKindLiesWhereThePhraseSays() {
        #expect(Self.triples("Missiles struck the city of Chernihiv, in northern Ukraine, killing 17 civilians.").contains("Chernihiv located_in Ukraine"))
        #expect(Self.triples("Missiles struck the city of Chernihiv in Ukraine.").contains("Chernihiv located_in Ukraine"))
        // A name in apposition to a noun for a town is a place, not a person.
        let kharkiv = Self.entities("Missiles hit the country's second city, Kharkiv.").first { $0.name == "Kharkiv" }
        #expect(kharkiv != nil)
        #expect(Self.facts("Missiles hit the country's second city, Kharkiv.").allSatisfy { $0.subject.name != "Kharkiv" || $0.predicate == "located_in" })
        // An "in" phrase that does not follow the name says where the act was, not the town.
        #expect(!Self.triples("Russia struck the city of Chernihiv yesterday in a night attack in Ukraine.").contains("Chernihiv located_in Ukraine"))
    }

    @Test func whereTheyMeetIsNoPartyToTheMeeting() {
        let found = Self.triples("The Foreign Secretary and Egyptian Foreign Minister Sameh Shoukry met at UNGA on 18 September.")
        #expect(!found.contains { $0.contains("meets_with UN General Assembly") })
        #expect(!Self.triples("Blinken spoke at the United Nations on Monday.").contains { $0.contains("United Nations") && !$0.contains("member_of") })
    }
}

/// The U.S. combatant commands are bodies of their own, part of the United States.
@Suite struct CombatantCommandTests {
    @Test func aCommandIsItsOwnBodyPartOfTheState() {
        let found = TiesAndPlacesTests.triples("A statement from U.S. Central Command said the crew saw the missiles land.")
        #expect(found.contains("U.S. Central Command part_of United States"))
        let short = TiesAndPlacesTests.entities("CENTCOM said its forces struck the Houthis.")
        #expect(short.contains { $0.name == "U.S. Central Command" })
        #expect(!short.contains { $0.name == "United States Military" })
        let two = TiesAndPlacesTests.triples("He will visit the headquarters for U.S. European Command and U.S. Africa Command.")
        #expect(two.contains("U.S. European Command part_of United States"))
        #expect(two.contains("U.S. Africa Command part_of United States"))
    }
}

/// Land a group holds in its own country, and strikes into it.
@Suite struct HeldAreaTests {
    @Test func aGroupHoldingPartOfItsCountryIsThereAndAStateHoldingAnothersOccupiesIt() {
        let group = TiesAndPlacesTests.triples("Aid cannot reach Houthi-controlled areas of Yemen.")
        #expect(group.contains("Houthis located_in Yemen"))
        #expect(!group.contains("Houthis occupies Yemen"))
        #expect(TiesAndPlacesTests.triples("Civilians fled Russian-controlled areas of Ukraine.").contains("Russia occupies Ukraine"))
    }

    @Test func strikesIntoAreasAGroupHoldsAttackTheGroup() {
        let found = TiesAndPlacesTests.triples("U.S. and British warplanes launched strikes into Houthi-controlled areas of Yemen late Monday.")
        #expect(found.contains("United States attacks Houthis"))
        #expect(found.contains("United Kingdom attacks Houthis"))
        // Aid sent to such areas is no act on the group.
        #expect(!TiesAndPlacesTests.triples("The UN sent food to Houthi-controlled areas of Yemen.").contains { $0.contains("aids Houthis") })
    }
}

/// Officials of 2023–2026 named by surname alone are the people the gazetteer knows.
@Suite struct KnownOfficialTests {
    @Test func aKnownOfficialsSurnameIsThePerson() {
        let names = TiesAndPlacesTests.entities("Meetings between Secretary Yellen, Secretary Raimondo and their counterparts took place in Beijing.")
            .map(\.name)
        #expect(names.contains("Janet Yellen"))
        #expect(names.contains("Gina Raimondo"))
        #expect(TiesAndPlacesTests.triples("Secretary Hegseth hosted Minister Pistorius at the Pentagon.").contains { $0.hasPrefix("Pete Hegseth") })
        // Two titled names joined by "and" stay two.
        let two = TiesAndPlacesTests.entities("The meeting between President Aliyev and Prime Minister Pashinyan ended.").map(\.name)
        #expect(two.contains("Nikol Pashinyan"))
        #expect(!two.contains { $0.contains(" and ") })
    }
}

/// Backing what two parties do together backs each of them; talking of backing it backs no one.
@Suite struct SupportedJointEffortTests {
    @Test func supportingEffortsBetweenTwoPartiesSupportsEach() {
        let found = TiesAndPlacesTests.triples("The United States remains committed to supporting efforts between Armenia and Azerbaijan to resolve old issues.")
        #expect(found.contains("United States supports Armenia"))
        #expect(found.contains("United States supports Azerbaijan"))
        let discussed = TiesAndPlacesTests.triples("Rubio spoke with Fidan today to discuss supporting direct negotiations between Russia and Ukraine.")
        #expect(!discussed.contains { $0.contains("supports") })
        // Only sides the sentence names: "both countries" may reach back to another pair.
        let reached = TiesAndPlacesTests.triples(
            "Kenya and Angola held talks on Monday. The United States welcomes these DRC and Rwandan steps and plans to support engagements between both countries.")
        #expect(!reached.contains("United States supports Kenya"))
    }
}

/// Wrong facts found on the fresh development set: a body named with its kind, a victim taken for
/// the doer, and a state's people taken for the state.
@Suite struct FreshSetWrongsTests {
    @Test func aBodyNamedWithItsKindIsNoPartOfItself() {
        #expect(!TiesAndPlacesTests.triples("Romania's leadership within the NATO Alliance strengthens our security.").contains { $0.contains("part_of") })
        #expect(TiesAndPlacesTests.triples("The EU Military Committee met.").contains("EU Military Committee part_of European Union"))
        #expect(TiesAndPlacesTests.entities("The NATO Alliance met today.").map(\.name) == ["North Atlantic Treaty Organization"])
    }

    @Test func aStatesPartInABodyMakesItAMember() {
        #expect(TiesAndPlacesTests.triples("Romania's leadership within the NATO Alliance strengthens our security.")
            .contains("Romania member_of North Atlantic Treaty Organization"))
        #expect(TiesAndPlacesTests.triples("Kenya's role in the African Union is vital.").contains("Kenya member_of African Union"))
        #expect(!TiesAndPlacesTests.triples("Iran's role in Syria is malign.").contains { $0.contains("member_of") })
    }

    @Test func whoSufferedABareParticipleIsNotAccusedOfIt() {
        let statement = ReadoutTests.extraction(
            "UK statement\nPublished: 25 January 2024\nSource: Foreign, Commonwealth & Development Office\n\n"
                + "Hundreds of thousands of lives have been lost in this war, including over 300,000 Russian soldiers dead and injured, "
                + "and tens of thousands of Ukrainian civilians killed.\n").facts
        #expect(!statement.contains { $0.predicate == "accuses" && $0.object.name == "Ukraine" })
    }

    @Test func aStatesPeopleTravellingAreNoVisitByTheState() {
        #expect(!TiesAndPlacesTests.triples("Nearly 90,000 Americans living in or traveling to Bulgaria every year.").contains("United States visits Bulgaria"))
        #expect(TiesAndPlacesTests.triples("The Philippines sent its envoy traveling to Japan.").contains("Philippines visits Japan"))
    }
}

/// A government's seat is a place where one meets in it, and the government where it speaks.
@Suite struct SeatOfGovernmentTests {
    @Test func aSeatMetAtIsAPlaceAndASeatThatSpeaksIsTheState() {
        let met = TiesAndPlacesTests.entities("Austin met with Israeli Minister of Defense Yoav Gallant at the Pentagon today.")
        #expect(met.contains { $0.name == "Pentagon" })
        #expect(!met.contains { $0.name == "United States" })
        #expect(TiesAndPlacesTests.entities("The Pentagon said it struck the Houthis.").contains { $0.name == "United States" })
        #expect(TiesAndPlacesTests.entities("Biden hosted Ruto at the White House on Thursday.").contains { $0.name == "White House" })
        // A guest welcomed there meets the host; the building is no place visited of its own.
        #expect(!TiesAndPlacesTests.triples("Austin welcomed Somali President Hassan Sheikh Mohamud to the Pentagon today.")
            .contains { $0.hasSuffix("visits Pentagon") })
    }
}
