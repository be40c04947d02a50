import ArgumentParser
import Entente
import Foundation

/// How listings are printed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
    case csv
}

struct FormatOption: ParsableArguments {
    @Option(name: .long, help: "Output format: table, json or csv.")
    var format: OutputFormat = .table

    func print(_ table: TextTable, json: some Encodable) throws {
        switch format {
        case .table: Output.write(table.rendered())
        case .csv: Output.write(table.csv())
        case .json: try Output.writeJSON(json)
        }
    }
}

enum Output {
    /// Writes to standard output; when that fails (a full disk, a closed descriptor) the command
    /// stops with one line on stderr and exit code 1, where FileHandle.write would trap.
    static func write(_ text: String) {
        do {
            try OutputFile(path: "-").write(text)
        } catch {
            writeError("Error: \(error)\n")
            exit(ExitCode.failure.rawValue)
        }
    }

    static func writeError(_ text: String) {
        var text = text
        _ = text.withUTF8 { OutputFile.writeAll(UnsafeRawBufferPointer($0), to: STDERR_FILENO) }
    }

    static func writeJSON(_ value: some Encodable) throws {
        write(try ReportJSON.text(value))
    }

    static func writeJSONLine(_ value: some Encodable) throws {
        write(try ReportJSON.line(value))
    }
}
