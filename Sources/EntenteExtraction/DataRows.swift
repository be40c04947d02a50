/// The rows of a generated TSV data file, split on bytes.
///
/// `TabSeparatedLines` walks Characters, which for the megabyte of actor names costs a quarter
/// of a second at start-up; the converter writes plain UTF-8 with `\n` and `\t`, so bytes suffice.
/// The same rules: `#` lines and empty lines are skipped, line numbers count from 1.
struct DataRows: Sequence {
    private let bytes: [UInt8]

    init(_ text: String) { bytes = Array(text.utf8) }

    /// Lines in the text, a bound on its rows.
    var lineCount: Int { bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }

    struct Iterator: IteratorProtocol {
        let bytes: [UInt8]
        var offset = 0
        var line = 0

        mutating func next() -> (line: Int, fields: [String])? {
            while offset < bytes.count {
                line += 1
                var end = offset
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                let start = offset
                offset = end + 1
                var stop = end
                if stop > start, bytes[stop - 1] == 0x0D { stop -= 1 }
                guard stop > start, bytes[start] != 0x23 else { continue }
                var fields: [String] = []
                var fieldStart = start
                for index in start..<stop where bytes[index] == 0x09 {
                    fields.append(String(decoding: bytes[fieldStart..<index], as: UTF8.self))
                    fieldStart = index + 1
                }
                fields.append(String(decoding: bytes[fieldStart..<stop], as: UTF8.self))
                return (line, fields)
            }
            return nil
        }
    }

    func makeIterator() -> Iterator { Iterator(bytes: bytes) }
}

extension String {
    /// The parts between `separator` bytes (an ASCII character), empty ones left out.
    func splitBytes(_ separator: UInt8) -> [String] {
        let parts = utf8.withContiguousStorageIfAvailable { buffer in
            var parts: [String] = []
            var start = 0
            for index in 0...buffer.count where index == buffer.count || buffer[index] == separator {
                if index > start { parts.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<index]), as: UTF8.self)) }
                start = index + 1
            }
            return parts
        }
        return parts ?? split(separator: Character(Unicode.Scalar(separator))).map(String.init)
    }
}
