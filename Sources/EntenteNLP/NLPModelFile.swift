import Foundation

/// An Entente model file opened for reading: its JSON header (tables and metadata) and its tensors.
///
/// The layout is written by `scripts/export-nlp-model.py`: the magic `ENTNLP01`, a little-endian
/// `UInt32` header length, the UTF-8 JSON header, then the tensors from the next multiple of 64 bytes,
/// as IEEE binary16 or binary32. The file is only read while the pipeline is built; the networks keep
/// their own float32 copies of the weights.
struct NLPModelFile {
    static let magic = Array("ENTNLP01".utf8)

    let header: [String: Any]
    private let bytes: UnsafeRawBufferPointer
    private let dataStart: Int
    private let halfPrecision: Bool
    private let directory: [String: [String: Any]]

    /// Opens the model bytes; they must outlive this value.
    init(bytes: UnsafeRawBufferPointer) throws {
        guard bytes.count >= 12, Array(bytes[0..<8]) == Self.magic else {
            throw NLPModelError("not an Entente model file (the first bytes are not ENTNLP01)")
        }
        let headerLength = Int(bytes.loadUnaligned(fromByteOffset: 8, as: UInt32.self).littleEndian)
        guard 12 + headerLength <= bytes.count else {
            throw NLPModelError("the model file is truncated: its header needs \(headerLength) bytes")
        }
        let headerData = Data(bytes[12..<(12 + headerLength)])
        guard let header = try JSONSerialization.jsonObject(with: headerData) as? [String: Any] else {
            throw NLPModelError("the model file's header is not a JSON object")
        }
        guard header["format"] as? Int == 1 else {
            throw NLPModelError("the model file has format \(header["format"] ?? "none"); this Entente reads format 1")
        }
        guard let directory = header["tensors"] as? [String: [String: Any]] else {
            throw NLPModelError("the model file's header lists no tensors")
        }
        switch header["dtype"] as? String {
        case "float16": halfPrecision = true
        case "float32": halfPrecision = false
        default: throw NLPModelError("the model file's weights have an unknown type: \(header["dtype"] ?? "none")")
        }
        self.header = header
        self.bytes = bytes
        self.directory = directory
        self.dataStart = (12 + headerLength + 63) / 64 * 64
    }

    /// A header entry that must be present, as the type the reader expects.
    func table<Value>(_ key: String, as type: Value.Type = Value.self) throws -> Value {
        guard let value = header[key] as? Value else {
            throw NLPModelError("the model file has no table '\(key)' of the expected form")
        }
        return value
    }

    /// The tensor `name` as float32 values in C order, after checking that its shape is `shape`.
    func tensor(_ name: String, shape: [Int]) throws -> [Float] {
        guard let entry = directory[name], let storedShape = entry["shape"] as? [Int],
              let offset = entry["offset"] as? Int
        else { throw NLPModelError("the model file has no tensor '\(name)'") }
        guard storedShape == shape else {
            throw NLPModelError("tensor '\(name)' has shape \(storedShape), expected \(shape)")
        }
        let count = shape.reduce(1, *)
        let start = dataStart + offset
        let width = halfPrecision ? 2 : 4
        guard offset >= 0, start + count * width <= bytes.count else {
            throw NLPModelError("tensor '\(name)' lies beyond the end of the model file")
        }
        return [Float](unsafeUninitializedCapacity: count) { values, initialized in
            for index in 0..<count {
                if halfPrecision {
                    let bits = bytes.loadUnaligned(fromByteOffset: start + 2 * index, as: UInt16.self)
                    values[index] = Self.float(fromHalf: UInt16(littleEndian: bits))
                } else {
                    let bits = bytes.loadUnaligned(fromByteOffset: start + 4 * index, as: UInt32.self)
                    values[index] = Float(bitPattern: UInt32(littleEndian: bits))
                }
            }
            initialized = count
        }
    }

    /// IEEE binary16 to binary32, written out because `Float16` is missing on some platforms.
    static func float(fromHalf bits: UInt16) -> Float {
        let sign = UInt32(bits >> 15) << 31
        let exponent = Int(bits >> 10) & 0x1F
        let fraction = UInt32(bits & 0x3FF)
        switch exponent {
        case 0:
            // Zero or subnormal: fraction × 2^-24.
            let magnitude = Float(fraction) * Float(sign: .plus, exponent: -24, significand: 1)
            return sign == 0 ? magnitude : -magnitude
        case 0x1F:
            return Float(bitPattern: sign | 0x7F80_0000 | (fraction << 13))
        default:
            return Float(bitPattern: sign | UInt32(exponent + 112) << 23 | (fraction << 13))
        }
    }
}
