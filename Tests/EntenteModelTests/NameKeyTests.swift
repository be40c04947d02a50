import EntenteModel
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
