/// A problem in a query, with where it is. A value: the parser collects
/// them and `DiagnosticRenderer` turns them into text with a caret.
public struct Diagnostic: Sendable, Equatable {
    public var message: DiagnosticMessage
    /// UTF-8 byte offsets in the query text.
    public var range: Range<Int>
    /// Further lines: "did you mean …", the candidates of an ambiguous name.
    public var notes: [String]

    public init(_ message: DiagnosticMessage, at range: Range<Int>, notes: [String] = []) {
        self.message = message
        self.range = range
        self.notes = notes
    }
}

/// A message from the catalogue in `DiagnosticMessages.swift`: a stable id
/// (the catalogue entry's name) and the text, a lower-case fragment.
public struct DiagnosticMessage: Sendable, Equatable, CustomStringConvertible {
    public var id: String
    public var text: String
    /// What the caret line says, when it differs from the headline.
    public var label: String?

    public init(id: String, _ text: String, label: String? = nil) {
        self.id = id
        self.text = text
        self.label = label
    }

    public var description: String { text }
}

/// A query that cannot run, with every diagnostic found.
///
/// Its `description` is the rendered text, with carets, ready for a terminal.
public struct QueryError: Error, Sendable, Equatable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public var source: SourceText

    public init(_ diagnostics: [Diagnostic], source: SourceText) {
        self.diagnostics = diagnostics
        self.source = source
    }

    public var description: String { DiagnosticRenderer.render(diagnostics, in: source) }
}
