import Testing
@testable import EntenteNLP

/// Python `str` semantics that differ from Swift's, checked against values printed by Python 3.11.
@Suite struct PythonStringTests {
    @Test func whitespaceIsPythons() {
        for value: UInt32 in [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0x85, 0xA0, 0x1680,
                              0x2000, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000] {
            #expect(PythonString.isSpace(value), "U+\(String(value, radix: 16))")
        }
        for value: UInt32 in [0x00, 0x08, 0x200B, 0x180E, 0xFEFF, 0x2060, 0x41] {
            #expect(!PythonString.isSpace(value), "U+\(String(value, radix: 16))")
        }
        #expect(PythonString.isSpace("\r\n\u{1c}"))
        #expect(!PythonString.isSpace(""))
    }

    @Test func letterAndDigitTestsArePythons() {
        #expect(PythonString.isAlpha("café"))
        #expect(!PythonString.isAlpha("e\u{301}"))  // a combining mark is not a letter
        #expect(PythonString.isDigit("²"))
        #expect(!PythonString.isDecimal("²"))
        #expect(PythonString.isNumeric("½") && !PythonString.isDigit("½"))
        #expect(PythonString.isWordCharacter("_") && !PythonString.isWordCharacter("\u{301}"))
    }

    @Test func caseTestsArePythons() {
        #expect(PythonString.isUpper("U.S."))
        #expect(!PythonString.isUpper("1999"))
        #expect(PythonString.isUpper("Ⅻ"))  // Other_Uppercase counts
        #expect(!PythonString.isUpper("ǅ"))  // titlecase does not
        #expect(PythonString.isUpper(Unicode.Scalar("A")) && !PythonString.isUpper(Unicode.Scalar("a")))
        #expect(PythonString.isLower("abc1") && !PythonString.isLower("aBc"))
    }

    @Test func lowerUsesFullMappingsAndFinalSigma() {
        #expect(PythonString.lower("ΟΔΟΣ ΣΑ") == "οδος σα")
        #expect(PythonString.lower("İ").unicodeScalars.count == 2)
        #expect(PythonString.lower("NATO's") == "nato's")
        #expect(PythonString.lower("straße") == "straße")
    }
}
