import Foundation

/// Escaping for GraphViz DOT, correct by construction: every label is one
/// double-quoted string built by `quoted(_:)`, and node IDs are synthetic
/// (`n1`, `n2`, …), so no user text ever stands as an ID or a keyword.
public enum DOTEscaping {
    /// `text` as a DOT double-quoted string whose rendered label is the text itself.
    ///
    /// One pass over the NFC scalars: a backslash is doubled (so `\N`, `\G`, `\l` in names stay
    /// literal, and a trailing backslash cannot escape the closing quote), a quote is escaped,
    /// `&` becomes `&amp;` (GraphViz decodes entities in labels, so `&amp;` typed by a user would
    /// otherwise print as `&`), a line break becomes `\n`, a tab becomes a space, and other control
    /// characters are dropped.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        var previousWasCarriageReturn = false
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "&": result += "&amp;"
            case "\r": result += "\\n"
            case "\n": if !previousWasCarriageReturn { result += "\\n" }
            case "\t": result += " "
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
