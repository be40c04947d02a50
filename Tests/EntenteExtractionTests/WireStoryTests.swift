import EntenteModel
import Testing

@testable import EntenteExtraction

/// Constructions of wire stories about a war: the dateline, "the army" named again, "at war
/// with", an accusation made by an agent.
@Suite struct WireStoryTests {
    static func facts(_ body: String) -> [Fact] { ReadoutTests.extraction(body).facts }

    @Test func aDatelineTheParserTookForTheSubjectIsNoAntecedent() {
        let triples = ExtractorTests.triples(Self.facts(
            "NAIROBI, KENYA — Sudan's army said Monday it had recaptured the town of Um Rawaba from the Rapid Support Forces.\n"))
        #expect(!triples.contains { $0.hasPrefix("Kenya") })
        #expect(triples.contains { $0.hasPrefix("Sudan ") })
    }

    @Test func theArmyNamedAgainIsTheStateWhoseArmyTheStoryNamed() {
        let triples = ExtractorTests.triples(Self.facts(
            "Sudan's army recaptured the town of Um Rawaba on Monday.\n\n"
                + "The RSF, which has been at war with the army since April 2023, accused the military of bombing markets in Darfur.\n"))
        #expect(triples.contains("Rapid Support Forces clashes_with Sudan"))
        #expect(triples.contains("Rapid Support Forces accuses Sudan"))
        #expect(ExtractorTests.triples(Self.facts("Israel is not at war with Lebanon, officials said.\n")).contains("Israel clashes_with Lebanon (negated)"))
    }

    @Test func anAccusationByAnAgentReportsTheActInTheAgentsVoice() {
        let facts = Self.facts("The United Arab Emirates has been accused by U.N. experts of supplying weapons to the Rapid Support Forces.\n")
        let arming = facts.first { $0.predicate == "arms" }
        #expect(arming?.subject.name == "United Arab Emirates" && arming?.object.name == "Rapid Support Forces")
        #expect(arming?.modality == .reported && arming?.speaker?.name == "United Nations")
    }

    @Test func aSubjectTheParserHungOnTheAuxiliaryStillActs() {
        #expect(ExtractorTests.triples(Self.facts("The United States is today sanctioning Iran over its missile program.\n"))
            .contains("United States sanctions Iran"))
    }

    @Test func anExampleOfAPartysActivitiesIsItsAct() {
        let triples = ExtractorTests.triples(Self.facts(
            "Iran uses revenue from these sales to fund its destabilizing activities, including support for the Houthis and Hizballah.\n"))
        #expect(triples.contains("Iran supports Houthis") && triples.contains("Iran supports Hezbollah"))
    }

    @Test func whoFacilitatesTalksBetweenTwoMediates() {
        let triples = ExtractorTests.triples(Self.facts(
            "Secretary Rubio thanked Oman for facilitating indirect talks between the United States and Iran.\n"))
        #expect(triples.contains("Oman mediates United States") && triples.contains("Oman mediates Iran"))
    }

    @Test func anExerciseHeldTogetherIsEachPairsAndWhatANameCondemnsIsCriticised() {
        let triples = ExtractorTests.triples(Self.facts(
            "The United States, South Korea and Japan held a trilateral air exercise on Sunday involving a U.S. B-1B bomber, which North Korea called a provocation.\n"))
        #expect(triples.contains("United States cooperates_militarily_with South Korea"))
        #expect(triples.contains("South Korea cooperates_militarily_with Japan"))
        #expect(triples.contains("North Korea criticises United States"))
        #expect(!triples.contains { $0.contains("consults") })
    }

    @Test func anObjectPronounIsNotItsOwnClausesSubject() {
        let facts = Self.facts(
            "Pyongyang is believed to have sent thousands of troops to Russia to help it fight Ukraine, according to South Korean intelligence.\n")
        let triples = ExtractorTests.triples(facts)
        #expect(triples.contains("Russia attacks Ukraine"))
        #expect(!triples.contains("North Korea attacks Ukraine"))
        // A count of troops sent is troops sent, and what is believed is reported.
        #expect(facts.contains { $0.subject.name == "North Korea" && $0.predicate == "aids" && $0.object.name == "Russia" && $0.modality == .reported })
        #expect(Self.facts("Iran is said to have supplied drones to Russia.\n").contains { $0.predicate == "arms" && $0.modality == .reported })
    }

    @Test func tiesDeepenedAreCooperation() {
        #expect(ExtractorTests.triples(Self.facts("Pyongyang has deepened its ties with Moscow since last year.\n")).contains("North Korea cooperates_with Russia"))
        #expect(ExtractorTests.triples(Self.facts("India and the United States strengthened their partnership on Tuesday.\n"))
            .contains("India cooperates_with United States"))
    }

    @Test func activityConductedAgainstAPartyIsAnAttackNotAnInquiry() {
        let triples = ExtractorTests.triples(Self.facts(
            "The UK has today sanctioned three GRU units for conducting malicious cyber activity against Ukraine and its allies.\n"))
        #expect(triples.contains("GRU attacks Ukraine"))
        #expect(!triples.contains { $0.contains("investigates") })
    }

    @Test func aNegationCueInAnotherClauseDoesNotNegateTheAct() {
        let facts = Self.facts(
            "Turkey, which had been patrolling the long border region for several hours without any incident at all, attacked Russia.\n")
        #expect(facts.contains { $0.subject.name == "Turkey" && $0.predicate == "attacks" && $0.object.name == "Russia" && !$0.negated })
        #expect(Self.facts("Turkey did not attack Russia on Tuesday, officials said.\n").contains { $0.predicate == "attacks" && $0.negated })
    }
}
