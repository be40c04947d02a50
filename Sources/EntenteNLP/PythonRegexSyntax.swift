/// The syntax tree of a Python `re` pattern, restricted to what spaCy's tokenizer patterns use:
/// literals and escapes (`\uXXXX`, `\UXXXXXXXX`, `\xXX`), character classes with `\w \d \s` and their
/// negations, `.`, groups, alternation, greedy quantifiers, `^`, `$`, and lookaround. Anything
/// else (backreferences, lazy quantifiers, `(?i)`, `\b`) is rejected when parsing, rather than
/// being matched with subtly different semantics.
indirect enum RegexNode: Sendable {
    /// Consumes one code point in the set.
    case scalars(ScalarSet)
    case sequence([RegexNode])
    case alternation([RegexNode])
    /// Greedy repetition; `max == nil` is unbounded.
    case repetition(RegexNode, min: Int, max: Int?)
    /// `^` without MULTILINE: the start of the searched string.
    case start
    /// `$` without MULTILINE: the end of the string, or just before a final `"\n"`.
    case end
    case lookaround(RegexNode, ahead: Bool, negated: Bool)

    /// The fewest code points a match consumes.
    var minLength: Int {
        switch self {
        case .scalars: return 1
        case .sequence(let items): return items.reduce(0) { $0 + $1.minLength }
        case .alternation(let options): return options.map(\.minLength).min() ?? 0
        case .repetition(let body, let min, _): return body.minLength * min
        case .start, .end, .lookaround: return 0
        }
    }

    /// The most code points a match consumes, nil if unbounded.
    var maxLength: Int? {
        switch self {
        case .scalars: return 1
        case .sequence(let items):
            var total = 0
            for item in items {
                guard let length = item.maxLength else { return nil }
                total += length
            }
            return total
        case .alternation(let options):
            var longest = 0
            for option in options {
                guard let length = option.maxLength else { return nil }
                longest = Swift.max(longest, length)
            }
            return longest
        case .repetition(let body, _, let max):
            guard let max, let length = body.maxLength else { return body.maxLength == 0 ? 0 : nil }
            return length * max
        case .start, .end, .lookaround: return 0
        }
    }

    /// The code points that can be consumed first, and whether a match can consume nothing (then
    /// any position may start a match, whatever its first code point).
    var firstScalars: (sets: ScalarSetUnion, canBeEmpty: Bool) {
        switch self {
        case .scalars(let set):
            return (ScalarSetUnion([set]), false)
        case .sequence(let items):
            var union = ScalarSetUnion()
            for item in items {
                let first = item.firstScalars
                union.formUnion(first.sets)
                if !first.canBeEmpty { return (union, false) }
            }
            return (union, true)
        case .alternation(let options):
            var union = ScalarSetUnion()
            var canBeEmpty = options.isEmpty
            for option in options {
                let first = option.firstScalars
                union.formUnion(first.sets)
                canBeEmpty = canBeEmpty || first.canBeEmpty
            }
            return (union, canBeEmpty)
        case .repetition(let body, let min, _):
            let first = body.firstScalars
            return (first.sets, first.canBeEmpty || min == 0)
        case .start, .end, .lookaround:
            return (ScalarSetUnion(), true)
        }
    }

    /// The node as a flat list of items, for looking at what a pattern begins or ends with.
    var items: [RegexNode] {
        if case .sequence(let items) = self { return items }
        return [self]
    }

    var options: [RegexNode] {
        if case .alternation(let options) = self { return options }
        return [self]
    }
}

struct RegexSyntaxError: Error, CustomStringConvertible {
    let message: String
    let offset: Int
    var description: String { "regex syntax error at code point \(offset): \(message)" }
}

/// A recursive-descent parser for the Python `re` subset described at `RegexNode`.
struct PythonRegexParser {
    private let pattern: [UInt32]
    private var position = 0

    init(_ pattern: String) {
        self.pattern = pattern.unicodeScalars.map(\.value)
    }

    static func parse(_ pattern: String) throws -> RegexNode {
        var parser = PythonRegexParser(pattern)
        parser.skipLeadingFlags()
        let node = try parser.parseAlternation()
        if parser.position < parser.pattern.count {
            throw parser.error("unbalanced ')'")
        }
        return node
    }

    private func error(_ message: String) -> RegexSyntaxError {
        RegexSyntaxError(message: message, offset: position)
    }

    private var current: UInt32? { position < pattern.count ? pattern[position] : nil }

    private func peek(_ offset: Int) -> UInt32? {
        position + offset < pattern.count ? pattern[position + offset] : nil
    }

    /// `(?u)` only restates Python 3's default for `str` patterns; other flags change matching.
    private mutating func skipLeadingFlags() {
        while current == codePoint("("), peek(1) == codePoint("?"), peek(2) == codePoint("u"), peek(3) == codePoint(")") {
            position += 4
        }
    }

    private mutating func parseAlternation() throws -> RegexNode {
        var options = [try parseSequence()]
        while current == codePoint("|") {
            position += 1
            options.append(try parseSequence())
        }
        return options.count == 1 ? options[0] : .alternation(options)
    }

    private mutating func parseSequence() throws -> RegexNode {
        var items: [RegexNode] = []
        while let scalar = current, scalar != codePoint("|"), scalar != codePoint(")") {
            let atom = try parseAtom()
            items.append(try parseQuantifiers(of: atom))
        }
        return items.count == 1 ? items[0] : .sequence(items)
    }

    private mutating func parseQuantifiers(of atom: RegexNode) throws -> RegexNode {
        var node = atom
        while let scalar = current {
            let bounds: (Int, Int?)
            if scalar == codePoint("*") {
                bounds = (0, nil)
                position += 1
            } else if scalar == codePoint("+") {
                bounds = (1, nil)
                position += 1
            } else if scalar == codePoint("?") {
                bounds = (0, 1)
                position += 1
            } else if scalar == codePoint("{"), let braced = parseBraces() {
                bounds = braced
            } else {
                break
            }
            if current == codePoint("?") || current == codePoint("+") {
                throw error("lazy and possessive quantifiers are not supported")
            }
            switch node {
            case .start, .end, .lookaround, .repetition:
                throw error("nothing to repeat")
            default:
                break
            }
            if let max = bounds.1, max < bounds.0 { throw error("min repeat greater than max repeat") }
            node = .repetition(node, min: bounds.0, max: bounds.1)
        }
        return node
    }

    /// `{m}`, `{m,}`, `{,n}` or `{m,n}`; anything else leaves `{` to be read as a literal, as Python does.
    private mutating func parseBraces() -> (Int, Int?)? {
        var cursor = position + 1
        func number() -> Int? {
            var value: Int?
            while cursor < pattern.count, pattern[cursor] >= codePoint("0"), pattern[cursor] <= codePoint("9") {
                value = (value ?? 0) * 10 + Int(pattern[cursor] - codePoint("0"))
                if value! > 100_000 { return nil }
                cursor += 1
            }
            return value
        }
        let low = number()
        var high: Int? = low
        if cursor < pattern.count, pattern[cursor] == codePoint(",") {
            cursor += 1
            high = number()
        } else if low == nil {
            return nil
        }
        guard cursor < pattern.count, pattern[cursor] == codePoint("}") else { return nil }
        position = cursor + 1
        return (low ?? 0, high)
    }

    private mutating func parseAtom() throws -> RegexNode {
        guard let scalar = current else { throw error("unexpected end of pattern") }
        position += 1
        switch scalar {
        case codePoint("("):
            return try parseGroup()
        case codePoint("["):
            return .scalars(try parseClass())
        case codePoint("^"):
            return .start
        case codePoint("$"):
            return .end
        case codePoint("."):
            return .scalars(ScalarSet(ranges: [0x0A...0x0A], negated: true))
        case codePoint("\\"):
            return try parseEscapeOutsideClass()
        case codePoint("*"), codePoint("+"), codePoint("?"):
            throw error("nothing to repeat")
        default:
            return .scalars(ScalarSet(scalar: scalar))
        }
    }

    private mutating func parseGroup() throws -> RegexNode {
        var lookaround: (ahead: Bool, negated: Bool)?
        if current == codePoint("?") {
            switch (peek(1), peek(2)) {
            case (codePoint(":")?, _):
                position += 2
            case (codePoint("=")?, _):
                position += 2
                lookaround = (true, false)
            case (codePoint("!")?, _):
                position += 2
                lookaround = (true, true)
            case (codePoint("<")?, codePoint("=")?):
                position += 3
                lookaround = (false, false)
            case (codePoint("<")?, codePoint("!")?):
                position += 3
                lookaround = (false, true)
            default:
                throw error("unsupported group syntax")
            }
        }
        let body = try parseAlternation()
        guard current == codePoint(")") else { throw error("missing ')'") }
        position += 1
        guard let lookaround else { return body }
        if !lookaround.ahead {
            guard let width = body.maxLength, width == body.minLength else {
                throw error("look-behind requires fixed-width pattern")
            }
        }
        return .lookaround(body, ahead: lookaround.ahead, negated: lookaround.negated)
    }

    private enum ParsedClassItem {
        case scalar(UInt32)
        case pythonClass(ScalarSet.PythonClass, negated: Bool)
    }

    /// A `[...]` class. As in Python, `]` first is a literal, `-` first or last is a literal, and `[`
    /// inside is a literal (no nested sets).
    private mutating func parseClass() throws -> ScalarSet {
        var negated = false
        if current == codePoint("^") {
            negated = true
            position += 1
        }
        var ranges: [ClosedRange<UInt32>] = []
        var classes: [ScalarSet.ClassItem] = []
        var isFirst = true
        while true {
            guard let scalar = current else { throw error("unterminated character set") }
            if scalar == codePoint("]") && !isFirst {
                position += 1
                break
            }
            isFirst = false
            let item = try parseClassItem()
            guard case .scalar(let low) = item else {
                if case .pythonClass(let pythonClass, let classNegated) = item {
                    classes.append(ScalarSet.ClassItem(pythonClass: pythonClass, isNegated: classNegated))
                }
                continue
            }
            if current == codePoint("-"), let next = peek(1), next != codePoint("]") {
                position += 1
                guard case .scalar(let high) = try parseClassItem() else {
                    throw error("bad character range")
                }
                guard low <= high else { throw error("bad character range") }
                ranges.append(low...high)
            } else {
                ranges.append(low...low)
            }
        }
        return ScalarSet(ranges: ranges, classes: classes, negated: negated)
    }

    private mutating func parseClassItem() throws -> ParsedClassItem {
        guard let scalar = current else { throw error("unterminated character set") }
        position += 1
        guard scalar == codePoint("\\") else { return .scalar(scalar) }
        guard let escaped = current else { throw error("bad escape (end of pattern)") }
        position += 1
        if let pythonClass = Self.pythonClass(for: escaped) {
            return .pythonClass(pythonClass.0, negated: pythonClass.1)
        }
        if escaped == codePoint("b") { return .scalar(0x08) }
        return .scalar(try scalarEscape(escaped))
    }

    private mutating func parseEscapeOutsideClass() throws -> RegexNode {
        guard let escaped = current else { throw error("bad escape (end of pattern)") }
        position += 1
        if let pythonClass = Self.pythonClass(for: escaped) {
            return .scalars(.pythonClass(pythonClass.0, negated: pythonClass.1))
        }
        return .scalars(ScalarSet(scalar: try scalarEscape(escaped)))
    }

    private static func pythonClass(for escaped: UInt32) -> (ScalarSet.PythonClass, Bool)? {
        switch escaped {
        case codePoint("w"): return (.word, false)
        case codePoint("W"): return (.word, true)
        case codePoint("d"): return (.decimal, false)
        case codePoint("D"): return (.decimal, true)
        case codePoint("s"): return (.space, false)
        case codePoint("S"): return (.space, true)
        default: return nil
        }
    }

    /// The code point of an escape that stands for one character. ASCII letters and digits that
    /// Python gives another meaning (`\b`, `\A`, `\1`…) are rejected; other characters are literal.
    private mutating func scalarEscape(_ escaped: UInt32) throws -> UInt32 {
        switch escaped {
        case codePoint("n"): return 0x0A
        case codePoint("t"): return 0x09
        case codePoint("r"): return 0x0D
        case codePoint("f"): return 0x0C
        case codePoint("v"): return 0x0B
        case codePoint("a"): return 0x07
        case codePoint("x"): return try hexDigits(count: 2)
        case codePoint("u"): return try hexDigits(count: 4)
        case codePoint("U"):
            let value = try hexDigits(count: 8)
            guard value <= 0x10FFFF else { throw error("bad escape \\U") }
            return value
        default:
            let isASCIIAlphanumeric = (escaped >= codePoint("0") && escaped <= codePoint("9"))
                || (escaped | 0x20 >= codePoint("a") && escaped | 0x20 <= codePoint("z"))
            if isASCIIAlphanumeric { throw error("unsupported escape") }
            return escaped
        }
    }

    private mutating func hexDigits(count: Int) throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<count {
            guard let scalar = current, let digit = Self.hexValue(scalar) else { throw error("incomplete hex escape") }
            value = value * 16 + digit
            position += 1
        }
        return value
    }

    private static func hexValue(_ scalar: UInt32) -> UInt32? {
        switch scalar {
        case codePoint("0")...codePoint("9"): return scalar - codePoint("0")
        case codePoint("a")...codePoint("f"): return scalar - codePoint("a") + 10
        case codePoint("A")...codePoint("F"): return scalar - codePoint("A") + 10
        default: return nil
        }
    }
}

/// The code point of an ASCII character literal, for readable comparisons with `UInt32` text.
@inline(__always)
private func codePoint(_ character: Unicode.Scalar) -> UInt32 { character.value }
