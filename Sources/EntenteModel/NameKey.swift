import Foundation

/// A name folded for lookup: case, diacritics, width, dots, dashes and runs of
/// spaces do not matter, so "U.S.", "us" and "US" share a key, as do
/// "Al-Bab" and "al Bab".
public struct NameKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The folded text.
    public let rawValue: String

    /// The key of `name`.
    public init(_ name: String) {
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
        rawValue = result
    }

    /// Whether nothing is left once folded.
    public var isEmpty: Bool { rawValue.isEmpty }
    /// The folded text.
    public var description: String { rawValue }
    /// By folded text.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
