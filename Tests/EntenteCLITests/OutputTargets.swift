import Foundation
import Glibc
import Testing
import EntenteTestSupport

/// The options that write a file, each run so that the file it writes is a given path, and
/// what the output tests put at that path.
struct OutputWriter: Sendable, CustomTestStringConvertible {
    var testDescription: String
    /// The arguments that make the command write `target`. For --frames-by the target is the
    /// first frame's file and -o its folder; for --render it is the picture and -o the DOT file
    /// beside it.
    var arguments: @Sendable (_ db: String, _ target: String) -> [String]
    /// The file name the target gets in a test folder.
    var fileName: String
    /// How the written text begins.
    var head: String
    /// What `-` does: nil when it writes standard output, else the refusal (exit 64).
    var refusesStandardOutput: String?

    static let exportFile = OutputWriter(
        testDescription: "export -o", arguments: { db, target in ["export", "dot", "--db", db, "-o", target] },
        fileName: "out.dot", head: "digraph", refusesStandardOutput: nil)
    static let timelineSVG = OutputWriter(
        testDescription: "timeline --svg",
        arguments: { db, target in ["timeline", "--db", db, "Russia", "Turkey", "--by", "week", "--svg", target] },
        fileName: "chart.svg", head: "<svg", refusesStandardOutput: nil)
    static let frames = OutputWriter(
        testDescription: "export --frames-by",
        arguments: { db, target in
            ["export", "dot", "--db", db, "--frames-by", "year", "-o", target == "-" ? "-" : (target as NSString).deletingLastPathComponent]
        },
        fileName: "frame-2001.dot", head: "digraph",
        refusesStandardOutput: "--frames-by writes one file per period into a directory: give -o a directory, not '-'.")
    // Around Iran the DOT file stays under the full-disk test's limit and the picture is past it.
    static let render = OutputWriter(
        testDescription: "export --render",
        arguments: { db, target in
            ["export", "dot", "--db", db, "--around", "Iran", "-o", target == "-" ? "-" : dotBeside(target), "--render", "svg"]
        },
        fileName: "picture.svg", head: "<?xml",
        refusesStandardOutput: "--render writes its picture beside the -o file: give -o a file name, not '-'.")

    static let all: [OutputWriter] = [exportFile, timelineSVG, frames] + (GraphVizTool.available ? [render] : [])

    static func dotBeside(_ svg: String) -> String { String(svg.dropLast(4)) + ".dot" }

    /// The folder that will hold the target for this writer in `scratch` (made for frames,
    /// whose -o is that folder).
    func target(in folder: String) throws -> String {
        let directory = self.testDescription == Self.frames.testDescription ? folder + "/frames" : folder
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return directory + "/" + fileName
    }
}

/// A database of 800 facts among 504 entities, 2001 to 2010: every output here is larger
/// than the 32 KiB file size limit of the full-disk test (SQLite's shared-memory file needs
/// that much), except the DOT file around Iran.
enum LargeGraph {
    static func make(_ scratch: Scratch) throws -> String {
        let predicates = ["supports", "attacks", "meets_with", "accuses", "mediates"]
        let targets = ["Russia", "Turkey", "Iran", "Syria"]
        var lines: [String] = []
        func fact(_ subject: String, _ kind: String, _ predicate: String, _ object: String, _ date: String) {
            lines.append(#"{"subject": "\#(subject)", "subject_kind": "\#(kind)", "predicate": "\#(predicate)", "object": "\#(object)", "object_kind": "actor", "date": "\#(date)"}"#)
        }
        func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        for index in 0..<500 {
            fact("Group \(index)", "organisation", predicates[index % 5], targets[index % 4],
                 "\(2001 + index % 10)-\(twoDigits(1 + index % 12))-\(twoDigits(1 + index % 28))")
        }
        for index in 0..<300 {
            let month = index % 12 + 1
            fact(index % 2 == 0 ? "Russia" : "Turkey", "actor", predicates[index % 5], index % 2 == 0 ? "Turkey" : "Russia",
                 "\(2001 + index / 30)-\(twoDigits(month))-\(twoDigits(1 + index % 28))")
        }
        let db = scratch.path("large.sqlite")
        let result = try Entente.run(["import", "triples", "--db", db, try scratch.write("large.jsonl", lines.joined(separator: "\n") + "\n")])
        #expect(result.status == 0, "\(result.stderr)")
        return db
    }
}

/// What is at a path, read without following a link there.
enum FileKind: Equatable {
    case missing, regular, directory, link, fifo, characterDevice, other

    init(at path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { self = .missing; return }
        switch info.st_mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .directory
        case S_IFLNK: self = .link
        case S_IFIFO: self = .fifo
        case S_IFCHR: self = .characterDevice
        default: self = .other
        }
    }

    static func mode(of path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
    }

    static func owner(of path: String) -> (uid_t, gid_t) {
        var info = stat()
        return stat(path, &info) == 0 ? (info.st_uid, info.st_gid) : (0, 0)
    }

    /// The device number of a device node: 1,3 is /dev/null.
    static func device(of path: String) -> (major: UInt32, minor: UInt32) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return (0, 0) }
        // Linux's encoding of dev_t (glibc's major() and minor() macros, which Swift cannot import).
        let rdev = UInt64(info.st_rdev)
        return (UInt32((rdev >> 8) & 0xfff | (rdev >> 32) & ~0xfff), UInt32(rdev & 0xff | (rdev >> 12) & ~0xff))
    }

    /// Leftovers of an interrupted replacement: Entente's temporary files in a folder.
    static func temporaryFiles(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix(".entente-") }
    }
}

let isRoot = getuid() == 0
