import Foundation
import Testing

/// Runs the built `entente` binary, as a user would.
struct CommandResult {
    var stdout: String
    var stderr: String
    var status: Int32
}

enum Entente {
    /// The `entente` executable next to the test bundle (or $ENTENTE_BINARY).
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["ENTENTE_BINARY"] { return URL(fileURLWithPath: path) }
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = runner.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("entente")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/entente")
    }()

    static func run(
        _ arguments: [String], stdin: String? = nil, in directory: URL? = nil, environment overrides: [String: String] = [:]
    ) throws -> CommandResult {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "ENTENTE_DB")
        environment["COLUMNS"] = "200"
        environment.merge(overrides) { $1 }
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting, so a large output cannot block the child.
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandResult(
            stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
            status: process.terminationStatus)
    }
}

extension Entente {
    /// Runs the binary under a file-size limit of `blocks` 512-byte blocks, as a full disk would stop
    /// it; `ignoringXFSZ` makes the shell ignore the signal the limit raises (else the command must).
    static func runLimitingFileSize(blocks: Int, ignoringXFSZ: Bool, _ arguments: [String]) throws
        -> (killed: Bool, status: Int32, stderr: String)
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        let trap = ignoringXFSZ ? "trap '' XFSZ; " : ""
        process.arguments = ["-c", "ulimit -f \(blocks); \(trap)exec \"$0\" \"$@\"", binary.path] + arguments
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationReason != .exit, process.terminationStatus, message)
    }
}

/// The repository's Examples/articles directory.
let examplesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Examples/articles").path
