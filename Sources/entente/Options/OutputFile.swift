import ArgumentParser
import Foundation

/// A file the user named for output, written whole or not at all: the text goes to a
/// temporary file beside it, which is then renamed over it.
struct OutputFile {
    struct WriteError: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "Cannot write '\(path)': \(reason). Nothing was written." }
    }

    let path: String

    /// Fails before any work is done when the file's directory is missing or not writable.
    func checkWritable() throws {
        let directory = (path as NSString).deletingLastPathComponent
        let folder = directory.isEmpty ? "." : directory
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw WriteError(path: path, reason: "the directory '\(folder)' does not exist")
        }
        guard FileManager.default.isWritableFile(atPath: folder) else {
            throw WriteError(path: path, reason: "the directory '\(folder)' is not writable")
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw WriteError(path: path, reason: "it is a directory")
        }
    }

    func write(_ text: String) throws {
        try checkWritable()
        let directory = (path as NSString).deletingLastPathComponent
        let temporary = (directory.isEmpty ? "" : directory + "/") + ".\((path as NSString).lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8)) else {
            throw WriteError(path: path, reason: "the file could not be created (disk full or no permission?)")
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw WriteError(path: path, reason: reason)
        }
    }
}
