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

    /// Writes `file` rendered as `format` beside it (`graph.dot` → `graph.svg`).
    static func render(_ file: String, as format: String) throws {
        guard let dot = executable() else {
            throw Failure(
                description: "GraphViz 'dot' is not installed, so '\(file)' was written but not rendered as \(format). "
                    + "Install GraphViz (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz) and run: dot -T\(format) -O \(file)")
        }
        let target = ((file as NSString).deletingPathExtension) + "." + format
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dot)
        process.arguments = ["-T\(format)", "-o", target, file]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "GraphViz 'dot' could not render '\(file)' as \(format): \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        Output.writeError("Rendered \(target)\n")
    }
}
