import EntenteModel
import EntenteNLP
import Testing

@testable import EntenteExtraction

/// Appeals made without "call on", rights upheld, and parties acting together in arms: each
/// sentence gave nothing, or less, before its rule.
@Suite struct AppealAndCoAgentTests {
    static let foreignOffice = "Foreign, Commonwealth & Development Office"

    static func statement(_ body: String) -> [String] { EncounterTests.statement(body, source: foreignOffice) }
    static func triples(_ text: String) -> [String] { EncounterTests.triples(text) }

    @Test func whatAPartyShouldDoIsAnAppealToIt() {
        #expect(Self.statement("Kosovo and Serbia should honour their existing commitments.")
            == ["United Kingdom appeals_to Kosovo", "United Kingdom appeals_to Serbia"])
        // The appeal is made even when what is asked is not to act.
        #expect(Self.statement("Kosovo should not take unilateral actions.") == ["United Kingdom appeals_to Kosovo"])
        #expect(Self.triples("Blinken said Israel should do more to protect civilians.") == ["Antony Blinken appeals_to Israel"])
        // A passive asks it of others; an inverted "should" is a condition.
        #expect(Self.statement("Russia should be held accountable.").isEmpty)
        #expect(!Self.statement("Should Iran attack Israel, we will respond.").contains { $0.contains("appeals_to") })
        // "Must" stays a demand.
        #expect(Self.statement("Iran must not transfer missiles to Russia.").contains("United Kingdom demands Iran"))
    }

    @Test func aCallRenewedOrAddressedAppealsToTheOneCalledOn() {
        #expect(Self.statement("We reiterate our call to the Georgian government to return to its Euro-Atlantic path.")
            == ["United Kingdom appeals_to Georgia"])
        #expect(Self.statement("We renew our calls for Russia to withdraw.") == ["United Kingdom appeals_to Russia"])
        // Echoing another's call backs the caller.
        #expect(Self.triples("The UK echoed the African Union's call for a ceasefire.") == ["United Kingdom supports African Union"])
    }

    @Test func urgingANegotiationAppealsToItsSides() {
        let urged = Self.statement("We urge dialogue between Kosovo and Serbia.")
        #expect(urged.contains("United Kingdom appeals_to Kosovo") && urged.contains("United Kingdom appeals_to Serbia"))
        let encouraged = Self.statement(
            "We also encourage further concrete progress in the negotiations between the Syrian Democratic Forces and the Syrian Government.")
        #expect(encouraged.contains("United Kingdom appeals_to Syrian Democratic Forces") && encouraged.contains("United Kingdom appeals_to Syria"))
        // A party urged directly is the call's, once.
        #expect(Self.triples("The UN urged Israel and Hamas to agree a ceasefire.").filter { $0.hasPrefix("United Nations") }
            == ["United Nations appeals_to Israel", "United Nations appeals_to Hamas"])
    }

    @Test func upholdingARightToSelfDefenceBacksItsHolder() {
        #expect(Self.statement("We reaffirm Israel’s right to defend itself.") == ["United Kingdom supports Israel"])
        #expect(Self.statement("We are clear about Israel’s right to self-defence against these attacks.") == ["United Kingdom supports Israel"])
        // Denied or questioned, it backs no one.
        #expect(Self.triples("Iran denied Israel's right to defend itself.") == ["Iran rejects Israel"])
        #expect(Self.statement("We do not recognise Russia's right to self-defence here.").allSatisfy { !$0.contains("supports") })
    }

    @Test func partiesToOneArmedActCooperateInArms() {
        let struck = Self.triples("The United States and Britain struck Houthi targets in Yemen.")
        #expect(struck.contains("United States cooperates_militarily_with United Kingdom"))
        #expect(struck.contains("United States attacks Houthis") && struck.contains("United Kingdom attacks Houthis"))
        #expect(Self.triples("The United States and the United Kingdom have conducted retaliatory strikes in Yemen.")
            == ["United States cooperates_militarily_with United Kingdom"])
        // Two sides fighting each other are no allies.
        #expect(Self.triples("Israel and Hamas fought in Gaza.") == ["Israel clashes_with Hamas"])
        // A denied attack is no joint act.
        #expect(!Self.triples("Russia and Belarus denied attacking Ukraine.").contains { $0.contains("cooperates_militarily_with") })
    }

    @Test func aPairsDefenseRelationshipIsCooperationInArms() {
        #expect(Self.triples("Austin met Lourenço to advance the growing U.S.-Angola bilateral defense relationship.")
            .contains("United States cooperates_militarily_with Angola"))
        // A relationship with no word of arms or cooperation states none.
        #expect(!Self.triples("They reviewed the U.S.-Angola bilateral relationship.").contains { $0.contains("cooperates") })
    }

    @Test func aGroupOrInstitutionNamedInAPlaceIsLocatedThere() {
        #expect(Self.triples("The TTP is the largest terrorist group in Afghanistan.") == ["TTP located_in Afghanistan"])
        #expect(Self.triples("Leif-Eric Easley, professor at Ewha University in Seoul, said.").contains("Ewha University located_in Seoul"))
        #expect(Self.triples("Hamas in Gaza fired rockets at Israel.").contains("Hamas located_in Gaza"))
        // A body that acts across borders is where it acts, not where it is.
        #expect(Self.triples("The UN in Haiti warned of famine.").isEmpty)
    }

    @Test func aPersonFromABodyIsOneOfItsMembers() {
        #expect(Self.triples("Blinken met with Edgard Leblanc Fils from Haiti's Transitional Presidential Council.")
            .contains("Edgard Leblanc Fils member_of Transitional Presidential Council"))
        #expect(Self.triples("Ahmed Ali from Hamas said the talks failed.") == ["Ahmed Ali member_of Hamas"])
        // A state is where one comes from, not a body one belongs to.
        #expect(!Self.triples("Antony Blinken met with William Ruto from Kenya.").contains { $0.contains("member_of") })
    }

    @Test func supportInArmsIsMaterialHelpBesidesBacking() {
        let industry = Self.triples("Blinken expressed concern about China's support for Russia's defense industry.")
        #expect(industry.contains("China supports Russia") && industry.contains("China arms Russia"))
        #expect(Self.triples("Washington announced new military assistance for Ukraine.") == ["United States arms Ukraine"])
        // Backing alone, or a commitment to another's security, is no help in arms.
        #expect(Self.triples("The United States reaffirmed its support for Ukraine.") == ["United States supports Ukraine"])
        #expect(Self.triples("The UK reiterated its commitment to Israel's security.") == ["United Kingdom supports Israel"])
    }

    @Test func strikesTradedAreAClash() {
        #expect(Self.triples("Iran and Pakistan traded strikes last week.") == ["Iran clashes_with Pakistan"])
        #expect(Self.triples("Israel and Hezbollah have exchanged rocket fire since October.") == ["Israel clashes_with Hezbollah"])
    }

    @Test func theCountryAsSubjectContinuesTheStateBefore() {
        #expect(Self.triples("Somalia rejected the deal. The country accused Ethiopia of interfering.") == ["Somalia accuses Ethiopia"])
        // Not where the state before was no subject, nor as a place.
        #expect(Self.triples("Blinken visited Kenya. The country accused Ethiopia of interfering.") == ["Antony Blinken visits Kenya"])
    }

    @Test func aCallUponIsACallOn() {
        #expect(Self.statement("We call upon Iran to cease its support to armed groups.") == ["United Kingdom appeals_to Iran"])
    }

    @Test func anUnnamedBodyDoesWhatItsParticipleSays() {
        // The coalition supports Ukraine, not the one who hopes to outlast it.
        #expect(Self.triples("If Vladimir Putin thinks he can outlast the coalition supporting Ukraine, he is wrong.").isEmpty)
        // A declaration's issuer still demands what it demands.
        #expect(Self.triples("Russia issued a declaration demanding that Ukraine withdraw.") == ["Russia demands Ukraine"])
    }

    @Test func oneWhoLeavesForAVisitVisits() {
        #expect(Self.triples("President William Ruto left Kenya Thursday evening for a two-day official visit to Germany.")
            == ["William Ruto visits Germany"])
        // Leaving for good is still a withdrawal.
        #expect(Self.triples("French troops left Niger for good.") == ["France withdraws_from Niger"])
    }

    @Test func thoseWhoMeetAtASummitAbroadVisitItsState() {
        #expect(Self.triples("Blinken met Wang at the ASEAN summit in Laos.").contains("Antony Blinken visits Laos"))
    }

    @Test func aPairsPartnershipMakesThemPartners() {
        #expect(Self.triples("Zeya will underscore the strength of the U.S.-Jamaica partnership.") == ["United States partner_of Jamaica"])
    }

    @Test func supportGivenAsAidIsAid() {
        let aid = Self.triples("The UK will continue to support the people of Afghanistan through distribution of over 200 million dollars in aid.")
        #expect(aid.contains("United Kingdom aids Afghanistan") && aid.contains("United Kingdom supports Afghanistan"))
        #expect(Self.triples("The UK supports Ukraine with words and deeds.") == ["United Kingdom supports Ukraine"])
    }

    @Test func aTitleAloneIsThePersonTheStoryGaveIt() {
        let story = "Deputy Secretary of State Kurt Campbell met with Mongolian Prime Minister Oyun-Erdene Luvsannamsrai in Ulaanbaatar. "
            + "The United States is investing in the relationship.\n\n"
            + "In Ulaanbaatar, the Deputy Secretary also met with Foreign Minister Battsetseg."
        #expect(Self.triples(story).contains("Kurt Campbell meets_with Battsetseg"))
        // A title the story gave no one stays no one.
        #expect(!Self.triples("The Secretary met with Foreign Minister Battsetseg.").contains { $0.hasSuffix("meets_with Battsetseg") })
    }

    @Test func controlOfLandIsHoldingIt() {
        #expect(Self.triples("The Houthis, who control much of Yemen, fired missiles.") == ["Houthis occupies Yemen"])
        // Control of access is no hold on land.
        #expect(Self.triples("Beijing has asserted its desire to control access to the South China Sea.").isEmpty)
    }
}
