import EntenteModel
import Testing

@testable import EntenteExtraction

/// Events named by nouns, where the parser hangs their phrases, and the titles around names.
@Suite struct EventNounTests {
    static func triples(_ body: String) -> [String] {
        ExtractorTests.triples(ReadoutTests.extraction(body).facts)
    }

    @Test func violenceThatBreaksOutBetweenTwoSidesIsAClash() {
        #expect(Self.triples("Violence erupted on Saturday between the Sudanese army and the Rapid Support Forces.\n")
            .contains("Sudan clashes_with Rapid Support Forces"))
        #expect(Self.triples("The war between Eritrea and Ethiopia resumed in May.\n").contains("Eritrea clashes_with Ethiopia"))
        // A third party's mediation between them is no clash.
        #expect(!Self.triples("Talks between Eritrea and Ethiopia resumed in May.\n").contains { $0.contains("clashes_with") })
    }

    @Test func militarySupportIsArming() {
        #expect(Self.triples("Belarus's military support to Russia grew last year.\n").contains("Belarus arms Russia"))
        // Support with no word of arms stays support.
        #expect(Self.triples("Belarus's support for Russia grew last year.\n").contains("Belarus supports Russia"))
    }

    @Test func aJudgedTransferHappenedWhereverTheParserHangsItsPhrases() {
        let found = Self.triples("Norway condemned the transfer of drones and other weapons to Russia by North Korea.\n")
        #expect(found.contains("North Korea arms Russia"))
        // Under a verb that does not judge it, a transfer is only talked about.
        let talked = Self.triples("Norway discussed the transfer of drones to Russia by North Korea.\n")
        #expect(!talked.contains("North Korea arms Russia"))
    }

    @Test func drillsAroundAPartyShowForceAgainstIt() {
        let found = Self.triples("Japan criticised China's provocative moves, notably the naval drills around Taiwan.\n")
        #expect(found.contains("China shows_force_against Taiwan"))
    }

    @Test func anObstructionOfAPartysMissionIsABlockade() {
        let found = Self.triples("Vietnam protested China's obstruction of a Vietnamese supply mission near the reef.\n")
        #expect(found.contains("China blockades Vietnam"))
    }

    @Test func aCommitmentWithoutAPartyGivesNoFactAboutItsOwner() {
        let found = Self.triples(
            "Secretary of Defense Arvid Lindqvist spoke with his counterpart.\n\n"
                + "He reiterated U.S. commitment to a diplomatic resolution in Lebanon.\n")
        #expect(!found.contains { $0.hasSuffix("supports United States") })
    }

    @Test func aPortfolioAfterATitleIsNoPartOfTheName() {
        let entities = ReadoutTests.extraction(
            "U.S. Secretary of State Karim Haddad told reporters on Monday.\n\n"
                + "Minister of Foreign Affairs Lena Moravec of Czechia met him in Prague.\n").entities
        let people = Set(entities.filter { $0.type == "person" }.map(\.name))
        #expect(people.contains("Karim Haddad"))
        #expect(people.contains("Lena Moravec"))
        #expect(!people.contains { $0.hasPrefix("of ") || $0.hasPrefix("Affairs") })
    }

    @Test func anAttackNounNamesItsAttackerByItsAgentOrOwner() {
        #expect(Self.triples("The raid followed one of the deadliest attacks by Boko Haram on Nigerian troops.\n")
            .contains("Boko Haram attacks Nigeria"))
        #expect(Self.triples("Rwanda's incursion into Uganda drew protests.\n").contains("Rwanda attacks Uganda"))
        // The one who judges an attack or reports it does not carry it out.
        let judged = Self.triples("Norway strongly condemns the attacks on the Kosovo Police near the border.\n")
        #expect(!judged.contains { $0.hasPrefix("Norway attacks") })
        let reported = Self.triples("Norway said the attack on the Kosovo Police near the border killed a sergeant.\n")
        #expect(!reported.contains { $0.hasPrefix("Norway attacks") })
    }

    @Test func aBodysNameSaysWhoseItIsAndWhereItWorks() {
        let found = ReadoutTests.extraction(
            "Serbia praised the work of the EU Rule of Law Mission in Kosovo and of NATO Kosovo Force.\n\n"
                + "The UN Security Council met on Tuesday while the U.S. Air Force flew patrols.\n")
        let triples = ExtractorTests.triples(found.facts)
        #expect(found.entities.contains { $0.name == "EU Rule of Law Mission in Kosovo" && $0.kind == .organisation })
        #expect(triples.contains("EU Rule of Law Mission in Kosovo part_of European Union"))
        #expect(triples.contains("EU Rule of Law Mission in Kosovo located_in Kosovo"))
        #expect(triples.contains("NATO Kosovo Force part_of North Atlantic Treaty Organization"))
        // A body the gazetteer knows is not taken apart, and a state's air force is the state.
        #expect(!triples.contains { $0.hasPrefix("UN Security Council part_of") })
        #expect(!found.entities.contains { $0.name.contains("Air Force") })
    }

    @Test func anAmountGivenInAidIsTheGiversAid() {
        let found = Self.triples(
            "Japan pledged $20 million in humanitarian assistance for Sudan on Friday.\n\n"
                + "The Treasury Department announced $400 million in security assistance for Ukraine.\n")
        #expect(found.contains("Japan aids Sudan"))
        // The phrase may hang on the amount.
        #expect(Self.triples("The UK has announced a further £120 million in humanitarian aid for Sudan this year.\n").contains("United Kingdom aids Sudan"))
        // Security assistance is arms, and a United States department is the United States.
        #expect(found.contains("United States arms Ukraine"))
        let future = ReadoutTests.extraction("Germany will provide $500 million in military assistance to Ukraine.\n").facts
        #expect(future.contains { $0.subject.name == "Germany" && $0.predicate == "arms" && $0.modality == .future })
        // An amount judged is not given.
        #expect(!Self.triples("Norway condemned $2 billion in military aid to Russia.\n").contains { $0.hasPrefix("Norway arms") })
    }

    @Test func aNounInAppositionAfterACommaIsNoSecondObject() {
        let found = Self.triples(
            "The United States announced a package for Ukraine on Friday, the latest tranche of U.S. military aid.\n")
        #expect(found.contains { $0.hasPrefix("United States") && $0.hasSuffix("Ukraine") })
    }

    @Test func aCouncilOrBoardIsPartOfTheBodyItIsNamedFor() {
        let found = ReadoutTests.extraction(
            "Belarus lost its seat on the UNESCO Executive Board and on the International Maritime Organisation Council.\n\n"
                + "Belarus also lost the vote for the Executive Council of the Organisation for the Prohibition of Chemical Weapons.\n")
        let triples = ExtractorTests.triples(found.facts)
        let names = Set(found.entities.map(\.name))
        // The parent is named only inside the body's name, and is an entity of its own.
        #expect(names.isSuperset(of: ["UNESCO", "International Maritime Organisation"]))
        #expect(triples.contains("UNESCO Executive Board part_of UNESCO"))
        #expect(triples.contains("International Maritime Organisation Council part_of International Maritime Organisation"))
        #expect(triples.contains("Executive Council part_of Organization for the Prohibition of Chemical Weapons"))
        // A name that is not a body's does not make its first words a parent.
        let firm = ExtractorTests.triples(ReadoutTests.extraction("Belarus sued the International Maritime Shipping Company.\n").facts)
        #expect(!firm.contains { $0.contains("part_of") })
    }

    @Test func aStatesOwnCouncilIsNotTheUNSecurityCouncil() {
        let national = ReadoutTests.extraction(
            "The Philippine National Security Council replied that Manila would keep supplying its outposts.\n\n"
                + "The National Security Council said on Monday that Iran had attacked Israel.\n")
        #expect(!national.entities.contains { $0.name == "UN Security Council" })
        #expect(national.entities.contains { $0.name == "National Security Council" && $0.kind == .organisation })
        #expect(national.entities.contains { $0.name == "Philippines" })
        // The UN's own council, however it is written, stays the UN's.
        let council = ReadoutTests.extraction(
            "The United Nations Security Council condemned Iran.\n\nThe Security Council met again on Friday.\n")
        #expect(council.entities.contains { $0.name == "UN Security Council" })
        #expect(!council.entities.contains { $0.name.hasSuffix("Nations Security Council") })
    }

    @Test func cooperationStatedInTheIdiomOfStatements() {
        let found = Self.triples(
            "Norway will continue to stand up for Estonia's security.\n\n"
                + "The United States is pushing Hamas to accept a deal with Israel to halt the fighting.\n\n"
                + "The Secretary reaffirmed the U.S. commitment to work with Egypt to advance peace.\n\n"
                + "Japan announced $20 million in humanitarian assistance to Sudan on Friday.\n\n"
                + "Officials welcomed Orban's visit to Ukraine.\n")
        #expect(found.contains("Norway supports Estonia"))
        #expect(found.contains("United States appeals_to Hamas"))
        #expect(found.contains("Hamas signs_agreement_with Israel"))
        #expect(found.contains("United States cooperates_with Egypt"))
        #expect(found.contains("Japan aids Sudan"))
        #expect(found.contains { $0.hasSuffix("visits Ukraine") })
    }

    @Test func itsAtTheHeadOfASentenceIsThePartyNamedLastBefore() {
        let found = Self.triples(
            "We are clear on the role of Iran in this escalation.\n\n"
                + "Its financial and military support to the Houthis has enabled their attacks.\n")
        #expect(found.contains("Iran arms Houthis"))
        // The event noun codes the event; the dictionary's "enable" adds no yielding.
        #expect(!found.contains { $0.contains("concedes_to") })
    }

    @Test func concernAtAPartysActsCriticisesTheParty() {
        let found = ReadoutTests.extraction(
            "Norway is deeply alarmed by the Houthis\u{2019} continued missile and UAV attacks against Israel.\n\n"
                + "Sweden is concerned by Israeli strikes on Yemen\u{2019}s ports.\n")
        let triples = ExtractorTests.triples(found.facts)
        #expect(triples.contains("Norway criticises Houthis"))
        #expect(triples.contains("Houthis attacks Israel"))
        // The owner of the strikes, not their victim.
        #expect(triples.contains("Sweden criticises Israel"))
        #expect(!triples.contains("Sweden criticises Yemen"))
        #expect(!found.entities.contains { $0.name == "UAV" })
    }

    @Test func takingOverATownOccupiesIt() {
        #expect(Self.triples("M23 rebels took over Goma in January.\n").contains("March 23 Movement occupies Goma"))
        // "take action over" takes nothing.
        #expect(!Self.triples("Norway will take action over Russia's threats.\n").contains { $0.contains("occupies") })
    }

    @Test func aNameJoinedToItsParticipleInOneTokenStillActs() {
        let found = Self.triples(
            "Some 130 hostages are held by the U.S.-designated terror group Hamas.\n\n"
                + "The U.S.-backed Syrian Democratic Forces took the town.\n")
        #expect(found.contains("United States sanctions Hamas"))
        #expect(found.contains("United States supports Syrian Democratic Forces"))
    }

    @Test func aRelationNamedBetweenHyphenedParties() {
        let found = ReadoutTests.extraction(
            "Attacks increased after the start of the Israel-Hamas war.\n\n"
                + "The ministers reaffirmed the U.S.-Philippine alliance.\n\n"
                + "Russia-Ukraine talks stalled on Monday.\n")
        let triples = ExtractorTests.triples(found.facts)
        #expect(triples.contains("Israel clashes_with Hamas"))
        #expect(triples.contains("United States ally_of Philippines"))
        #expect(triples.contains("Russia negotiates_with Ukraine"))
        // Every party of a fact is an entity of the article, even one named inside a word.
        let names = Set(found.entities.map(\.name))
        #expect(found.facts.allSatisfy { names.contains($0.subject.name) && names.contains($0.object.name) })
        // A hyphened place and party name no relation.
        #expect(!ExtractorTests.triples(ReadoutTests.extraction("The Gaza-Egypt border stayed closed.\n").facts).contains { $0.contains("_with") })
    }

    @Test func clashesAvoidedBetweenTwoArmiesNamedByAdjectives() {
        let facts = ReadoutTests.extraction(
            "Erdogan and Putin met in Moscow.\n\n"
                + "The two leaders agreed that their forces would keep coordinating to avoid any clashes between Turkish and Russian troops.\n").facts
        let clash = facts.first { $0.predicate == "clashes_with" }
        #expect(clash.map { Set([$0.subject.name, $0.object.name]) } == ["Turkey", "Russia"])
        #expect(clash?.negated == true)
    }
}
