import EntenteModel
import Testing

@testable import EntenteExtraction

/// What a government's own statement holds about the parties it speaks of, where the parties go
/// by the nominals its readers know them by ("the government", "the authorities").
@Suite struct AuthorsStanceTests {
    static func statement(_ body: String) -> [String] {
        AuthorsTests.triples(
            "UK statement at the UN Security Council\nPublished: 3 May 2024\nSource: Foreign, Commonwealth & Development Office\n\n"
                + body + "\n")
    }

    @Test func theGovernmentsEffortsAreTheStateTheStatementIsAbout() {
        #expect(Self.statement("Colombia has made progress on peace. We support the government's efforts to dismantle illegal armed groups.")
            .contains("United Kingdom supports Colombia"))
        #expect(Self.statement("Gabon held elections in August. We commend the authorities' cooperation with UNOCA so far.")
            .contains("United Kingdom praises Gabon"))
        // The authors say "we", never "the government": their own state is not the one meant.
        #expect(!Self.statement("The United Kingdom remains a firm supporter of peace. We support the government's efforts.")
            .contains("United Kingdom supports United Kingdom"))
    }

    @Test func anActNamedForBlameIsTheAuthorsCriticismOfItsDoer() {
        #expect(Self.statement("We reiterate that the region's security challenges are only exacerbated by the destabilising chaos of Russian mercenary group Wagner.")
            .contains("United Kingdom criticises Wagner Group"))
        #expect(Self.statement("Today marks the third year of President Putin's full-scale invasion, in clear breach of the UN Charter.")
            .contains("United Kingdom criticises Vladimir Putin"))
        #expect(Self.statement("Today, Nicolas Maduro held an illegitimate presidential inauguration in Venezuela.")
            .contains("United Kingdom criticises Nicolas Maduro"))
        // Blame spoken of by named people is theirs, and blame by people the coder cannot name is
        // no one's it can name.
        let discussed = Self.statement("Foreign Minister Penny Wong and Japanese Foreign Minister Yoko Kamikawa discussed the DPRK's illicit missile programs.")
        #expect(!discussed.contains("United Kingdom criticises North Korea"))
        #expect(!Self.statement("The national security advisors discussed the DPRK's illicit nuclear programs.")
            .contains { $0.hasSuffix("criticises North Korea") })
        // A word of praise names no blame, and a place is no doer.
        #expect(!Self.statement("We welcome Kenya's leadership of the mission.").contains { $0.contains("criticises") })
    }

    @Test func aPartCreditedWithPraiseIsTheAuthorsPraiseOfItsOwner() {
        #expect(Self.statement("Norway has long played a unique and valued role in supporting peace for Israelis and Palestinians.")
            .contains("United Kingdom praises Norway"))
        #expect(Self.statement("We note the essential role of the African Union in Somalia.").contains("United Kingdom praises African Union"))
        // A leader praises no part their own state played.
        let readout = Self.statement("President Sisi and the Foreign Secretary discussed Egypt's essential leadership role in facilitating assistance.")
        #expect(!readout.contains("Abdel Fattah el-Sisi praises Egypt"))
        // A part with no word of praise is no praise.
        #expect(!Self.statement("Norway has played a role in the talks.").contains("United Kingdom praises Norway"))
    }

    @Test func aThreatNamedBySpeakersIsTheirCriticism() {
        let agreed = EncounterTests.triples("Hegseth met Katz on Monday. Both leaders agreed that Iran remains a threat to regional security.")
        #expect(agreed.contains("Pete Hegseth criticises Iran") || agreed.contains("Hegseth criticises Iran"))
        #expect(agreed.contains { $0.hasPrefix("Katz criticises Iran") || $0.hasPrefix("Israel Katz criticises Iran") })
        let posed = EncounterTests.triples("Austin met Katz on Monday. They discussed the threat posed by Iran to Israel.")
        #expect(posed.contains { $0.hasSuffix("criticises Iran") })
        // A standing attitude of their own is held even as they discuss it.
        let shared = EncounterTests.triples("Austin met Healey at the Pentagon. The leaders discussed their shared support for Ukraine.")
        #expect(shared.contains { $0.hasSuffix("supports Ukraine") })
        // Words of blame no one named says, in a story no government tells, are the reporter's.
        #expect(!EncounterTests.triples("Iran remains a threat to regional security.").contains { $0.contains("criticises") })
    }

    @Test func anUnnamedMinisterSpeaksForTheStatementsState() {
        let found = Self.statement("The Foreign Secretary said: \"Iran's leaders must stop their destabilising activity in the region.\"")
        #expect(found.contains("United Kingdom demands Iran"))
        // A minister the story named is that person.
        let named = Self.statement("Foreign Secretary David Cameron met Iran's foreign minister. The Foreign Secretary said Iran must stop its attacks.")
        #expect(named.contains("David Cameron demands Iran"))
    }

    @Test func whatAStatementsSanctionsTargetIsSanctioned() {
        #expect(Self.statement("Today's sanctions target Iran's drone and missile programme.").contains("United Kingdom sanctions Iran"))
        #expect(Self.statement("The measures also target individuals and entities linked to the Islamic Revolutionary Guard Corps.")
            .contains("United Kingdom sanctions Islamic Revolutionary Guard Corps"))
        // A government's listing with no label is a sanction; with one, the label says what it is.
        #expect(Self.statement("The UK has designated four Iranian military officials.").contains("United Kingdom sanctions Iran"))
        #expect(!Self.statement("The UK has designated Lancaster House as the venue.").contains { $0.contains("sanctions") })
    }

    @Test func aStatementWelcomedIsItsIssuersAndAJointOneTheirAgreement() {
        let found = Self.statement("The UK welcomes the joint statement from President Biden, Emir Tamim and President el-Sisi.")
        #expect(found.contains("United Kingdom praises Joe Biden"))
        #expect(found.contains("United Kingdom praises Abdel Fattah el-Sisi"))
        #expect(found.contains("Joe Biden agrees_with Abdel Fattah el-Sisi"))
        // One issuer's statement is no agreement.
        #expect(!Self.statement("The UK welcomes the statement from President Biden.").contains { $0.contains("agrees_with") })
    }
}
