/// Splits query text into tokens. It never throws: a character it cannot
/// read becomes a diagnostic and is skipped, so the parser still sees the rest.
public struct Lexer {
    private let bytes: [UInt8]
    private var position = 0
    /// What it could not read: a stray character, an unterminated string.
    public private(set) var diagnostics: [Diagnostic] = []

    /// A lexer of `source`.
    public init(_ source: SourceText) {
        bytes = source.bytes
    }

    /// Every token, ending with `.endOfInput`.
    public mutating func tokenize() -> [QueryToken] {
        var tokens: [QueryToken] = []
        while true {
            let token = next()
            tokens.append(token)
            if token.kind == .endOfInput { return tokens }
        }
    }

    private func peek(_ offset: Int = 0) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
    }

    /// True when the character at `position + offset` is a letter, decoding UTF-8 beyond ASCII.
    private func isLetter(at offset: Int = 0) -> Bool {
        guard let byte = peek(offset) else { return false }
        if byte < 0x80 { return Self.isLetter(byte) }
        var iterator = bytes[(position + offset)...].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
        return scalar.properties.isAlphabetic
    }

    /// The UTF-8 length of the character starting with `byte`.
    private static func sequenceLength(_ byte: UInt8) -> Int {
        byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private mutating func next() -> QueryToken {
        // A loop, not recursion, past unknown characters: a query of thousands of them (say
        // 5,000 '{') overflowed the stack when each skipped one called next() again.
        while true {
            if let token = token() { return token }
        }
    }

    /// The next token, or nil after an unknown character (reported in `diagnostics`).
    private mutating func token() -> QueryToken? {
        skipSpaceAndComments()
        let start = position
        guard let byte = peek() else { return QueryToken(.endOfInput, start..<start) }
        if isLetter() { return word(from: start) }
        if Self.isDigit(byte) { return number(from: start) }
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"): return string(from: start, quote: byte)
        case UInt8(ascii: "$"):
            position += 1
            let nameStart = position
            while let c = peek(), Self.isLetter(c) || Self.isDigit(c) { position += 1 }
            if position == nameStart {
                diagnostics.append(Diagnostic(.expectedParameterName, at: start..<position))
            }
            return QueryToken(.parameter(String(decoding: bytes[nameStart..<position], as: UTF8.self)), start..<position)
        default:
            return symbol(from: start)
        }
    }

    private mutating func skipSpaceAndComments() {
        while let byte = peek() {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                position += 1
            } else if byte == UInt8(ascii: "/"), peek(1) == UInt8(ascii: "/") {
                while let c = peek(), c != 0x0A { position += 1 }
            } else {
                return
            }
        }
    }

    private mutating func word(from start: Int) -> QueryToken {
        while let c = peek() {
            if isLetter() || Self.isDigit(c) {
                position += Self.sequenceLength(c)
            } else if c == UInt8(ascii: "-"), isLetter(at: 1), position > start {
                // Class and type names have inner dashes: material-conflict, armed-group.
                position += 1
            } else {
                break
            }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if let keyword = Keyword(rawValue: text.uppercased()) {
            return QueryToken(.keyword(keyword), start..<position)
        }
        return QueryToken(.identifier(text), start..<position)
    }

    private mutating func number(from start: Int) -> QueryToken {
        while let c = peek(), Self.isDigit(c) { position += 1 }
        // 2017-03 and 2017-03-23 are dates.
        if position - start == 4, peek() == UInt8(ascii: "-"), let d1 = peek(1), let d2 = peek(2), Self.isDigit(d1), Self.isDigit(d2),
            peek(3).map({ !Self.isDigit($0) }) ?? true
        {
            position += 3
            if peek() == UInt8(ascii: "-"), let d3 = peek(1), let d4 = peek(2), Self.isDigit(d3), Self.isDigit(d4),
                peek(3).map({ !Self.isDigit($0) }) ?? true
            {
                position += 3
            }
            return QueryToken(.date(String(decoding: bytes[start..<position], as: UTF8.self)), start..<position)
        }
        if peek() == UInt8(ascii: "."), let after = peek(1), Self.isDigit(after) {
            position += 1
            while let c = peek(), Self.isDigit(c) { position += 1 }
            let text = String(decoding: bytes[start..<position], as: UTF8.self)
            return QueryToken(.decimal(Double(text) ?? 0), start..<position)
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        guard let value = Int(text) else {
            diagnostics.append(Diagnostic(.numberTooLarge(text), at: start..<position))
            return QueryToken(.integer(Int.max), start..<position)
        }
        return QueryToken(.integer(value), start..<position)
    }

    private mutating func string(from start: Int, quote: UInt8) -> QueryToken {
        position += 1
        var value: [UInt8] = []
        while let c = peek() {
            if c == quote {
                position += 1
                return QueryToken(.string(String(decoding: value, as: UTF8.self)), start..<position)
            }
            if c == 0x0A { break }
            if c == UInt8(ascii: "\\"), let escaped = peek(1) {
                switch escaped {
                case UInt8(ascii: "n"): value.append(0x0A)
                case UInt8(ascii: "t"): value.append(0x09)
                default: value.append(escaped)
                }
                position += 2
                continue
            }
            value.append(c)
            position += 1
        }
        diagnostics.append(Diagnostic(.unterminatedString, at: start..<position))
        return QueryToken(.string(String(decoding: value, as: UTF8.self)), start..<position)
    }

    private mutating func symbol(from start: Int) -> QueryToken? {
        let two = position + 1 < bytes.count ? String(decoding: bytes[position..<(position + 2)], as: UTF8.self) : ""
        for symbol in [Symbol.arrowRight, .arrowLeft, .range, .notEqual, .lessEqual, .greaterEqual] where two == symbol.rawValue {
            position += 2
            return QueryToken(.symbol(symbol), start..<position)
        }
        if two == "!=" {
            position += 2
            return QueryToken(.symbol(.notEqual), start..<position)
        }
        let one = String(decoding: bytes[position..<(position + 1)], as: UTF8.self)
        if let symbol = Symbol(rawValue: one) {
            position += 1
            return QueryToken(.symbol(symbol), start..<position)
        }
        // Skip the whole UTF-8 sequence of an unknown character.
        position += 1
        while let c = peek(), c & 0xC0 == 0x80 { position += 1 }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        diagnostics.append(Diagnostic(.unexpectedCharacter(text), at: start..<position))
        return nil
    }
}
