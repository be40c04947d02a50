@testable import EntenteExtraction
import EntenteModel
import Testing

@Suite struct VerbDictionaryTests {
    typealias Phrase = VerbDictionary.Phrase
    typealias PP = VerbDictionary.PrepositionalPhrase
    let verbs = VerbDictionary.standard

    @Test func theConvertedDictionaryHasWhatPetrarch2Reads() {
        // CAMEO.2.0.txt: 40 synsets (558 members), 397 blocks, 1,817 verb lines, 4,668 patterns of
        // which 251 repeat a (block, pattern) key, 8 transformations (see PETRARCH2-CONVERSION.md).
        #expect(verbs.synsets.count == 40)
        #expect((540...558).contains(verbs.synsets.values.reduce(0) { $0 + $1.members.count }))
        #expect(verbs.blocks.count == 397)
        #expect((1_790...1_817).contains(verbs.verbs.count))
        #expect((4_300...4_420).contains(verbs.patternCount))
        #expect(verbs.transformations.count == 8)
        #expect(verbs.transformations[0].description == "~ a (a b attack) say = a b 015")
    }

    @Test func askForFinancialAidIs0231() throws {
        let match = try #require(verbs.match(verb: "ask", prepositions: [PP("for", Phrase("aid", modifiers: ["financial"]))]))
        #expect(match.code.description == "0231")
        #expect(match.pattern?.description == "* (for {financial aid})")
        #expect(match.pattern?.location.description == "CAMEO.2.0.txt:943")
        // Every verb of the ASK block shares its patterns.
        #expect(verbs.match(verb: "request", prepositions: [PP("for", Phrase("aid", modifiers: ["financial"]))])?.code.active == "0231")
        // Without the pattern, the verb's own code.
        let plain = try #require(verbs.match(verb: "ask", object: Phrase("question")))
        #expect(plain.pattern == nil)
        #expect(plain.code.description == "020")
    }

    @Test func visitCodesBothDirections() throws {
        let match = try #require(verbs.match(verb: "visit", subject: Phrase("president"), object: Phrase("Moscow")))
        #expect(match.pattern == nil)
        #expect(match.code == VerbCode(active: "042", passive: "043"))
        #expect(verbs.match(verb: "visit", prepositions: [PP("for", Phrase("talks"))])?.code.description == "046:046")
        // Inflected forms find the verb too.
        #expect(verbs.match(verb: "visited")?.verb.lemma == "visit")
    }

    @Test func aPassiveOnlyPatternMakesTheSubjectTheTarget() throws {
        // DIE `* (in {drone strike})`: CAMEO.2.0.txt writes [:1952], which CAMEO lacks; its parent 195 stands.
        let match = try #require(verbs.match(verb: "die", prepositions: [PP("in", Phrase("strike", modifiers: ["drone"]))]))
        #expect(match.code.active == nil)
        #expect(match.code.passive == "195")
        #expect(match.code.description == ":195")
        #expect(verbs.match(verb: "appear", prepositions: [PP("before", Phrase("court"))])?.code.description == ":173")
    }

    @Test func theMostSpecificPatternWins() {
        // ACCELERATE: `* (to)` 042:043, `* (to border)` 154, `* police (to border)` 153.
        #expect(verbs.match(verb: "rush", prepositions: [PP("to", Phrase("Kabul"))])?.code.description == "042:043")
        #expect(verbs.match(verb: "rush", prepositions: [PP("to", Phrase("border"))])?.code.description == "154")
        #expect(
            verbs.match(verb: "rush", object: Phrase("police"), prepositions: [PP("to", Phrase("border"))])?.code.description
                == "153")
        // As in PETRARCH2's depth-first walk, an object beats a prepositional phrase (`* aid` 070
        // over `* (to)`), and a subject beats both (`&MILITARY *` 154).
        #expect(verbs.match(verb: "rush", object: Phrase("aid"), prepositions: [PP("to", Phrase("Kabul"))])?.code.description == "070")
        #expect(
            verbs.match(verb: "rush", subject: Phrase("troop", form: "troops"), prepositions: [PP("to", Phrase("Kabul"))])?.code
                .description == "154")
    }

    @Test func synsetsMatchTheirMembersAndPlurals() {
        // ASK `* &CURRENCY` 0231: "asked for dollars" has dollar as its object's lemma.
        #expect(verbs.match(verb: "ask", object: Phrase("dollar", form: "dollars"))?.code.description == "0231")
        // ARRANGE `* off &WEAPON` 183: the particle is a word of the pattern.
        #expect(verbs.match(verb: "set", particle: "off", object: Phrase("bomb"))?.code.description == "183")
        // ARRANGE `&AIRCRAFT * raids` 195: the subject's head is a member.
        #expect(verbs.match(verb: "stage", subject: Phrase("jet", form: "jets"), object: Phrase("raid", form: "raids"))?.code.description == "195")
        // ASK `prosecutor * &DETENTION` 173 needs that subject.
        #expect(verbs.match(verb: "ask", subject: Phrase("prosecutor"), object: Phrase("custody"))?.code.description == "173")
        #expect(verbs.match(verb: "ask", subject: Phrase("minister"), object: Phrase("custody"))?.pattern == nil)
    }

    @Test func aPassiveClauseIsMatchedInTheActiveVoice() {
        // "Raids were staged by jets": the agent of `by` plays the subject of `&AIRCRAFT * raids`.
        let clause = VerbDictionary.Clause(
            verb: "stage", subject: Phrase("raid", form: "raids"), objects: [],
            prepositions: [PP("by", Phrase("jet", form: "jets"))], isPassive: true)
        #expect(verbs.match(clause)?.code.description == "195")
    }

    @Test func multiWordVerbsTakeTheirParticle() throws {
        let (found, tookParticle) = verbs.verbs("call", particle: "off")
        #expect(tookParticle)
        #expect(found.first?.block == "CANCEL")
        #expect(found.first?.code.description == "160")
        #expect(verbs.match(verb: "call", particle: "off")?.code.description == "160")
        // CANCEL `* attacks` 0871: "called off the attacks" de-escalates.
        #expect(verbs.match(verb: "call", particle: "off", object: Phrase("attack", form: "attacks"))?.code.description == "0871")
    }

    @Test func aVerbInSeveralBlocksTakesPatternsFromEach() throws {
        // ABANDON is in EVACUATE [---] and in ABANDON [080]. PETRARCH2 keeps only the first; here
        // the first still gives the default code, and ABANDON's `* policy` [100] applies too.
        #expect(verbs.verbs("abandon").verbs.map(\.block) == ["EVACUATE", "ABANDON"])
        #expect(verbs.match(verb: "abandon")?.code == VerbCode.none)
        let match = try #require(verbs.match(verb: "abandon", object: Phrase("policy")))
        #expect(match.code.description == "100")
        #expect(match.verb.block == "ABANDON")
    }

    @Test func patternsReadBackAsTheyAreWritten() throws {
        let location = DataFileError.Location(file: "test", line: 1)
        let pattern = try VerbPattern(
            block: "ASK", text: "- $ * (FOR {FINANCIAL AID}) (TO +) AIR_STRIKE", code: .none, location: location)
        #expect(pattern.description == "* {air strike} (for {financial aid}) (to)")
        #expect(pattern.prepositions.first?.object == VerbPattern.Noun(head: .literal("aid"), modifiers: [.literal("financial")]))
        #expect(throws: DataFileError.self) { try VerbPattern(block: "ASK", text: "* (FOR", code: .none, location: location) }
        #expect(VerbCode(parsing: "[042:043]") == VerbCode(active: "042", passive: "043"))
        #expect(VerbCode(parsing: ":1952") == VerbCode(active: nil, passive: "1952"))
        #expect(VerbCode(parsing: "---") == VerbCode.none)
        #expect(VerbCode(parsing: "080!") == nil)
    }

    @Test func aUserFileInPetrarch2FormatAddsVerbsAndPatternsFirst() throws {
        let text = """
            # My verbs
            &DRONE_STRIKE
            +DRONE
            +UAV_
            ---  HACK   [176]  ---
            HACK
            +BREAK_INTO {+BROKE_INTO +BROKEN_INTO +BREAKS_INTO +BREAKING_INTO}
            - * &DRONE_STRIKE         [195]     # a comment
            - * (INTO {EMAIL ACCOUNT}) [1711]
            ---  ASK   [---]  ---
            - * (FOR {FINANCIAL AID})  [0233]
            """
        var dictionary = VerbDictionary.standard
        try dictionary.add(petrarch: text, file: "my-verbs.txt")
        #expect(dictionary.match(verb: "hacked")?.code.description == "176")
        #expect(dictionary.match(verb: "hack", object: Phrase("uav"))?.code.description == "195")
        #expect(dictionary.match(verb: "hack", object: Phrase("drone", form: "drones"))?.code.description == "195")
        #expect(dictionary.match(verb: "broke", particle: "into", object: nil)?.verb.lemma == "break")
        #expect(
            dictionary.match(verb: "hack", prepositions: [PP("into", Phrase("account", modifiers: ["email"]))])?.code.description
                == "1711")
        // The user's pattern replaces the standard one written the same way.
        #expect(dictionary.match(verb: "ask", prepositions: [PP("for", Phrase("aid", modifiers: ["financial"]))])?.code.description == "0233")
        #expect(dictionary.match(verb: "ask", prepositions: [PP("for", Phrase("aid", modifiers: ["financial"]))])?.pattern?.location.description == "my-verbs.txt:11")
        #expect(dictionary.verbs.count == VerbDictionary.standard.verbs.count + 2)
    }

    @Test(arguments: [
        ("---  ASK   [---]  ---\nASK\n- * (FOR {FINANCIAL AID}  [0231]\n", 3),
        ("ASK [020]\n", 1),
        ("---  ASK   [---]  ---\nASK\n- * &NO_SUCH_SET  [0231]\n", 3),
        ("---  ASK  [---]  ---\n\n- * (FOR AID)  [02X1]\n", 3),
        ("---  ASK   ---\n", 1),
        ("---  ASK  [---]  ---\nSHUT_+DOWN\n", 2),
        ("~ a (a b ATTACK SAY = a b 015\n", 1),
    ])
    func aBadUserFileSaysWhereItIsWrong(text: String, line: Int) {
        #expect {
            try VerbDictionary.parsePetrarch(text, file: "verbs.txt")
        } throws: { error in
            guard let error = error as? DataFileError else { return false }
            return error.location == DataFileError.Location(file: "verbs.txt", line: line)
        }
    }
}
