import EntenteModel
import EntenteNLP
import Testing

@testable import EntenteExtraction

/// Meetings, calls and events named by a noun whose parties stand away from it: each sentence
/// lost or misread the relation before its rule.
@Suite struct EncounterTests {
    static func triples(_ text: String) -> [String] {
        ExtractorTests.triples(ReadoutTests.extraction(text + "\n").facts)
    }

    static func statement(_ body: String, source: String) -> [String] {
        let page = PageReader.read("A Statement\nPublished: 3 May 2024\nSource: \(source)\n\n" + body + "\n")
        return ExtractorTests.triples(Extractor().extract(page).facts)
    }

    @Test func aMeetingOrCallBetweenTwoPartiesRelatesThem() {
        #expect(Self.triples("The meeting between India and China was their first in five years.").contains("India meets_with China"))
        #expect(Self.triples("The call between Biden and Xi lasted two hours.").contains("Joe Biden consults Xi Jinping"))
        // The named of one side with their unnamed counterparts meet no one named.
        let officials = Self.triples("The talks follow meetings between Secretary Blinken, Secretary Yellen and their counterparts.")
        #expect(!officials.contains { $0.contains("meets_with") })
    }

    @Test func theOneWhoMetIsTheSpeakerAfterTheMeeting() {
        #expect(Self.triples("Following a meeting with Blinken, Netanyahu said Israel would continue the offensive.")
            .contains("Benjamin Netanyahu meets_with Antony Blinken"))
        #expect(Self.triples("Speaking after a call with Erdogan, Putin said Russia was ready to resume the grain deal.")
            .contains("Vladimir Putin consults Recep Tayyip Erdogan"))
    }

    @Test func anEventCarriedByAPassiveLightVerbIsItsAgents() {
        #expect(Self.triples("The attack on the Ukrainian city of Dnipro was launched by Russia.").contains("Russia attacks Ukraine"))
        #expect(Self.triples("The sanctions imposed by Washington on Caracas remain in force.").contains("United States sanctions Venezuela"))
        #expect(Self.triples("The agreement, signed by Ethiopia and Somaliland in January, angered Somalia.")
            == ["Ethiopia signs_agreement_with Somaliland"])
        // A third party's hosting is no part in the talks.
        #expect(!Self.triples("Talks with Hamas hosted by Qatar resumed.").contains("Qatar negotiates_with Hamas"))
    }

    @Test func whoComesUnderAttackIsTheTarget() {
        #expect(Self.triples("Ukrainian positions came under attack from Russian forces.") == ["Russia attacks Ukraine"])
        #expect(Self.triples("Israeli towns came under Hezbollah fire.") == ["Hezbollah attacks Israel"])
    }

    @Test func aNameThatCondemnsCriticises() {
        #expect(Self.triples("Beijing called Manila's move provocative.") == ["China criticises Philippines"])
        #expect(Self.triples("The United States described Venezuela's election as a sham.") == ["United States criticises Venezuela"])
        #expect(Self.triples("China slammed Japan's decision to release the water.") == ["China criticises Japan"])
        // A phone call is no name, and praise condemns no one.
        #expect(Self.triples("Biden called Xi on Tuesday.") == ["Joe Biden consults Xi Jinping"])
        #expect(Self.triples("He called the meeting productive.").isEmpty)
    }

    @Test func allianceReaffirmedByItsMembers() {
        #expect(Self.triples("The United States and the Philippines reaffirmed their ironclad alliance.") == ["United States ally_of Philippines"])
        #expect(Self.triples("The alliance between Russia and North Korea worries Seoul.").contains("Russia ally_of North Korea"))
    }

    @Test func thoseWhoMeetAbroadVisit() {
        let met = Self.triples("Putin met Xi Jinping in Moscow.")
        #expect(met.contains("Xi Jinping visits Russia"))
        #expect(!met.contains { $0.hasPrefix("Vladimir Putin visits") })
        let titled = Self.triples("Secretary of State Antony J. Blinken met with Uzbekistani President Shavkat Mirziyoyev today in Tashkent, Uzbekistan.")
        #expect(titled.contains("Antony Blinken visits Uzbekistan"))
        #expect(titled.contains("Shavkat Mirziyayev leader_of Uzbekistan"))
        #expect(!titled.contains { $0.hasPrefix("Shavkat Mirziyayev visits") })
        // An official of the publishing state, named with no state of their own.
        let readout = Self.statement(
            "National Security Advisor Jake Sullivan met on September 16-17 with Foreign Minister Wang Yi in Malta.", source: "The White House")
        #expect(readout.contains("Jake Sullivan visits Malta"))
        #expect(readout.contains("Wang Yi visits Malta"))
    }

    @Test func aStateRunIntoTheNameAfterItsTitle() {
        let found = Self.triples("Austin met with President of Kenya William Ruto.")
        #expect(found.contains("Austin meets_with William Ruto"))
        #expect(found.contains("William Ruto leader_of Kenya"))
        #expect(Self.triples("The officials welcomed the meeting with Republic of Korea Minister of National Defense Shin Won-sik on July 28.")
            .contains("Shin Won-sik member_of South Korea"))
        // "Supreme" is the title's, not a body.
        #expect(Self.triples("Iran's Supreme Leader Ali Khamenei vowed revenge against Israel.").sorted()
            == ["Ali Khamenei leader_of Iran", "Ali Khamenei threatens Israel"])
    }
}

/// Acts and bodies named by nouns and names: each sentence lost or misread the relation before
/// its rule.
@Suite struct NamedActTests {
    static func triples(_ text: String) -> [String] { EncounterTests.triples(text) }

    @Test func everyPairOfABetweenList() {
        let found = Self.triples("Talks between Egypt, Sudan and Ethiopia failed.")
        #expect(found.contains("Egypt negotiates_with Sudan"))
        #expect(found.contains("Egypt negotiates_with Ethiopia"))
        #expect(found.contains("Sudan negotiates_with Ethiopia"))
        // An act said to continue is going on, even where it is only encouraged.
        #expect(Self.triples("We encourage continued collaboration between Armenia, Azerbaijan and the OSCE in areas of mutual interest.")
            .contains("Armenia cooperates_with Azerbaijan"))
    }

    @Test func strikesThatHarmInAStateAttackIt() {
        #expect(Self.triples("Russian airstrikes killed two people on Sunday in southern Ukraine's Kherson province.")
            .contains("Russia attacks Ukraine"))
        #expect(Self.triples("Russian missile strikes hit Kyiv overnight.") == ["Russia attacks Ukraine"])
        // Strikes of no one named attack no one.
        #expect(Self.triples("The strikes killed 20 people in Gaza.").isEmpty)
    }

    @Test func anOperationsLeaderAndAWarInAState() {
        #expect(Self.triples("The Somali-led operation against Al-Shabab succeeded.") == ["Somalia attacks Al-Shabaab"])
        #expect(Self.triples("Russia's war in Ukraine continues.") == ["Russia attacks Ukraine"])
        #expect(Self.triples("The war in Ukraine continues.").isEmpty)
    }

    @Test func recognitionOfABreakawayRegionIsOfTheRegion() {
        let found = Self.triples("Russia recognised the independence of Abkhazia and South Ossetia in 2008.")
        #expect(found.sorted() == ["Russia recognises Abkhazia", "Russia recognises South Ossetia"])
        // Calling for it to be reversed takes it as done.
        #expect(Self.triples("We call for Russia to reverse its recognition of the so-called independence of Abkhazia and South Ossetia.")
            .contains("Russia recognises Abkhazia"))
    }

    @Test func bodiesNamedAfterAnotherOrWhereTheyServe() {
        let found = Self.triples("The EU Rule of Law Mission in Kosovo coordinates with NATO Kosovo Force.")
        #expect(found.contains("EU Rule of Law Mission in Kosovo part_of European Union"))
        #expect(found.contains("EU Rule of Law Mission in Kosovo located_in Kosovo"))
        #expect(found.contains("NATO Kosovo Force part_of North Atlantic Treaty Organization"))
        // A name that only describes a noun is not told of.
        #expect(!Self.triples("Russia violated several U.N. Security Council resolutions.").contains { $0.contains("part_of") })
    }

    @Test func leadershipOfABodyAndAProvinceByItsKind() {
        #expect(Self.triples("We pay tribute to Kenya's leadership of the Multinational Security Support Mission.")
            .contains("Kenya leader_of Multinational Security Support Mission"))
        #expect(Self.triples("Guo Bao is an envoy from neighboring Chinese province Yunnan.").contains("Yunnan located_in China"))
    }
}

/// Allegations, meetings of three and arms sent from one party to another.
@Suite struct AllegationAndJointMeetingTests {
    static func triples(_ text: String) -> [String] { EncounterTests.triples(text) }

    @Test func whoAllegesAnActAccusesItsDoer() {
        #expect(Self.triples("Pakistan alleged Thursday that a recent spate of assassinations of its citizens was orchestrated by India.")
            .contains("Pakistan accuses India"))
        #expect(Self.triples("Ukraine charged that Russia had used chemical weapons.").contains("Ukraine accuses Russia"))
    }

    @Test func thoseMetTogetherMeetEachOther() {
        let found = Self.triples(
            "National Security Advisor Sullivan held a trilateral call with Secretary General Akiba Takeo of Japan and Director Cho Tae-yong of the Republic of Korea.")
        #expect(found.contains("Akiba Takeo consults Cho Tae-yong"))
        // A secretary general "of Japan" heads a secretariat, not the state.
        #expect(found.contains("Akiba Takeo member_of Japan"))
        #expect(!found.contains("Akiba Takeo leader_of Japan"))
        // Two met separately are not said to meet each other.
        #expect(!Self.triples("Blinken met Wang Yi and Kishida on separate days.").contains { $0.hasPrefix("Wang Yi meets_with") })
    }

    @Test func armsSentFromOnePartyToAnother() {
        #expect(Self.triples("Arms exports from North Korea to Russia grew.") == ["North Korea arms Russia"])
        #expect(Self.triples("The transfer of missiles from Iran to Russia alarmed Europe.").contains("Iran arms Russia"))
    }
}

/// A government's statement in its own voice about bodies and people the dictionary does not know.
@Suite struct UnknownNameTests {
    static func statement(_ body: String) -> [String] {
        EncounterTests.statement(body, source: "Foreign, Commonwealth & Development Office")
    }

    @Test func aNameInCapitalsIsABody() {
        #expect(Self.statement("We welcome UNOWAS' work in the climate-security nexus.") == ["United Kingdom praises UNOWAS"])
        #expect(Self.statement("We encourage UNOWAS to help bring the signatories back to the table.") == ["United Kingdom appeals_to UNOWAS"])
        // Abbreviations for things are no bodies.
        #expect(Self.statement("We urge respect for IHL and support for every NGO.").isEmpty)
    }

    @Test func oneNameAfterATitleIsAPerson() {
        #expect(Self.statement("I'm grateful to Dr Théroux-Bénoni for her briefing.") == ["United Kingdom praises Théroux-Bénoni"])
    }

    @Test func whoIsDismayedDisapproves() {
        #expect(Self.statement("We are disappointed by the ELN's failure to respond.") == ["United Kingdom disapproves_of ELN"])
    }
}

/// Volleys, sums in a currency and denied involvement.
@Suite struct VolleyAndInvolvementTests {
    static func triples(_ text: String) -> [String] { EncounterTests.triples(text) }

    @Test func aVolleyOfMissilesAtAPlaceAttacksIt() {
        #expect(Self.triples("Ukrainian officials said Russia launched a barrage of missiles at Kyiv.").contains("Russia attacks Ukraine"))
    }

    @Test func aSumInACurrencyGiven() {
        #expect(Self.triples("The European Union announced 50 million euros in humanitarian aid for Gaza.") == ["European Union aids Gaza"])
    }

    @Test func deniedInvolvementIsADenial() {
        #expect(Self.triples("Iran denied involvement in the attack on U.S. troops.") == ["Iran attacks United States (negated)"])
        #expect(Self.triples("Russia admitted involvement in the attack on Ukraine.") == ["Russia attacks Ukraine"])
    }
}

/// Names the recogniser lost or gave to the wrong person.
@Suite struct PersonNameTests {
    @Test func aFaithsWordInsideAPersonsName() {
        let found = EncounterTests.triples("Blinken spoke with Iraqi Prime Minister Mohammed Shia al-Sudani.")
        #expect(found.contains("Antony Blinken consults Mohammed Shia al-Sudani"))
        #expect(found.contains("Mohammed Shia al-Sudani leader_of Iraq"))
        // A faith alone is still no party.
        #expect(EncounterTests.triples("Shia militias attacked the base.").isEmpty)
    }

    @Test func thePrimeMinisterIsOnlyTheOneNamedSo() {
        let extraction = ReadoutTests.extraction(
            "Secretary Blinken spoke today with Kenyan Foreign Minister Musalia Mudavadi. The Secretary thanked the Prime Minister for Kenya's leadership.\n")
        // Neither the Secretary nor the foreign minister named last is the Prime Minister.
        for person in extraction.entities where person.type == "person" {
            #expect(!(extraction.mentions[person] ?? []).map(\.text).contains("the Prime Minister"), "\(person.name)")
        }
    }
}

/// Attitudes named with their holder, and those detained in a state.
@Suite struct HeldAttitudeTests {
    static func triples(_ text: String) -> [String] { EncounterTests.triples(text) }

    @Test func anAttitudeNamedWithItsHolderHolds() {
        #expect(Self.triples("Blinken noted the United States' concern over China's dangerous actions in the South China Sea.")
            == ["United States criticises China"])
        #expect(Self.triples("He questioned Russia's support for the Houthis.") == ["Russia supports Houthis"])
    }

    @Test func thoseDetainedInAStateAreHeldByIt() {
        #expect(Self.triples("Blinken raised the cases of U.S. citizens wrongfully detained in Russia.") == ["Russia arrests United States"])
        #expect(Self.triples("Two British nationals held in Iran were released.").contains("Iran arrests United Kingdom"))
        // Held by someone named: theirs, not the place's.
        #expect(!Self.triples("Prisoners held by Hamas in Gaza were freed.").contains { $0.contains("arrests") && !$0.hasPrefix("Hamas") })
    }
}

/// Verbs the CAMEO dictionary reads one way that news often means another.
@Suite struct MisreadVerbTests {
    static func triples(_ text: String) -> [String] { EncounterTests.triples(text) }

    @Test func wantedByIsSoughtNotCourted() {
        #expect(Self.triples("Riaz and Latif were wanted by New Delhi for their roles in plotting attacks.").sorted()
            == ["India accuses Latif", "India accuses Riaz"])
        #expect(Self.triples("Putin wants Ukraine to surrender.").isEmpty)
    }

    @Test func aPackageCommittedIsGiven() {
        #expect(Self.triples("He said the U.S. committed a defense package to Ukraine.") == ["United States aids Ukraine"])
    }
}

/// Who a judgement is of, and bodies named by a state's adjective.
@Suite struct JudgedDoerTests {
    @Test func whoIsJudgedForAnActIsItsDoer() {
        let found = EncounterTests.statement(
            "The United Kingdom condemns the detentions of at least 22 UN personnel by the Houthis.",
            source: "Foreign, Commonwealth & Development Office")
        #expect(found.contains("United Kingdom criticises Houthis"))
        #expect(!found.contains("United Kingdom criticises United Nations"))
    }

    @Test func whoIsJudgedForAnActDescribedByAParticipleIsItsAgent() {
        let source = "Foreign, Commonwealth & Development Office"
        #expect(EncounterTests.statement("The United Kingdom condemns the law issued by the Taliban.", source: source)
            .contains("United Kingdom criticises Taliban"))
        #expect(EncounterTests.statement("We reject the decision taken by Israel to expand settlements.", source: source)
            .contains("United Kingdom rejects Israel"))
        // A place visited is no act judged: the one who funded it is not visited.
        let visit = EncounterTests.statement("The Minister visited a factory supported by a loan from Norway.", source: source)
        #expect(!visit.contains { $0.contains("visits Norway") })
    }

    @Test func aStatesMinistryByItsAdjective() {
        let extraction = ReadoutTests.extraction("The Taiwanese Defense Ministry said it spotted 37 Chinese aircraft near Taiwan.\n")
        #expect(extraction.entities.map(\.name).sorted() == ["China", "Taiwan"])
    }
}

/// Sides taken in a war and partnerships held.
@Suite struct SideAndPartnershipTests {
    @Test func whoFightsOnAPartysSideCooperatesInArms() {
        #expect(EncounterTests.triples("Eritrean forces fought on the side of Ethiopia.") == ["Eritrea cooperates_militarily_with Ethiopia"])
    }

    @Test func aPartnershipHeldMakesPartnersAndAnAllianceAllies() {
        #expect(EncounterTests.triples("Iraq and the United States have a strategic partnership.") == ["Iraq partner_of United States"])
        #expect(EncounterTests.triples("Kenya has a defense partnership with the United States.") == ["Kenya partner_of United States"])
        #expect(EncounterTests.triples("Kenya has an alliance with the United States.") == ["Kenya ally_of United States"])
        #expect(EncounterTests.triples("Kenya has a problem with Uganda.").isEmpty)
    }
}

/// What two parties trade goes both ways.
@Suite struct TradedAccusationTests {
    @Test func tradedAccusationsAccuseEachWay() {
        #expect(EncounterTests.triples("Russia and Ukraine traded blame for the attack.").sorted()
            == ["Russia accuses Ukraine", "Ukraine accuses Russia"])
        #expect(EncounterTests.triples("India and Pakistan traded threats.").sorted() == ["India threatens Pakistan", "Pakistan threatens India"])
    }
}

/// Bodies described in apposition: who backs them, who leads them, who speaks as their head.
@Suite struct AppositionBodyTests {
    static func triples(_ text: String) -> [String] { EncounterTests.triples(text) }

    @Test func theBackedIsTheNameTheNounDescribes() {
        let found = Self.triples("Hezbollah, the Iran-backed Lebanese militant group, fired rockets at Israel.")
        #expect(found.contains("Iran supports Hezbollah"))
        #expect(found.contains("Hezbollah located_in Lebanon"))
        #expect(!found.contains("Iran supports Lebanon"))
        #expect(!found.contains("Hezbollah located_in Iran"))
    }

    @Test func whoLeadsABody() {
        #expect(Self.triples("The RSF, a paramilitary group led by Mohamed Hamdan Dagalo, seized El Fasher.")
            .contains("Mohamed Hamdan Dagalo leader_of Rapid Support Forces"))
        let mission = Self.triples("The Multinational Security Support mission, led by Kenya, arrived in Haiti.")
        #expect(mission.contains("Kenya leader_of Multinational Security Support"))
        #expect(!mission.contains { $0.hasPrefix("Kenya cooperates_with") })
    }

    @Test func aBodysHeadNamedInAppositionActs() {
        let found = Self.triples("The head of the International Atomic Energy Agency, Rafael Grossi, visited Tehran.")
        #expect(found.contains("Rafael Grossi visits Iran"))
        #expect(!found.contains { $0.hasPrefix("International Atomic Energy Agency visits") })
    }

    @Test func anAgentThatNamesNoOneLeavesNoDoer() {
        #expect(!Self.triples("Burkina Faso, Mali and Niger, all ruled by military juntas, left ECOWAS.").contains { $0.contains("cooperates_with") })
    }
}

/// A longer name that ends in a surname the dictionary knows.
@Suite struct LongerNameTests {
    @Test func givenNamesBeforeAKnownSurnameMakeAnotherPerson() {
        let found = EncounterTests.triples("Kenyan President William Ruto and his Tanzanian counterpart Samia Suluhu Hassan met in Arusha.")
        #expect(found.contains("William Ruto meets_with Samia Suluhu Hassan"))
        #expect(!found.contains { $0.hasSuffix(" Hassan") && !$0.hasSuffix("Suluhu Hassan") })
        // An acronym the dictionary knows is no surname.
        let extraction = ReadoutTests.extraction("The Global Coalition to Defeat ISIS met in Rome.\n")
        #expect(!extraction.entities.map(\.name).contains("Defeat ISIS"))
    }
}

/// Where a body's name ends and a titled person begins.
@Suite struct BodyNameEndTests {
    @Test func aTitleEndsABodysName() {
        let extraction = ReadoutTests.extraction(
            "Inter-Governmental Authority on Development Executive Secretary Workneh Gebeyehu said that Sudan Army Chief Abdel Fattah al-Burhan and Rapid Support Forces leader Mohamed Hamdan Dagalo agreed to meet.\n")
        let names = extraction.entities.map(\.name)
        #expect(names.contains("Inter-Governmental Authority on Development"))
        #expect(names.contains("Workneh Gebeyehu"))
        #expect(names.contains("Rapid Support Forces"))
        #expect(!names.contains { $0.contains("Executive Secretary") || $0.contains(" and Rapid") })
        // A portfolio in a body's name is no title: "the Council on Foreign Relations".
        #expect(ReadoutTests.extraction("Analysts at the Council on Foreign Relations disagreed.\n").entities.map(\.name)
            .contains("Council on Foreign Relations"))
    }
}

/// A surname after a title with its portfolio, and "the two" who just met.
@Suite struct TitledSurnameTests {
    @Test func aSurnameAfterAHeadOfGovernmentsTitleOrAPortfolioIsAPerson() {
        let names = NoPartyNameTests.entities("Chancellor Merz of Germany and Secretary of State Rubio of the United States spoke.")
        #expect(names.contains("Friedrich Merz actor") && names.contains("Marco Rubio actor"))
        #expect(EncounterTests.triples("Chancellor Merz spoke with President Macron.").contains("Friedrich Merz consults Emmanuel Macron")
            || EncounterTests.triples("Chancellor Merz spoke with President Macron.").contains("Friedrich Merz meets_with Emmanuel Macron"))
        // A title's plural or a document after a title is no surname.
        let plural = NoPartyNameTests.entities("The G7 Foreign Ministers met in Capri.")
        #expect(!plural.contains { $0.hasPrefix("Ministers") })
    }

    @Test func theTwoAfterAMeetingAreThoseWhoMet() {
        let triples = EncounterTests.triples("Austin met with Chinese Defense Minister Dong Jun on Friday.\n\nThe two met again in Singapore to discuss defense relations.")
        #expect(triples.filter { $0 == "Austin meets_with Dong Jun" }.count == 2)
        // "The two" with no meeting before names no one.
        #expect(EncounterTests.triples("The two met in Singapore.").isEmpty)
    }
}
