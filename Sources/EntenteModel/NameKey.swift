import Foundation

/// A name folded for lookup: case, diacritics, width, dots, dashes and runs of
/// spaces do not matter, so "U.S.", "us" and "US" share a key, as do
/// "Al-Bab" and "al Bab".
public struct NameKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The folded text.
    public let rawValue: String

    /// The key of `name`.
    public init(_ name: String) {
        rawValue = Self.foldedASCII(name) ?? Self.folded(name)
    }

    /// The key of any name: compatibility-composed, folded by Foundation, then scalar by scalar.
    static func folded(_ name: String) -> String {
        let folded = name.precomposedStringWithCompatibilityMapping
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var result = ""
        result.reserveCapacity(folded.utf8.count)
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if scalar == "." || scalar == "\u{2019}" || scalar == "'" {
                continue
            }
            if scalar.properties.isWhitespace || scalar == "-" || scalar == "\u{2013}" || scalar == "_" {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// The key of an all-ASCII name (nil for any other), byte by byte: on ASCII, compatibility
    /// composition, width and diacritic folding change nothing and case folding is A–Z to a–z,
    /// so this is ``folded(_:)``'s key without Foundation, many times faster. Imports fold a
    /// name for every actor they meet.
    static func foldedASCII(_ name: String) -> String? {
        var name = name
        return name.withUTF8 { bytes -> String? in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var pendingSpace = false
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                switch byte {
                case UInt8(ascii: "."), UInt8(ascii: "'"):
                    continue
                // The ASCII scalars Unicode calls white space (tab to carriage return, space), and the dashes.
                case 0x09...0x0D, UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "_"):
                    pendingSpace = !result.isEmpty
                    continue
                default:
                    break
                }
                if pendingSpace {
                    result.append(UInt8(ascii: " "))
                    pendingSpace = false
                }
                result.append((UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte)
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// Whether nothing is left once folded.
    public var isEmpty: Bool { rawValue.isEmpty }
    /// The folded text.
    public var description: String { rawValue }
    /// By folded text.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
