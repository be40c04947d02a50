/// A string compared and hashed by its code points, as Python compares `str` keys.
///
/// Swift's `String` equality is canonical equivalence: `"é"` equals `"e\u{301}"` and the Kelvin
/// sign equals `K`. spaCy's tables and matcher treat those as different strings, so lookups that
/// must agree with spaCy go through this key.
struct CodePointKey: Hashable, Sendable {
    let string: String

    init(_ string: String) { self.string = string }

    static func == (lhs: CodePointKey, rhs: CodePointKey) -> Bool {
        lhs.string.hasSameCodePoints(as: rhs.string)
    }

    func hash(into hasher: inout Hasher) {
        let hashed: Void? = string.utf8.withContiguousStorageIfAvailable { bytes in
            hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        }
        if hashed == nil {
            // Only bridged strings lack contiguous UTF-8; hash the same bytes the same way.
            let bytes = Array(string.utf8)
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }
}

extension String {
    /// Python's `==` on `str`: the same code points in the same order.
    func hasSameCodePoints(as other: String) -> Bool {
        let bytes = utf8, otherBytes = other.utf8
        guard bytes.count == otherBytes.count else { return false }
        // The generic `elementsEqual` over the UTF-8 views decodes byte by byte; comparing the
        // contiguous buffers is several times faster and this runs for every dictionary probe.
        let compared = bytes.withContiguousStorageIfAvailable { buffer in
            otherBytes.withContiguousStorageIfAvailable { otherBuffer in
                buffer.elementsEqual(otherBuffer)
            }
        }
        return (compared ?? nil) ?? bytes.elementsEqual(otherBytes)
    }
}
