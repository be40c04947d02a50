/// A problem in a query, with where it is. A value: the parser collects
/// them and `DiagnosticRenderer` turns them into text with a caret.
public struct Diagnostic: Sendable, Equatable {
    /// What is wrong.
    public var message: DiagnosticMessage
    /// UTF-8 byte offsets in the query text.
    public var range: Range<Int>
    /// Further lines: "did you mean …", the candidates of an ambiguous name.
    public var notes: [String]

    /// A diagnostic of `message` at `range`, with notes under it.
    public init(_ message: DiagnosticMessage, at range: Range<Int>, notes: [String] = []) {
        self.message = message
        self.range = range
        self.notes = notes
    }
}

/// A message from the catalogue in `DiagnosticMessages.swift`: a stable id
/// (the catalogue entry's name) and the text, a lower-case fragment.
public struct DiagnosticMessage: Sendable, Equatable, CustomStringConvertible {
    /// A stable name for the kind of message, for tests and tools.
    public var id: String
    /// The message as the user reads it.
    public var text: String
    /// What the caret line says, when it differs from the headline.
    public var label: String?

    /// A message; `label` is the short text under the caret.
    public init(id: String, _ text: String, label: String? = nil) {
        self.id = id
        self.text = text
        self.label = label
    }

    /// The message's text.
    public var description: String { text }
}

/// A query that cannot run, with every diagnostic found.
///
/// Its `description` is the rendered text, with carets, ready for a terminal.
public struct QueryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Every diagnostic, in the order of the source.
    public var diagnostics: [Diagnostic]
    /// The query they point into.
    public var source: SourceText

    /// An error of `diagnostics` in `source`.
    public init(_ diagnostics: [Diagnostic], source: SourceText) {
        self.diagnostics = diagnostics
        self.source = source
    }

    /// The diagnostics rendered with carets under the query's lines.
    public var description: String { DiagnosticRenderer.render(diagnostics, in: source) }
}
