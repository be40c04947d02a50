@testable import EntenteModel
import Testing

@Suite struct NameKeyTests {
    @Test(arguments: [
        ("U.S.", "US"),
        ("Al-Bab", "al bab"),
        ("Erdoğan", "erdogan"),
        ("  Free   Syrian\tArmy ", "free syrian army"),
        ("Kurdistan Workers’ Party", "Kurdistan Workers' Party"),
        ("ＮＡＴＯ", "nato"),
    ])
    func foldsEquivalentSpellingsTogether(a: String, b: String) {
        #expect(NameKey(a) == NameKey(b))
    }

    @Test func theASCIIFoldingGivesFoundationsKeyForEveryASCIIName() {
        // Every ASCII byte, control characters included, in names of up to 12 bytes.
        var random = SplitMix64(seed: 13)
        var names = ["", " ", "U.S.", "AL-BAB", "  Free   Syrian\tArmy ", "O'Neil_Smith", "a\u{0B}b\u{0C}c\rd", "\u{7F}X\u{01}"]
        for _ in 0..<5_000 {
            let length = random.below(13)
            names.append(String(decoding: (0..<length).map { _ in UInt8(random.below(128)) }, as: UTF8.self))
        }
        for name in names {
            #expect(NameKey.foldedASCII(name) == NameKey.folded(name), "\(Array(name.utf8))")
        }
        #expect(NameKey.foldedASCII("Erdoğan") == nil)
        #expect(NameKey("Erdoğan").rawValue == "erdogan")
    }

    @Test func keepsDifferentNamesApart() {
        #expect(NameKey("Iran") != NameKey("Iraq"))
        #expect(NameKey("Niger") != NameKey("Nigeria"))
    }

    @Test func editDistanceCountsEdits() {
        #expect(EditDistance.between("turkey", "turkye") == 1)
        #expect(EditDistance.between("MATHC", "MATCH") == 1)
        #expect(EditDistance.between("kitten", "sitting") == 3)
        #expect(EditDistance.between("", "abc") == 3)
        #expect(EditDistance.between("abcdef", "uvwxyz", limit: 2) > 2)
    }
}
