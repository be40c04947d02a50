import CZlib
import Foundation

/// The lines of a file, plain or gzip-compressed, or of standard input, read in chunks so a
/// file of any size takes the same memory. A line is handed over as bytes, without its `\n`
/// (and without a `\r` before it); decoding is the reader's business.
public final class LineStream {
    public struct ReadError: Error, CustomStringConvertible {
        public var description: String
    }

    private let handle: FileHandle
    private var inflater: Inflater?
    private var pending: [UInt8] = []
    private var start = 0
    private var finished = false
    public private(set) var lineNumber = 0
    /// Bytes read from the file so far (compressed bytes for a gzip file): progress against its size.
    public private(set) var bytesRead = 0
    /// The file's size in bytes, when it is a regular file.
    public let size: Int?
    let name: String

    public init(path: String) throws {
        name = path
        if path == "-" {
            handle = FileHandle.standardInput
            size = nil
        } else {
            guard let opened = FileHandle(forReadingAtPath: path) else {
                var isDirectory: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
                throw ReadError(description: exists ? (isDirectory.boolValue ? "\(path): is a directory" : "\(path): permission denied") : "\(path): no such file")
            }
            handle = opened
            size = fileSize(atPath: path)
        }
        let head = try Self.read(handle, count: 2, name: path)
        bytesRead = head.count
        if head == [0x1F, 0x8B] {
            let inflater = try Inflater(name: path)
            pending = try inflater.inflate(head)
            self.inflater = inflater
        } else {
            pending = head
        }
    }

    /// The next line, or nil at the end of the file.
    public func next() throws -> ArraySlice<UInt8>? {
        while true {
            if let newline = pending[start...].firstIndex(of: 0x0A) {
                var line = pending[start..<newline]
                start = newline + 1
                if line.last == 0x0D { line = line.dropLast() }
                lineNumber += 1
                return line
            }
            if finished {
                guard start < pending.count else { return nil }
                let line = pending[start...]
                start = pending.count
                lineNumber += 1
                return line
            }
            try refill()
        }
    }

    private func refill() throws {
        if start > 0 {
            pending.removeFirst(start)
            start = 0
        }
        let chunk = try Self.read(handle, count: 1 << 20, name: name)
        bytesRead += chunk.count
        if chunk.isEmpty {
            if let inflater, !inflater.ended {
                throw ReadError(description: "\(name): the gzip stream ends before its end (a truncated file?)")
            }
            finished = true
            return
        }
        if let inflater {
            pending += try inflater.inflate(chunk)
        } else {
            pending += chunk
        }
    }

    private static func read(_ handle: FileHandle, count: Int, name: String) throws -> [UInt8] {
        do {
            return [UInt8](try handle.read(upToCount: count) ?? Data())
        } catch {
            throw ReadError(description: "\(name): \(error.localizedDescription)")
        }
    }

    deinit {
        if name != "-" { try? handle.close() }
    }
}

/// zlib's streaming inflate for gzip members (several members one after another, as
/// `cat a.gz b.gz` makes, are read as one stream).
final class Inflater {
    /// Allocated, not stored inline: zlib keeps a pointer back to it and checks it on every call.
    private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    private(set) var ended = false
    private let name: String

    init(name: String) throws {
        self.name = name
        stream.initialize(to: z_stream())
        // 15 window bits + 16: gzip only.
        let status = inflateInit2_(stream, 15 + 16, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw LineStream.ReadError(description: "\(name): zlib could not start (\(status))") }
    }

    func inflate(_ input: [UInt8]) throws -> [UInt8] {
        var output: [UInt8] = []
        var input = input
        var offset = 0
        while offset < input.count {
            if ended {
                // Another gzip member follows.
                guard inflateReset(stream) == Z_OK else { throw LineStream.ReadError(description: "\(name): zlib reset failed") }
                ended = false
            }
            var buffer = [UInt8](repeating: 0, count: 1 << 18)
            let (status, consumed, produced) = input.withUnsafeMutableBufferPointer { inputBuffer in
                buffer.withUnsafeMutableBufferPointer { outputBuffer in
                    stream.pointee.next_in = inputBuffer.baseAddress! + offset
                    stream.pointee.avail_in = UInt32(inputBuffer.count - offset)
                    stream.pointee.next_out = outputBuffer.baseAddress
                    stream.pointee.avail_out = UInt32(outputBuffer.count)
                    let status = CZlib.inflate(stream, Z_NO_FLUSH)
                    return (status, inputBuffer.count - offset - Int(stream.pointee.avail_in), outputBuffer.count - Int(stream.pointee.avail_out))
                }
            }
            output += buffer[..<produced]
            offset += consumed
            switch status {
            case Z_STREAM_END:
                ended = true
            case Z_OK, Z_BUF_ERROR:
                if consumed == 0 && produced == 0 { return output }
            default:
                throw LineStream.ReadError(description: "\(name): not a valid gzip stream (zlib error \(status))")
            }
        }
        return output
    }

    deinit {
        inflateEnd(stream)
        stream.deallocate()
    }
}
