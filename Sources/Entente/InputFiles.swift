import Foundation

/// The files a command was given, expanded: a directory becomes the article
/// files inside it (recursively, sorted), `-` is standard input.
public struct InputFile: Sendable, Hashable {
    /// The path as shown in messages; `-` for standard input.
    public var name: String
    public var isStandardInput: Bool { name == "-" }

    public init(name: String) { self.name = name }

    /// File name endings read from directories.
    public static let articleExtensions: Set<String> = ["txt", "text", "json", "jsonl", "ndjson", "md"]

    /// Expands paths; a missing path or a directory with no article files is an error.
    public static func expand(_ paths: [String]) throws(InputError) -> [InputFile] {
        var files: [InputFile] = []
        let manager = FileManager.default
        for path in paths {
            if path == "-" {
                files.append(InputFile(name: "-"))
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw InputError("\(path): no such file or directory")
            }
            guard isDirectory.boolValue else {
                files.append(InputFile(name: path))
                continue
            }
            let found = (manager.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                .filter { articleExtensions.contains(URL(fileURLWithPath: $0).pathExtension.lowercased()) }
                .filter { !URL(fileURLWithPath: $0).lastPathComponent.hasPrefix(".") }
                .sorted()
                .map { InputFile(name: PathName.joining(path, $0)) }
            guard !found.isEmpty else {
                throw InputError(
                    "\(path): no article files in this directory (looked for .\(articleExtensions.sorted().joined(separator: ", ."))")
            }
            files += found
        }
        return files
    }

    /// The file's bytes.
    public func read() throws(InputError) -> [UInt8] {
        if isStandardInput {
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        guard let data = FileManager.default.contents(atPath: name) else {
            throw InputError("\(name): cannot be read")
        }
        return [UInt8](data)
    }
}

/// A problem with what a command was given to read.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) { self.description = description }
}
