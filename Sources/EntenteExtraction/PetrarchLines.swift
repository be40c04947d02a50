import EntenteModel

/// The meaningful lines of a dictionary file in PETRARCH2's formats: `#` comments cut, blank lines
/// and `<!…>` markers skipped, each line with its location for error messages.
struct PetrarchLines: Sequence {
    let text: String
    let file: String

    func makeIterator() -> AnyIterator<(content: String, location: DataFileError.Location)> {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).makeIterator()
        var number = 0
        return AnyIterator {
            while let raw = lines.next() {
                number += 1
                var line = raw
                if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
                let content = String(line).trimmed
                guard !content.isEmpty, !content.hasPrefix("<!") else { continue }
                return (content, DataFileError.Location(file: file, line: number))
            }
            return nil
        }
    }
}
