/// Renders diagnostics as text, one block each:
///
///     error: expected relation name, found ']'
///      --> query:1:17
///     1 | MATCH (russia)-[]->(x)
///       |                 ^ expected relation name
///       = did you mean 'supports'?
public enum DiagnosticRenderer {
    /// Lines longer than this are cut to this many characters around the caret.
    public static let maxLineWidth = 100

    /// Every diagnostic rendered, one after the other.
    public static func render(_ diagnostics: [Diagnostic], in source: SourceText) -> String {
        diagnostics.map { render($0, in: source) }.joined(separator: "\n")
    }

    /// One diagnostic: the message, where, the line with carets under the range, then the notes.
    public static func render(_ diagnostic: Diagnostic, in source: SourceText) -> String {
        let start = source.lineColumn(at: diagnostic.range.lowerBound)
        let end = source.lineColumn(at: max(diagnostic.range.lowerBound, diagnostic.range.upperBound))
        var lineText = source.line(start.line)
        let gutter = String(start.line)
        let pad = String(repeating: " ", count: gutter.count)
        var column = start.column
        var width = end.line == start.line ? max(1, end.column - start.column) : max(1, lineText.count - start.column + 1)
        // A very long line (a generated query) is shown as a window around the caret.
        if lineText.count > maxLineWidth {
            let first = max(0, column - 1 - maxLineWidth / 2)
            let last = min(lineText.count, first + maxLineWidth)
            let characters = Array(lineText)
            lineText = (first > 0 ? "…" : "") + String(characters[first..<last]) + (last < characters.count ? "…" : "")
            column = column - first + (first > 0 ? 1 : 0)
            width = min(width, last - (column - 1) + (first > 0 ? 1 : 0))
            width = max(1, width)
        }
        var text = "error: \(diagnostic.message.text)\n"
        text += "\(pad)--> \(source.name):\(start.line):\(start.column)\n"
        text += "\(gutter) | \(lineText)\n"
        text += "\(pad) | \(String(repeating: " ", count: column - 1))\(String(repeating: "^", count: width))"
        if let label = diagnostic.message.label { text += " \(label)" }
        text += "\n"
        for note in diagnostic.notes { text += "\(pad) = \(note)\n" }
        return text
    }
}
