import ArgumentParser
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
        // dot writes into a private folder; the bytes then go through OutputFile, so a link, a
        // device or a read-only folder at the target is handled as for every output. The DOT
        // text comes on standard input, so no file name can be taken for one of dot's options.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("entente-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let rendered = scratch.appendingPathComponent("out.\(format)").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dot)
        process.arguments = ["-T\(format)", "-o", rendered]
        process.standardInput = input
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, let bytes = FileManager.default.contents(atPath: rendered) else {
            throw Failure(description: "GraphViz 'dot' could not render '\(file)' as \(format): \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        try target.write([UInt8](bytes))
        Output.writeError("Rendered \(target)\n")
    }
}
