/// A problem in a data file (a vocabulary, a gazetteer, an import), with the
/// file and line it is on.
public struct DataFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where in a data file.
    public struct Location: Sendable, Hashable, CustomStringConvertible {
        /// The file's name.
        public var file: String
        /// 1-based.
        public var line: Int

        /// Line `line` of `file`.
        public init(file: String, line: Int) {
            self.file = file
            self.line = line
        }

        /// `file:line`.
        public var description: String { "\(file):\(line)" }
    }

    /// Where the problem is.
    public var location: Location
    /// What the problem is.
    public var message: String

    /// A problem `message` at `location`.
    public init(_ location: Location, _ message: String) {
        self.location = location
        self.message = message
    }

    /// `file:line: message`.
    public var description: String { "\(location): \(message)" }
}

/// The non-empty, non-comment lines of a tab-separated text, with their
/// 1-based line numbers. Lines starting with `#` are comments.
public struct TabSeparatedLines: Sequence {
    private let text: String

    /// The lines of `text`.
    public init(_ text: String) { self.text = text }

    /// Each line with its number and its tab-separated fields.
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
