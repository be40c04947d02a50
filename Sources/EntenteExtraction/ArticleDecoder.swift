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
    /// A file with NUL bytes is binary, and a file that is not valid UTF-8 is refused with the
    /// line and column of the first bad byte: replacing it silently would store mojibake.
    /// - Throws: ``DataFileError`` naming the file and, for JSON Lines, the line.
    public static func pages(from bytes: [UInt8], name: String, format: Format = .auto) throws(DataFileError)
        -> [ArticlePage]
    {
        let location = DataFileError.Location(file: name, line: 1)
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw DataFileError(location, "empty file: no article to read")
        }
        let text = try self.text(from: bytes, name: name)
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

    /// The text of a file: refused if it is binary (NUL bytes in its first 64 KiB) or not valid
    /// UTF-8, with the line and column of the first bad byte. Empty text is returned as it is.
    public static func text(from bytes: [UInt8], name: String) throws(DataFileError) -> String {
        if bytes.prefix(65_536).contains(0) {
            throw DataFileError(.init(file: name, line: 1), "binary file (it contains NUL bytes), not an article")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let (line, column, byte) = firstInvalidUTF8(bytes)
            throw DataFileError(
                .init(file: name, line: line),
                "not valid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true)) at column \(column)); convert the file to UTF-8, for example with iconv -f latin1 -t utf-8")
        }
        return text
    }

    /// The line and column (in bytes, from 1) of the first byte that is not valid UTF-8, and the byte.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> (line: Int, column: Int, byte: UInt8) {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: break loop
            case .error:
                let line = bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
                let lineStart = bytes[..<offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
                return (line, offset - lineStart + 1, bytes[offset])
            }
        }
        return (1, 1, 0)
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
