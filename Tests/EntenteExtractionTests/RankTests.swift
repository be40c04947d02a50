import Testing

@testable import EntenteExtraction

/// Ranks written short before a name: "Brig. Gen. Pat Ryder", "Maj. Gen. Pat Ryder".
@Suite struct RankTests {
    @Test func aRanksFullStopDoesNotEndTheSentence() {
        let found = EncounterTests.triples("Austin visited Kenya, said Pentagon Press Secretary Air Force Brig. Gen. Pat Ryder.")
        #expect(found.contains { $0.hasPrefix("Austin visits Kenya") || $0.hasPrefix("Lloyd Austin visits Kenya") })
        #expect(!found.contains { $0.contains("Air Force Brig") })
        #expect(found.contains("Pat Ryder member_of United States"))
    }

    @Test func aTitleHungOnTheRankIsTheNamesTitle() {
        let found = EncounterTests.triples("Austin visited Kenya, said Pentagon Press Secretary Air Force Maj. Gen. Pat Ryder.")
        #expect(found.contains("Pat Ryder member_of United States"))
    }
}

/// Judgements and thanks a statement's parser splits or hangs elsewhere.
@Suite struct SplitStatementTests {
    @Test func anActBlamedByItsWordIsItsDoersByItsBy() {
        let found = EncounterTests.statement("These were shocking attacks by the Syrian regime, aimed at its own people.",
                                             source: "Foreign, Commonwealth & Development Office")
        #expect(found.contains("United Kingdom criticises Syria"))
    }

    @Test func eachOneThankedForTheirOwnReasonIsPraised() {
        let found = EncounterTests.statement("We thank Mr Ebo for her briefing and the OPCW Director-General for his report.",
                                             source: "Foreign, Commonwealth & Development Office")
        #expect(found.contains("United Kingdom praises Organization for the Prohibition of Chemical Weapons"))
    }
}

@Suite struct TitledOfStateTests {
    @Test func aTitleANameAndTheStateAfterOfAreReadOffTheWords() {
        let found = EncounterTests.triples("President Macron of France, Prime Minister Starmer of the United Kingdom and Chancellor Merz "
            + "of Germany co-chaired a meeting of the coalition.")
        #expect(found.contains("Merz leader_of Germany") || found.contains("Friedrich Merz leader_of Germany"))
        #expect(!found.contains { $0.contains("Merz") && $0.contains("United Kingdom") })
    }

    @Test func aDeputyIsAMemberNotALeader() {
        let found = EncounterTests.triples("Austin met Deputy Prime Minister Marles of Australia, and Defence Minister Nakatani of Japan.")
        #expect(!found.contains { $0.contains("Marles leader_of") })
    }
}

/// Verbs measured never, or only as a purpose, to state a concession between the parties around them.
@Suite struct NoConcessionTests {
    @Test func allowingOrEnablingIsNoConcession() {
        for text in ["Blinken urged Aliyev to allow an observer mission into Nagorno-Karabakh.",
                     "Turkey approved Sweden's NATO bid in January.",
                     "Houthi attacks, enabled by support from Iran, continue."] {
            #expect(!EncounterTests.triples(text).contains { $0.contains("concedes_to") }, "\(text)")
        }
    }

    @Test func allowingAsThePurposeOfAnActDoneConcedes() {
        #expect(EncounterTests.triples("Turkey opened the border crossing on Monday to allow the delivery of food to Syria.")
            .contains("Turkey concedes_to Syria"))
    }
}
