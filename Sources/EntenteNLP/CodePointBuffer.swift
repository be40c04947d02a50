/// Conversions between `String` and arrays of code points (`UInt32`), the representation the
/// tokenizer works on so that offsets are Python `str` indices.
enum CodePointBuffer {
    /// The code points of `text`, decoded straight from its UTF-8 storage when it has one.
    static func codePoints(of text: String) -> [UInt32] {
        var text = text
        let decoded: [UInt32]? = text.withUTF8 { bytes in
            var result: [UInt32] = []
            result.reserveCapacity(bytes.count)
            var index = 0
            let count = bytes.count
            // A Swift string's UTF-8 is always valid, so the lead byte gives the sequence length.
            while index < count {
                let lead = UInt32(bytes[index])
                if lead < 0x80 {
                    result.append(lead)
                    index += 1
                } else if lead < 0xE0 {
                    result.append((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F))
                    index += 2
                } else if lead < 0xF0 {
                    result.append((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
                        | UInt32(bytes[index + 2] & 0x3F))
                    index += 3
                } else {
                    result.append((lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                        | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F))
                    index += 4
                }
            }
            return result
        }
        return decoded ?? text.unicodeScalars.map(\.value)
    }

    /// The string of the code points `range` of `buffer`, which must all be valid scalars.
    static func string(_ buffer: UnsafeBufferPointer<UInt32>, _ range: Range<Int>) -> String {
        var byteCount = 0
        for index in range {
            let value = buffer[index]
            byteCount += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: byteCount) { bytes in
            var offset = 0
            for index in range {
                let value = buffer[index]
                if value < 0x80 {
                    bytes[offset] = UInt8(value)
                    offset += 1
                } else if value < 0x800 {
                    bytes[offset] = UInt8(0xC0 | value >> 6)
                    bytes[offset + 1] = UInt8(0x80 | value & 0x3F)
                    offset += 2
                } else if value < 0x10000 {
                    bytes[offset] = UInt8(0xE0 | value >> 12)
                    bytes[offset + 1] = UInt8(0x80 | value >> 6 & 0x3F)
                    bytes[offset + 2] = UInt8(0x80 | value & 0x3F)
                    offset += 3
                } else {
                    bytes[offset] = UInt8(0xF0 | value >> 18)
                    bytes[offset + 1] = UInt8(0x80 | value >> 12 & 0x3F)
                    bytes[offset + 2] = UInt8(0x80 | value >> 6 & 0x3F)
                    bytes[offset + 3] = UInt8(0x80 | value & 0x3F)
                    offset += 4
                }
            }
            return offset
        }
    }

    /// The number of code points of `text` (Python's `len`).
    static func count(of text: String) -> Int {
        var count = 0
        for byte in text.utf8 where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
