/// Python 3 `str` predicates and case mapping, per Unicode code point.
///
/// spaCy's tokenizer, lexical attributes and lemmatizer are written against Python's `str`, whose
/// definitions differ from Swift's `Character` and `String` APIs: Python counts code points (never
/// grapheme clusters), compares code points exactly (never canonical equivalence) and has its own
/// notion of whitespace. Every stage of the port that must agree with spaCy goes through these.
///
/// The Unicode data comes from Swift's standard library, which may be a newer Unicode version than
/// the Python that trained the model (Python 3.11 ships Unicode 14.0). The answers differ only for
/// code points assigned after Unicode 14.0.
enum PythonString {

    // MARK: - Code-point predicates

    /// `str.isspace()` for one code point: its bidirectional class is WS, B or S, or its general
    /// category is Zs (CPython `_PyUnicode_IsWhitespace`). That is Unicode's White_Space (Swift's
    /// `properties.isWhitespace`) plus the information separators U+001C–U+001F. The set has not
    /// changed since Unicode 6.3 (which dropped U+180E), so it is spelled out.
    @inline(__always)
    static func isSpace(_ value: UInt32) -> Bool {
        if value < 0x80 {
            return value == 0x20 || (value >= 0x09 && value <= 0x0D) || (value >= 0x1C && value <= 0x1F)
        }
        switch value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool { isSpace(scalar.value) }

    /// `str.isalpha()` for one code point: general category Lu, Ll, Lt, Lm or Lo. Letter-like marks
    /// and letter numbers (Nl) are not alphabetic in Python, unlike Unicode's `Alphabetic` property.
    static func isAlpha(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value | 0x20
            return value >= 0x61 && value <= 0x7A
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return true
        default:
            return false
        }
    }

    /// `str.isdecimal()` for one code point: general category Nd (Numeric_Type=Decimal). This is
    /// what the regex class `\d` matches in a `str` pattern.
    static func isDecimal(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x30 && scalar.value <= 0x39 }
        return scalar.properties.numericType == .decimal
    }

    /// `str.isdigit()` for one code point: Numeric_Type is Decimal or Digit, so superscripts and
    /// circled digits count (`"²".isdigit()` is true) but fractions and Roman numerals do not.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x30 && scalar.value <= 0x39 }
        switch scalar.properties.numericType {
        case .decimal?, .digit?: return true
        default: return false
        }
    }

    /// `str.isnumeric()` for one code point: any Numeric_Type (Decimal, Digit or Numeric), so
    /// fractions, Roman numerals and CJK numerals count.
    static func isNumeric(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x30 && scalar.value <= 0x39 }
        return scalar.properties.numericType != nil
    }

    /// `str.isalnum()` for one code point: `isalpha`, `isdecimal`, `isdigit` or `isnumeric`.
    static func isAlnum(_ scalar: Unicode.Scalar) -> Bool {
        isAlpha(scalar) || isNumeric(scalar)
    }

    /// What `\w` matches in a Python `str` pattern: `isalnum()` or the underscore. Combining marks
    /// are not word characters in Python, unlike ICU's `\w`.
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x5F || isAlnum(scalar)
    }

    /// Python's per-code-point "uppercase" flag (`Py_UNICODE_ISUPPER`): the derived Unicode property
    /// Uppercase, which also covers Other_Uppercase such as Roman numerals (U+2160) and circled
    /// capitals (U+24B6), not just category Lu.
    static func isUppercaseCodePoint(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x41 && scalar.value <= 0x5A }
        return scalar.properties.isUppercase
    }

    /// Python's per-code-point "lowercase" flag (`Py_UNICODE_ISLOWER`): the derived property Lowercase.
    static func isLowercaseCodePoint(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x61 && scalar.value <= 0x7A }
        return scalar.properties.isLowercase
    }

    /// Python's per-code-point "titlecase" flag (`Py_UNICODE_ISTITLE`): general category Lt.
    static func isTitlecaseCodePoint(_ scalar: Unicode.Scalar) -> Bool {
        !scalar.isASCII && scalar.properties.generalCategory == .titlecaseLetter
    }

    /// `str.isupper()` of a one-code-point string: the code point is uppercase.
    static func isUpper(_ scalar: Unicode.Scalar) -> Bool { isUppercaseCodePoint(scalar) }

    /// `str.islower()` of a one-code-point string: the code point is lowercase.
    static func isLower(_ scalar: Unicode.Scalar) -> Bool { isLowercaseCodePoint(scalar) }

    // MARK: - String predicates

    /// `str.isspace()`: non-empty and every code point is whitespace.
    static func isSpace<S: StringProtocol>(_ text: S) -> Bool {
        allScalars(of: text, satisfy: isSpace)
    }

    /// `str.isalpha()`: non-empty and every code point is alphabetic.
    static func isAlpha<S: StringProtocol>(_ text: S) -> Bool {
        allScalars(of: text, satisfy: isAlpha)
    }

    /// `str.isdigit()`: non-empty and every code point is a digit.
    static func isDigit<S: StringProtocol>(_ text: S) -> Bool {
        allScalars(of: text, satisfy: isDigit)
    }

    /// `str.isupper()`: no code point is lowercase or titlecase, and at least one is uppercase.
    /// Uncased code points (digits, punctuation) are ignored, so `"U.S."` is upper and `"1999"` is not.
    static func isUpper<S: StringProtocol>(_ text: S) -> Bool {
        var sawUppercase = false
        for scalar in text.unicodeScalars {
            if isLowercaseCodePoint(scalar) || isTitlecaseCodePoint(scalar) { return false }
            if !sawUppercase && isUppercaseCodePoint(scalar) { sawUppercase = true }
        }
        return sawUppercase
    }

    /// `str.islower()`: no code point is uppercase or titlecase, and at least one is lowercase.
    static func isLower<S: StringProtocol>(_ text: S) -> Bool {
        var sawLowercase = false
        for scalar in text.unicodeScalars {
            if isUppercaseCodePoint(scalar) || isTitlecaseCodePoint(scalar) { return false }
            if !sawLowercase && isLowercaseCodePoint(scalar) { sawLowercase = true }
        }
        return sawLowercase
    }

    // MARK: - Case mapping

    /// `str.lower()`: each code point's full lowercase mapping (so U+0130 `İ` becomes two code
    /// points, `i` and U+0307), except that capital sigma becomes final sigma `ς` when it ends a word
    /// (a cased letter before it, none after it, skipping case-ignorable code points both ways), as
    /// CPython's `handle_capital_sigma` does. Swift's `lowercased()` has no final-sigma rule.
    static func lower<S: StringProtocol>(_ text: S) -> String {
        var isUnchanged = true
        for byte in text.utf8 where byte >= 0x80 || (byte >= 0x41 && byte <= 0x5A) {
            isUnchanged = false
            break
        }
        // Most tokens are lower-case ASCII already.
        if isUnchanged { return String(text) }
        let scalars = text.unicodeScalars
        var result = String.UnicodeScalarView()
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let scalar = scalars[index]
            if scalar.value >= 0x41 && scalar.value <= 0x5A {
                result.append(Unicode.Scalar(scalar.value | 0x20)!)
            } else if scalar.isASCII {
                result.append(scalar)
            } else if scalar.value == 0x03A3 {
                result.append(isFinalSigma(at: index, in: scalars) ? "\u{03C2}" : "\u{03C3}")
            } else {
                result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
            index = scalars.index(after: index)
        }
        return String(result)
    }

    private static func isFinalSigma<V: BidirectionalCollection>(at index: V.Index, in scalars: V) -> Bool
    where V.Element == Unicode.Scalar {
        var before = index
        var casedBefore = false
        while before != scalars.startIndex {
            before = scalars.index(before: before)
            let scalar = scalars[before]
            if !scalar.properties.isCaseIgnorable {
                casedBefore = scalar.properties.isCased
                break
            }
        }
        guard casedBefore else { return false }
        var after = scalars.index(after: index)
        while after != scalars.endIndex {
            let scalar = scalars[after]
            if !scalar.properties.isCaseIgnorable { return !scalar.properties.isCased }
            after = scalars.index(after: after)
        }
        return true
    }

    private static func allScalars<S: StringProtocol>(of text: S, satisfy predicate: (Unicode.Scalar) -> Bool) -> Bool {
        var sawAny = false
        for scalar in text.unicodeScalars {
            guard predicate(scalar) else { return false }
            sawAny = true
        }
        return sawAny
    }
}
