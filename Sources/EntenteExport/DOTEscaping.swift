/// Escaping for GraphViz DOT, correct by construction: every label is one
/// double-quoted string built by `quoted(_:)`, and node IDs are synthetic
/// (`n1`, `n2`, …), so no user text ever stands as an ID or a keyword.
public enum DOTEscaping {
    /// `text` as a DOT double-quoted string whose rendered label is the text itself.
    ///
    /// Backslashes are doubled first (so `\N`, `\G`, `\l` in names stay literal), then quotes
    /// are escaped; newlines become `\n` (centred line breaks); other control characters
    /// are dropped; a trailing backslash cannot escape the closing quote because it was doubled.
    /// Callers pass NFC text (the store keeps names as given; `precomposedStringWithCanonicalMapping`).
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r", "\t": result += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
