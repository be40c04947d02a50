/// Renders diagnostics as text, one block each:
///
///     error: expected relation name, found ']'
///      --> query:1:17
///     1 | MATCH (russia)-[]->(x)
///       |                 ^ expected relation name
///       = did you mean 'supports'?
public enum DiagnosticRenderer {
    public static func render(_ diagnostics: [Diagnostic], in source: SourceText) -> String {
        diagnostics.map { render($0, in: source) }.joined(separator: "\n")
    }

    public static func render(_ diagnostic: Diagnostic, in source: SourceText) -> String {
        let start = source.lineColumn(at: diagnostic.range.lowerBound)
        let end = source.lineColumn(at: max(diagnostic.range.lowerBound, diagnostic.range.upperBound))
        let lineText = source.line(start.line)
        let gutter = String(start.line)
        let pad = String(repeating: " ", count: gutter.count)
        let width = end.line == start.line ? max(1, end.column - start.column) : max(1, lineText.count - start.column + 1)
        var text = "error: \(diagnostic.message.text)\n"
        text += "\(pad)--> \(source.name):\(start.line):\(start.column)\n"
        text += "\(gutter) | \(lineText)\n"
        text += "\(pad) | \(String(repeating: " ", count: start.column - 1))\(String(repeating: "^", count: width))"
        if let label = diagnostic.message.label { text += " \(label)" }
        text += "\n"
        for note in diagnostic.notes { text += "\(pad) = \(note)\n" }
        return text
    }
}
