import Foundation
import Testing

/// GraphViz's `dot`, run by tests on what Entente writes. CI sets ENTENTE_REQUIRE_GRAPHVIZ=1,
/// and then a missing `dot` fails a test instead of leaving it out.
enum GraphVizTool {
    static let dot = ["/usr/bin/dot", "/usr/local/bin/dot"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let required = ProcessInfo.processInfo.environment["ENTENTE_REQUIRE_GRAPHVIZ"] == "1"
    static let available = dot != nil || required

    /// `dot -T<format>` on a file: its output, its warnings and its exit status.
    static func run(_ file: String, format: String) throws -> (output: String, warnings: String, status: Int32) {
        let dot = try #require(Self.dot, "graphviz's dot is required (ENTENTE_REQUIRE_GRAPHVIZ=1) but not installed")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dot)
        process.arguments = ["-T\(format)", file]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let warnings = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (String(decoding: data, as: UTF8.self), warnings, process.terminationStatus)
    }

    /// The texts an SVG draws, entities decoded: what a reader sees.
    static func drawnTexts(svg: String) -> [String] {
        var texts: [String] = []
        var rest = svg[...]
        while let open = rest.range(of: "<text"), let close = rest.range(of: "</text>", range: open.upperBound..<rest.endIndex) {
            let element = rest[open.upperBound..<close.lowerBound]
            if let start = element.firstIndex(of: ">") {
                texts.append(xmlDecoded(String(element[element.index(after: start)...])))
            }
            rest = rest[close.upperBound...]
        }
        return texts
    }

    static func xmlDecoded(_ text: String) -> String {
        var result = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            guard let semicolon = rest[amp...].firstIndex(of: ";") else { break }
            let name = rest[rest.index(after: amp)..<semicolon]
            let named: [Substring: String] = ["lt": "<", "gt": ">", "quot": "\"", "apos": "'", "amp": "&"]
            if let character = named[name] {
                result += character
            } else if name.hasPrefix("#x"), let code = UInt32(name.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(code) {
                result.unicodeScalars.append(scalar)
            } else if name.hasPrefix("#"), let code = UInt32(name.dropFirst()), let scalar = Unicode.Scalar(code) {
                result.unicodeScalars.append(scalar)
            } else {
                result += rest[amp...semicolon]
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }
}
