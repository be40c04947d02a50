public import EntenteModel
import Foundation

/// Turns the bytes of an input file into article pages: plain text as copied
/// from a news page, a JSON article `{"title","published","url","text"}`, or
/// JSON Lines with one such object per line.
public enum ArticleDecoder {
    public enum Format: String, Sendable, CaseIterable {
        case auto
        case text
        case json
        case jsonl
    }

    /// Reads `bytes` from the file `name`.
    ///
    /// Invalid UTF-8 becomes U+FFFD rather than an error; a file with NUL
    /// bytes is binary and refused.
    /// - Throws: ``DataFileError`` naming the file and, for JSON Lines, the line.
    public static func pages(from bytes: [UInt8], name: String, format: Format = .auto) throws(DataFileError)
        -> [ArticlePage]
    {
        let location = DataFileError.Location(file: name, line: 1)
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw DataFileError(location, "empty file: no article to read")
        }
        if bytes.prefix(65_536).contains(0) {
            throw DataFileError(location, "binary file (it contains NUL bytes), not an article")
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let resolved = format == .auto ? detect(text, name: name) : format
        switch resolved {
        case .text, .auto:
            return [PageReader.read(text, source: nil)]
        case .json:
            return [try page(fromJSON: text, name: name, line: 1)]
        case .jsonl:
            var pages: [ArticlePage] = []
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                guard !String(line).trimmed.isEmpty else { continue }
                pages.append(try page(fromJSON: String(line), name: name, line: index + 1))
            }
            if pages.isEmpty { throw DataFileError(location, "no articles in the JSON Lines file") }
            return pages
        }
    }

    static func detect(_ text: String, name: String) -> Format {
        let lower = name.lowercased()
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") { return .jsonl }
        if lower.hasSuffix(".json") { return .json }
        let trimmed = text.trimmed
        guard trimmed.hasPrefix("{") else { return .text }
        let lines = trimmed.split(separator: "\n")
        if lines.count > 1, lines.allSatisfy({ $0.trimmingPrefix(while: \.isWhitespace).hasPrefix("{") }) { return .jsonl }
        return .json
    }

    static func page(fromJSON text: String, name: String, line: Int) throws(DataFileError) -> ArticlePage {
        let location = DataFileError.Location(file: name, line: line)
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            throw DataFileError(location, "not valid JSON")
        }
        guard let fields = object as? [String: Any] else {
            throw DataFileError(location, "expected a JSON object with \"text\"")
        }
        guard let body = fields["text"] as? String else {
            throw DataFileError(location, "the article has no \"text\" field")
        }
        guard !body.trimmed.isEmpty else { throw DataFileError(location, "the article's \"text\" is empty") }
        var published: CalendarDay?
        if let raw = fields["published"] ?? fields["date"], !(raw is NSNull) {
            guard let string = raw as? String, let date = DateFinder.firstDate(in: string) ?? FactDate(parsing: string) else {
                throw DataFileError(location, "\"published\" is not a date: \(raw)")
            }
            published = date.start
        }
        return PageReader.read(
            body, title: fields["title"] as? String, published: published, source: fields["source"] as? String,
            url: fields["url"] as? String)
    }
}
