import Foundation

/// How every front end writes a report as JSON: the command line's `--format json`, the HTTP API
/// and the MCP tools give the same bytes for the same answer.
public enum ReportJSON {
    /// `value` as indented JSON with sorted keys and unescaped slashes, ending in a new line.
    public static func text(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    /// `value` on one line, keys sorted: one record of a JSON Lines stream.
    public static func line(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
