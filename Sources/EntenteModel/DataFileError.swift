/// A problem in a data file (a vocabulary, a gazetteer, an import), with the
/// file and line it is on.
public struct DataFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public struct Location: Sendable, Hashable, CustomStringConvertible {
        public var file: String
        /// 1-based.
        public var line: Int

        public init(file: String, line: Int) {
            self.file = file
            self.line = line
        }

        public var description: String { "\(file):\(line)" }
    }

    public var location: Location
    public var message: String

    public init(_ location: Location, _ message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): \(message)" }
}

/// The non-empty, non-comment lines of a tab-separated text, with their
/// 1-based line numbers. Lines starting with `#` are comments.
public struct TabSeparatedLines: Sequence {
    private let text: String

    public init(_ text: String) { self.text = text }

    public func makeIterator() -> AnyIterator<(line: Int, fields: [String])> {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).makeIterator()
        var number = 0
        return AnyIterator {
            while let line = lines.next() {
                number += 1
                let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
                if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
                return (number, trimmed.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
            }
            return nil
        }
    }
}
