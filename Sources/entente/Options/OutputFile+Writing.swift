import Entente
import Glibc

extension OutputFile {
    func write(_ text: String) throws(WriteError) {
        var text = text
        // withUTF8 rethrows untyped errors, so the typed one is carried out as a value.
        let outcome = text.withUTF8 { bytes in Result { () throws(WriteError) in try write(UnsafeRawBufferPointer(bytes)) } }
        try outcome.get()
    }

    func write(_ bytes: [UInt8]) throws(WriteError) {
        let outcome = bytes.withUnsafeBytes { bytes in Result { () throws(WriteError) in try write(bytes) } }
        try outcome.get()
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws(WriteError) {
        switch try destination() {
        case .standardOutput:
            if let code = Self.writeAll(bytes, to: STDOUT_FILENO).error { throw failure(Self.reason(code)) }
        case .inPlace(let device):
            // No O_CREAT, no O_TRUNC: a device or FIFO is written as it is. Opening a FIFO waits
            // for its reader, as a shell's redirection does.
            let descriptor = open(device, O_WRONLY | O_NOCTTY | O_CLOEXEC)
            guard descriptor >= 0 else { throw failure(Self.reason(errno)) }
            defer { close(descriptor) }
            let (written, error) = Self.writeAll(bytes, to: descriptor)
            if let error { throw failure(Self.reason(error), written: written) }
        case .socket(let socketPath):
            try writeToSocket(socketPath, bytes)
        case .replace(let file, let replacing):
            try replace(file, replacing: replacing, with: bytes)
        }
    }

    /// Writes a temporary file beside `file` and renames it over `file`: a reader sees the old
    /// file or the whole new one, and a failure leaves the old one as it was.
    private func replace(_ file: String, replacing: Ownership?, with bytes: UnsafeRawBufferPointer) throws(WriteError) {
        let folder = PathName(file).directory
        let (descriptor, temporary) = try createTemporary(in: folder)
        var renamed = false
        defer { if !renamed { unlink(temporary) } }
        var closed = false
        defer { if !closed { close(descriptor) } }

        if let error = Self.writeAll(bytes, to: descriptor).error { throw failure(Self.reason(error)) }
        var created = stat()
        fstat(descriptor, &created)
        if let replacing, replacing.owner != created.st_uid || replacing.group != created.st_gid,
            fchown(descriptor, replacing.owner, replacing.group) != 0
        {
            throw failure("its owner and group could not be kept (\(Self.reason(errno)))")
        }
        // After fchown, which clears set-user-ID bits; a new file gets the usual 0666 less the umask.
        let mode = replacing?.mode ?? (0o666 & ~Self.umaskValue)
        if fchmod(descriptor, mode) != 0 { throw failure("its permissions could not be kept (\(Self.reason(errno)))") }
        // The data on disk before the name points to it, so a crash cannot leave an empty file.
        if fsync(descriptor) != 0, errno != EINVAL { throw failure(Self.reason(errno)) }
        closed = true
        if close(descriptor) != 0 { throw failure(Self.reason(errno)) }
        if rename(temporary, file) != 0 { throw failure(Self.reason(errno)) }
        renamed = true
    }

    /// A new, empty file only this user can read (0600 until the data is whole), with a name of
    /// its own in `folder`.
    private func createTemporary(in folder: String) throws(WriteError) -> (Int32, String) {
        for attempt in 0..<100 {
            let temporary = PathName.joining(folder, ".entente-\(getpid())-\(attempt).tmp")
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if descriptor >= 0 { return (descriptor, temporary) }
            if errno != EEXIST { throw failure(Self.folderReason(errno, folder)) }
        }
        throw failure("no temporary file could be made in '\(folder)'")
    }

    private func writeToSocket(_ socketPath: String, _ bytes: UnsafeRawBufferPointer) throws(WriteError) {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let name = Array(socketPath.utf8)
        guard name.count < MemoryLayout.size(ofValue: address.sun_path) else { throw failure("the socket's path is too long to connect to") }
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: name) }
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw failure(Self.reason(errno)) }
        defer { close(descriptor) }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard connected == 0 else { throw failure("it is a socket that accepts no connection (\(Self.reason(errno)))") }
        // MSG_NOSIGNAL: a peer that hangs up is an error to report, not a SIGPIPE.
        let (written, error) = Self.writeAll(bytes) { send(descriptor, $0, $1, Int32(MSG_NOSIGNAL)) }
        if let error { throw failure(Self.reason(error), written: written) }
    }

    /// Writes every byte, retrying short writes and interruptions; the count written and the
    /// error number that stopped it, if any.
    static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> (written: Int, error: Int32?) {
        writeAll(bytes) { Glibc.write(descriptor, $0, $1) }
    }

    static func writeAll(_ bytes: UnsafeRawBufferPointer, using write: (UnsafeRawPointer, Int) -> Int) -> (written: Int, error: Int32?) {
        guard let base = bytes.baseAddress else { return (0, nil) }
        var offset = 0
        while offset < bytes.count {
            let count = write(base + offset, bytes.count - offset)
            if count < 0 {
                if errno == EINTR { continue }
                return (offset, errno)
            }
            if count == 0 { return (offset, EIO) }
            offset += count
        }
        return (offset, nil)
    }

    /// The process's umask, read by setting it and putting it back (there is no getter).
    private static var umaskValue: mode_t {
        let value = umask(0)
        umask(value)
        return value
    }
}
