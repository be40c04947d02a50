public import EntenteModel

/// What one line of an event file became.
public enum EventRow: Sendable {
    /// An event ready to store.
    case event(CodedEvent)
    /// A line that cannot become a fact, with why; `entities` keeps what it could still name
    /// (one actor of a row without the other, the place).
    case skipped(SkipReason, entities: [Entity])
    /// A header or blank line: nothing to store, nothing to report.
    case ignored
}

/// Why a line did not become a fact. The raw value is the line of the import summary.
public enum SkipReason: Hashable, Sendable, CustomStringConvertible {
    case wrongColumnCount(found: Int, expected: String)
    case invalidUTF8
    case invalidDate(String)
    case invalidEventCode(String)
    case unknownEventCode(String)
    case unknownEventText(String)
    case invalidNumber(column: String, value: String)
    case missingID
    case missingActor(String)
    /// An actor of only a generic type (`POLICE`, `PRESIDENT`) in an event whose country is unknown.
    case genericActorWithoutCountry(String)

    /// The reason without the row's values, to count rows by.
    public var category: String {
        switch self {
        case .wrongColumnCount: "wrong number of columns (truncated or not this format)"
        case .invalidUTF8: "not valid UTF-8"
        case .invalidDate: "date missing or not a date"
        case .invalidEventCode: "event code missing or not numeric"
        case .unknownEventCode: "event code not in CAMEO"
        case .unknownEventText: "event text not a CAMEO label"
        case .invalidNumber: "a number column is not a number"
        case .missingID: "event id missing"
        case .missingActor: "fewer than two actors (entities kept, no fact)"
        case .genericActorWithoutCountry: "generic actor (police, president…) and no event country"
        }
    }

    public var description: String {
        switch self {
        case .wrongColumnCount(let found, let expected): "\(found) columns, expected \(expected)"
        case .invalidUTF8: "the line is not valid UTF-8"
        case .invalidDate(let text): "'\(text)' is not a date"
        case .invalidEventCode(let text): "event code '\(text)' is not a CAMEO code (2 to 4 digits)"
        case .unknownEventCode(let text): "event code '\(text)' is not in the CAMEO table"
        case .unknownEventText(let text): "event text '\(text)' is not a CAMEO label"
        case .invalidNumber(let column, let value): "\(column) '\(value)' is not a number"
        case .missingID: "the event has no id"
        case .missingActor(let which): "no \(which)"
        case .genericActorWithoutCountry(let name): "'\(name)' is a generic actor and the event has no country"
        }
    }
}

extension Substring {
    /// ICEWS writes missing values as `NA` (R) or leaves them empty.
    var missingAsNil: Substring? { isEmpty || self == "NA" ? nil : self }
}

/// `UNITED STATES` → `United States`, for GDELT's upper-case actor names.
func titleCased(_ text: Substring) -> String {
    text.lowercased().split(separator: " ").map { word in word.prefix(1).uppercased() + word.dropFirst() }.joined(separator: " ")
}

/// `20181024` → 24 October 2018.
///
/// Eight ASCII characters are eight bytes (a field holds no line break, so no `\r\n` pair),
/// which are checked as bytes; the number is read as `Int` always read it, sign included.
func compactDay(_ text: Substring) -> CalendarDay? {
    guard text.utf8.count == 8, text.utf8.allSatisfy({ $0 < 0x80 }), let number = Int(text) else { return nil }
    return CalendarDay(year: number / 10_000, month: number / 100 % 100, day: number % 100)
}

/// A CAMEO event code: two to four digits (ASCII digits are one byte each, and any other
/// character has a byte that is no digit).
func isEventCode(_ text: Substring) -> Bool {
    (2...4).contains(text.utf8.count) && text.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
}
