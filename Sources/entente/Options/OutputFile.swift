import ArgumentParser
import Entente
import Glibc

/// A file (or, for `--frames-by`, a folder) the user named for output; `-` is standard output.
///
/// What is at the path decides how it is written (see `Destination`): a regular file is
/// written whole or not at all, through a temporary file renamed over it, keeping its mode and
/// owner; a symbolic link is followed and its target replaced, the link kept; a device, a FIFO
/// or a socket is written where it is and never replaced. Every failure is one `WriteError`.
struct OutputFile: Sendable, Hashable, CustomStringConvertible, ExpressibleByArgument {
    /// The path as the user gave it; `-` for standard output.
    let path: String

    init(path: String) { self.path = path }
    init?(argument: String) { self.init(path: argument) }

    var isStandardOutput: Bool { path == "-" }
    var description: String { path }

    /// How a write reaches what is at the path now.
    enum Destination: Equatable {
        case standardOutput
        /// A character or block device, or a FIFO: opened and written where it is.
        case inPlace(String)
        /// A Unix socket: connected to and written.
        case socket(String)
        /// A regular file, existing or new: a temporary file in the same folder renamed over
        /// `file`, with the mode and owner of the file it replaces.
        case replace(file: String, replacing: Ownership?)
    }

    struct Ownership: Equatable {
        var mode: mode_t
        var owner: uid_t
        var group: gid_t
    }

    struct WriteError: Error, CustomStringConvertible {
        var path: String
        var reason: String
        /// Bytes already written in place (a device or FIFO cannot take them back).
        var bytesWritten = 0

        var description: String {
            let what = path == "-" ? "Cannot write to standard output" : "Cannot write '\(path)'"
            let outcome = bytesWritten == 0 ? "Nothing was written." : "Only the first \(bytesWritten) bytes were written."
            return "\(what): \(reason). \(outcome)"
        }
    }

    /// A command-line check: an empty name names nothing (argument-parser accepts `--svg ''`).
    func validate(option: String) throws {
        if path.isEmpty { throw ValidationError("Please give \(option) a file name, or - for standard output; not an empty one.") }
    }

    /// Fails before any work is done when the output could not be written.
    func checkWritable() throws(WriteError) {
        switch try destination() {
        case .standardOutput, .socket:
            return
        case .inPlace(let device):
            if access(device, W_OK) != 0 { throw failure(Self.reason(errno)) }
        case .replace(let file, let replacing):
            let folder = PathName(file).directory
            if access(folder, W_OK) != 0 { throw failure(Self.folderReason(errno, folder)) }
            // Root passes any mode check, but not an immutable file; others keep a read-only file.
            if replacing != nil, access(file, W_OK) != 0 { throw failure(errno == EROFS ? Self.reason(EROFS) : "the file is read-only") }
        }
    }

    /// What writing means for what is at the path now; nothing is created or opened.
    func destination() throws(WriteError) -> Destination {
        if isStandardOutput { return .standardOutput }
        if path.isEmpty { throw failure("an empty name names no file") }
        var info = stat()
        if stat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFDIR: throw failure("it is a directory")
            case S_IFSOCK: return .socket(path)
            case S_IFREG: break
            default: return .inPlace(path)
            }
            // Replace the file the links lead to, in its own folder; the links stay.
            let file = try Self.followingLinks(path)
            var found = stat()
            guard lstat(file, &found) == 0, found.st_dev == info.st_dev, found.st_ino == info.st_ino else {
                throw failure("the file it links to cannot be found by name (it may have been deleted)")
            }
            return .replace(file: file, replacing: Ownership(mode: info.st_mode & 0o7777, owner: info.st_uid, group: info.st_gid))
        }
        let code = errno
        guard code == ENOENT else { throw failure(code == ENOTDIR ? "a part of the path is not a directory" : Self.reason(code)) }
        if path.hasSuffix("/") { throw failure("the name ends in '/', which names a directory") }
        // Nothing there, or a link to nothing: the file (the link's target) is created.
        let file = try Self.followingLinks(path)
        let folder = PathName(file).directory
        var folderInfo = stat()
        guard stat(folder, &folderInfo) == 0 else {
            throw failure(errno == ENOENT ? "the directory '\(folder)' does not exist" : Self.folderReason(errno, folder))
        }
        guard folderInfo.st_mode & S_IFMT == S_IFDIR else { throw failure("'\(folder)' is not a directory") }
        return .replace(file: file, replacing: nil)
    }

    /// The checks a command makes before it reads anything: the output can be written, and it is
    /// not the database the command reads.
    func checkWritable(readingFrom database: String) throws(WriteError) {
        try checkNotDatabase(database)
        try checkWritable()
    }

    /// Fails when the output is the database the command reads (`-o graph.sqlite`, through any
    /// name or link): writing it would replace the graph with its own export.
    func checkNotDatabase(_ database: String) throws(WriteError) {
        var output = stat()
        var store = stat()
        guard !isStandardOutput, stat(path, &output) == 0, stat(database, &store) == 0 else { return }
        if output.st_dev == store.st_dev, output.st_ino == store.st_ino { throw failure("it is the database this command reads") }
    }

    func failure(_ reason: String, written: Int = 0) -> WriteError {
        WriteError(path: path, reason: reason, bytesWritten: written)
    }

    /// The path after every symbolic link in its last part is followed (not in its folders:
    /// a rename in a linked folder lands in the real one). A dangling link gives its target.
    static func followingLinks(_ path: String) throws(WriteError) -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = buffer.withUnsafeMutableBufferPointer { readlink(current, $0.baseAddress!, $0.count - 1) }
            guard count > 0 else { throw WriteError(path: path, reason: reason(errno)) }
            let target = String(decoding: buffer[..<count], as: UTF8.self)
            current = target.hasPrefix("/") ? target : PathName.joining(PathName(current).directory, target)
        }
        throw WriteError(path: path, reason: reason(ELOOP))
    }

    /// One clause for an error number, the same words for the same cause everywhere.
    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOSPC, EDQUOT, EFBIG: "the disk is full (or a file size limit was reached)"
        case EROFS: "the file system is read-only"
        case EACCES, EPERM: "permission denied"
        case ELOOP: "too many symbolic links"
        case ENAMETOOLONG: "the name is too long"
        case ENXIO: "nothing is reading from it"
        default: String(cString: strerror(code)).lowercased()
        }
    }

    static func folderReason(_ code: Int32, _ folder: String) -> String {
        switch code {
        case EACCES, EPERM: "the directory '\(folder)' is not writable"
        case EROFS: "the directory '\(folder)' is on a read-only file system"
        case ENOENT: "the directory '\(folder)' does not exist"
        case ENOTDIR: "'\(folder)' is not a directory"
        default: reason(code)
        }
    }
}
