import Testing
@testable import EntenteNLP

/// The regex matcher keeps Python's semantics where ICU or a naive port would not; expected values
/// were printed by Python 3.11's `re`.
@Suite struct PythonRegexTests {
    private func matches(_ pattern: String, _ text: String) throws -> [Range<Int>] {
        let regex = try PythonRegex(pattern)
        var scratch = RegexScratch()
        let codePoints = text.unicodeScalars.map { $0.value }
        return codePoints.withUnsafeBufferPointer { regex.allMatches(in: $0, 0..<$0.count, scratch: &scratch) }
    }

    private func search(_ pattern: String, _ text: String, from start: Int = 0) throws -> Range<Int>? {
        let regex = try PythonRegex(pattern)
        var scratch = RegexScratch()
        let codePoints = text.unicodeScalars.map { $0.value }
        return codePoints.withUnsafeBufferPointer { regex.firstMatch(in: $0, start..<$0.count, scratch: &scratch) }
    }

    @Test func findsEmptyMatchesAsPythonDoes() throws {
        let star = try matches("a*", "baa")
        #expect(star == [0..<0, 1..<3, 3..<3])
        let orEmpty = try matches("a|", "baa")
        #expect(orEmpty == [0..<0, 1..<2, 2..<3, 3..<3])
    }

    @Test func dollarAlsoMatchesBeforeAFinalNewline() throws {
        let beforeNewline = try search("x$", "ax\n")
        #expect(beforeNewline == 1..<2)
        let beforeReturn = try search("x$", "ax\r")
        #expect(beforeReturn == nil)
    }

    @Test func lookbehindDoesNotSeeBeforeTheSlice() throws {
        let inSlice = try search("(?<=a)b", "ab", from: 1)
        #expect(inSlice == nil)
        let inWhole = try search("(?<=a)b", "ab")
        #expect(inWhole == 1..<2)
        let operators = try matches("(?<=[0-9])[+\\-\\*^](?=[0-9-])", "1+2-3")
        #expect(operators == [1..<2, 3..<4])
    }

    @Test func wordClassIsPythons() throws {
        let word = try search("\\w+", "e\u{301}x")
        #expect(word == 0..<1)
        let scheme = try search("[\\w\\-]{2,}://", "e\u{301}x://")
        #expect(scheme == nil)
    }

    @Test func alternativesAreTriedInOrderWithBacktracking() throws {
        let backtracked = try search("^(?:ab|a)(?:c|bc)$", "abc")
        #expect(backtracked == 0..<3)
        let bracketFirst = try search("[]a-]+", "x]-a")
        #expect(bracketFirst == 1..<4)
        let dots = try search("\\.\\.+$", "ab....")
        #expect(dots == 2..<6)
        let unit = try search("(?:km|m)$|s$", "1km")
        #expect(unit == 1..<3)
    }

    /// `url_match` would backtrack quadratically here without the run memo; the step limit would
    /// then give up and call a real URL no URL.
    @Test func staysLinearOnColonsAndAtSigns() throws {
        let url = try PythonRegex("^(?:\\S+(?::\\S*)?@)?[a-z]+\\.[a-z]{2,}(?:[/?#]\\S*)?$",
                                  stepLimit: .linear(base: 1_000, perCodePoint: 40))
        var scratch = RegexScratch()
        let text = "x.org/" + String(repeating: "a:", count: 20_000)
        let codePoints = text.unicodeScalars.map { $0.value }
        let end = codePoints.withUnsafeBufferPointer { url.matchEnd(in: $0, 0..<$0.count, scratch: &scratch) }
        #expect(end == codePoints.count)
    }

    @Test func rejectsSyntaxItWouldMatchDifferently() {
        for pattern in ["a{2,3}?", "(?i)a", "\\bword", "(a)\\1", "a++", "(?<=a+)b"] {
            #expect(throws: RegexSyntaxError.self, "\(pattern)") { try PythonRegex(pattern) }
        }
    }
}
