import ArgumentParser
import Entente
import Foundation

/// Runs GraphViz's `dot` on a file Entente wrote.
enum GraphViz {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The `dot` executable on the PATH, or nil.
    static func executable() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/dot"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Where `render` writes a rendering of `file`: beside it, its extension replaced
    /// (`graph.dot` → `graph.svg`).
    static func target(of file: OutputFile, as format: String) -> OutputFile {
        OutputFile(path: PathName.replacingExtension(of: file.path, with: format))
    }

    /// Writes `file` rendered as `format` to `target(of:as:)`, through `OutputFile` like any output.
    static func render(_ file: OutputFile, as format: String) throws {
        let target = target(of: file, as: format)
        guard let dot = executable() else {
            throw Failure(
                description: "GraphViz 'dot' is not installed, so '\(file)' was written but not rendered as \(format). "
                    + "Install GraphViz (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz) and run: dot -T\(format) -O \(file)")
        }
        guard let input = FileHandle(forReadingAtPath: file.path) else {
            throw Failure(description: "Cannot read '\(file)' back to render it as \(format).")
        }
        defer { try? input.close() }
        // dot writes to a pipe, and the bytes then go through OutputFile, so a link, a device, a
        // read-only folder or a full disk at the target is handled as for every output. The DOT
        // text comes on standard input, so no file name can be taken for one of dot's options.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dot)
        process.arguments = ["-T\(format)"]
        process.standardInput = input
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let warnings = Drain(errors.fileHandleForReading)
        let bytes = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: warnings.wait(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "GraphViz 'dot' could not render '\(file)' as \(format): \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        try target.write([UInt8](bytes))
        Output.writeError("Rendered \(target)\n")
    }
}

/// Reads a pipe to its end on a thread of its own, so a child writing much to one pipe cannot
/// block while the parent waits on the other.
private final class Drain: @unchecked Sendable {
    // @unchecked: `data` is written once by the reading thread before `done` is signalled and
    // read only after `wait()` has seen that signal.
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
