/// The tab-separated fields of a line, empty ones kept: what
/// `line.split(separator: "\t", omittingEmptySubsequences: false)` gives, found byte by byte
/// instead of character by character.
///
/// The same split, since a tab is one byte in UTF-8 and, as a control character, always a
/// character of its own (Unicode's grapheme rules break before and after one).
///
/// For example:
///
/// ```swift
/// tabSeparatedFields("a\t\tb")  // ["a", "", "b"]
/// ```
public func tabSeparatedFields(_ line: Substring) -> [Substring] {
    var fields: [Substring] = []
    fields.reserveCapacity(64)
    let bytes = line.utf8
    var start = bytes.startIndex
    var index = start
    while index != bytes.endIndex {
        if bytes[index] == 0x09 {
            // Sliced through the UTF-8 view: checked for scalar boundaries only, where slicing
            // the text itself rounds both ends to character boundaries, scanning for them.
            fields.append(Substring(bytes[start..<index]))
            start = bytes.index(after: index)
        }
        bytes.formIndex(after: &index)
    }
    fields.append(Substring(bytes[start..<bytes.endIndex]))
    return fields
}
