@testable import EntenteExtraction
import EntenteModel
import Testing

@Suite struct ActorDictionaryTests {
    let actors = ActorDictionary.standard

    static func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDay { CalendarDay(year: year, month: month, day: day)! }

    @Test func theConvertedDictionaryHasWhatPetrarch2Reads() {
        // Countries 25,917 phrases in 18,390 entries, International 7,907 in 7,841 (1,135 repeated),
        // MilNonState 1,793 in 1,021; duplicates and unreadable names are dropped (PETRARCH2-CONVERSION.md).
        let bySource = Dictionary(grouping: actors.entries, by: \.location.file).mapValues(\.count)
        #expect((18_300...18_390).contains(bySource["actors-countries.tsv"] ?? 0))
        #expect((6_700...7_841).contains(bySource["actors-international.tsv"] ?? 0))
        #expect((1_000...1_021).contains(bySource["actors-nonstate.tsv"] ?? 0))
        #expect((33_000...35_600).contains(actors.phraseCount))
        let roles = actors.entries.reduce(0) { $0 + $1.roles.count }
        #expect((36_000...37_300).contains(roles))
    }

    @Test func erdoganHeadsTheGovernmentOnlyFrom2002() {
        // RECEP_TAYYIP_ERDOGAN_: [TURELI 720101-021118] [TURGOV 021118-030314] [TURGOV >030314] [TURELI]
        #expect(actors.code(for: "Recep Tayyip Erdogan", on: Self.day(2017, 3, 1)) == "TURGOV")
        #expect(actors.code(for: "Recep Tayyip Erdogan", on: Self.day(1990, 1, 1)) == "TURELI")
        #expect(actors.code(for: "ERDOĞAN", on: Self.day(2017, 3, 1)) == "TURGOV")
        #expect(actors.code(for: "erdogan", on: Self.day(2002, 11, 17)) == "TURELI")
        #expect(actors.code(for: "erdogan", on: Self.day(2002, 11, 18)) == "TURGOV")
        // Without a date only the undated default holds.
        #expect(actors.code(for: "Erdogan", on: nil) == "TURELI")
        #expect(actors.roles(for: "Erdogan").map(\.description) == [
            "TURELI 19720101-20021118", "TURGOV 20021118-20030314", "TURGOV 20030314-", "TURELI",
        ])
        #expect(actors.entries(for: "Erdogan").first?.type == "person")
    }

    @Test func putinsRolesFollowHisOffices() {
        #expect(actors.code(for: "Vladimir Putin", on: Self.day(1995, 6, 1)) == "RUSELI")
        #expect(actors.code(for: "President Putin", on: Self.day(2005, 6, 1)) == "RUSGOV")
        #expect(actors.code(for: "Putin", on: Self.day(2017, 3, 10)) == "RUSGOV")
    }

    @Test func countriesCitiesAndOrganisations() {
        #expect(actors.code(for: "Russian", on: nil) == "RUS")
        #expect(actors.code(for: "Kabul", on: nil) == "AFG")
        #expect(actors.entries(for: "Afghanistan").first?.type == "state")
        #expect(actors.code(for: "Amnesty International", on: nil) == "NGOHRIAMN")
        #expect(actors.code(for: "Abu Sayyaf Group", on: nil) == "PHLREB")
        #expect(actors.code(for: "No Such Actor", on: nil) == nil)
    }

    @Test func theLongestNameWinsInASentence() throws {
        let tokens = DictionaryTokens(["Russian", "President", "Vladimir", "Putin", "met", "Recep", "Tayyip", "Erdoğan", "."])
        let found = actors.matches(in: tokens)
        #expect(found.map(\.range) == [0..<4, 5..<8])
        #expect(found.map { $0.code(on: Self.day(2017, 3, 10)) } == ["RUSGOV", "TURGOV"])
        let erdogan = try #require(actors.longestMatch(in: tokens, at: 5))
        #expect(erdogan.phrase == "recep tayyip erdogan")
        #expect(actors.longestMatch(in: tokens, at: 4) == nil)
    }

    @Test func hyphensAndPunctuationFoldAway() {
        #expect(DictionaryTokens.words(in: "al-Qaeda's") == ["al", "qaeda's"])
        #expect(DictionaryTokens.words(in: "KOREA, NORTH") == ["korea", "north"])
        #expect(DictionaryTokens.words(in: "U.S._Secretary  of\tState") == ["u.s.", "secretary", "of", "state"])
        #expect(DictionaryTokens.words(in: "Côte d\u{2019}Ivoire") == ["cote", "d'ivoire"])
        let tokens = DictionaryTokens(["militants", "of", "al", "-", "Qaeda", "attacked"])
        let match = actors.matches(in: tokens).first { $0.phrase == "al qaeda" }
        #expect(match?.range == 2..<5)
        #expect(match?.code(on: nil) != nil)
    }

    @Test func aNameCodedAsNoActorKeepsAShorterOneFromMatching() throws {
        // INDIAN_OCEAN [---]: "Indian Ocean" is no actor, and not India either.
        let tokens = DictionaryTokens(["the", "Indian", "Ocean"])
        let match = try #require(actors.longestMatch(in: tokens, at: 1))
        #expect(match.range == 1..<3)
        #expect(match.code(on: nil) == nil)
        #expect(actors.code(for: "Indian", on: nil) == "IND")
    }

    @Test func aUserFileInPetrarch2FormatComesFirst() throws {
        let text = """
            # Leaders after the dictionaries were last updated
            DONALD_TRUMP_   # a primary name
            +PRESIDENT_TRUMP
            \t[USAELI <20170120]
            \t[USAGOV 20170120-20210120]
            \t[USAELI]
            RECEP_TAYYIP_ERDOGAN_ [TURGOVPRS >20140828]
            AMNESTY_INTERNATIONAL_\t[NGOHRI][---]
            """
        var dictionary = ActorDictionary.standard
        try dictionary.add(petrarch: text, file: "my-actors.txt")
        #expect(dictionary.code(for: "President Trump", on: Self.day(2018, 5, 1)) == "USAGOV")
        #expect(dictionary.code(for: "Donald Trump", on: Self.day(2016, 5, 1)) == "USAELI")
        #expect(dictionary.code(for: "Donald Trump", on: Self.day(2022, 5, 1)) == "USAELI")
        #expect(dictionary.entries(for: "Donald Trump").first?.location.description == "my-actors.txt:2")
        // The user's roles are tried before the standard ones, which still apply where theirs do not.
        #expect(dictionary.code(for: "Recep Tayyip Erdogan", on: Self.day(2015, 1, 1)) == "TURGOVPRS")
        #expect(dictionary.code(for: "Recep Tayyip Erdogan", on: Self.day(2010, 1, 1)) == "TURGOV")
        #expect(dictionary.code(for: "Recep Tayyip Erdogan", on: Self.day(1990, 1, 1)) == "TURELI")
        #expect(dictionary.code(for: "Amnesty International", on: nil) == "NGOHRI")
        // Six-digit years: 00–30 are 20YY.
        let years = try ActorDictionary.parsePetrarch("ENVER_HOXHA [ALBGOV 441022-850411]\nX [ALB >300101]", file: "x")
        #expect(years.roles(for: "Enver Hoxha").first?.from == Self.day(1944, 10, 22))
        #expect(years.code(for: "Enver Hoxha", on: Self.day(1985, 4, 10)) == "ALBGOV")
        #expect(years.code(for: "Enver Hoxha", on: Self.day(1985, 4, 11)) == nil)
        #expect(years.roles(for: "X").first?.from == Self.day(2030, 1, 1))
    }

    @Test(arguments: [
        ("DONALD_TRUMP\n\t[USAGOV 2017012-20210120]\n", 2),
        ("DONALD_TRUMP\n\t[USAGOV 20170120]\n", 2),
        ("\t[USAGOV]\n", 1),
        ("+TRUMP\n", 1),
        ("DONALD_TRUMP\n+TRUMP\n\nMELANIA_TRUMP\n\t[USAELI]\n", 1),
        ("DONALD_TRUMP [usa gov]\n", 1),
        ("# comment\nDONALD_TRUMP [USAGOV] trailing\n", 2),
    ])
    func aBadUserFileSaysWhereItIsWrong(text: String, line: Int) {
        #expect {
            try ActorDictionary.parsePetrarch(text, file: "actors.txt")
        } throws: { error in
            (error as? DataFileError)?.location == DataFileError.Location(file: "actors.txt", line: line)
        }
    }
}
