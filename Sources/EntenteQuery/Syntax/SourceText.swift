/// A query's text with a line table, to turn byte offsets into lines and columns.
///
/// Positions are UTF-8 byte offsets from the start of the text; lines and
/// columns are 1-based, and a column counts characters from the line start.
public struct SourceText: Sendable, Equatable {
    /// The text.
    public let text: String
    /// The name shown in diagnostics, for example `query` or a file name.
    public let name: String
    private let utf8: [UInt8]
    private let lineStarts: [Int]

    /// A source of `text`, called `name` in diagnostics.
    public init(_ text: String, name: String = "query") {
        self.text = text
        self.name = name
        utf8 = Array(text.utf8)
        var starts = [0]
        for (offset, byte) in utf8.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        lineStarts = starts
    }

    /// A position as people count: line and column from 1.
    public struct LineColumn: Sendable, Equatable {
        /// The line, from 1.
        public var line: Int
        /// The column, from 1.
        public var column: Int
    }

    /// The line and column of a byte offset, found by binary search.
    public func lineColumn(at offset: Int) -> LineColumn {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= min(offset, utf8.count) { low = middle } else { high = middle - 1 }
        }
        let start = lineStarts[low]
        let prefix = String(decoding: utf8[start..<min(max(offset, start), utf8.count)], as: UTF8.self)
        return LineColumn(line: low + 1, column: prefix.count + 1)
    }

    /// The text of a 1-based line, without its newline.
    public func line(_ number: Int) -> String {
        let start = lineStarts[number - 1]
        let end = number < lineStarts.count ? lineStarts[number] - 1 : utf8.count
        return String(decoding: utf8[start..<max(start, end)], as: UTF8.self)
    }

    /// The source text of a byte range.
    public func slice(_ range: Range<Int>) -> String {
        String(decoding: utf8[max(0, range.lowerBound)..<min(range.upperBound, utf8.count)], as: UTF8.self)
    }

    var bytes: [UInt8] { utf8 }
}
