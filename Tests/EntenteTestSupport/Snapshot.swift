import Foundation
public import Testing

/// Compares `text` with `Snapshots/<name>` beside the calling test file; records it when missing
/// or when RECORD_SNAPSHOTS=1, and then fails, so a recording never passes unseen.
public func assertSnapshot(
    _ text: String, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let file = directory.appendingPathComponent(name)
    let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    guard !recording, let expected = try? String(contentsOf: file, encoding: .utf8) else {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
        Issue.record("Recorded a new snapshot at \(file.path); run the tests again.", sourceLocation: sourceLocation)
        return
    }
    if expected != text {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = text.split(separator: "\n", omittingEmptySubsequences: false)
        var diff: [String] = []
        for index in 0..<max(old.count, new.count) {
            let a = index < old.count ? String(old[index]) : "<none>"
            let b = index < new.count ? String(new[index]) : "<none>"
            if a != b { diff.append("line \(index + 1):\n  - \(a)\n  + \(b)") }
        }
        Issue.record(
            "\(name) differs from the snapshot (RECORD_SNAPSHOTS=1 re-records it):\n\(diff.prefix(10).joined(separator: "\n"))",
            sourceLocation: sourceLocation)
    }
}
