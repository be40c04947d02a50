import Entente
import Foundation
import Testing

/// `KnowledgeGraph.ingest` reports after each file how far it has come, which the command line
/// draws as a progress bar on a terminal.
@Suite struct IngestProgressTests {
    @Test func eachFileReportsWhatIsDoneSoFar() throws {
        let (store, path) = try EventImportTests.temporaryStore()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("entente-progress-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let texts = [
            "Talks\nPublished: 2024-05-02\n\nIran met Russia in Moscow on Monday.\n",
            "Strike\nPublished: 2024-05-03\n\nIsrael attacked Hezbollah in Lebanon on Tuesday.\n",
            "Broken \u{0} file",
        ]
        var files: [InputFile] = []
        for (index, text) in texts.enumerated() {
            let file = directory.appendingPathComponent("\(index).txt")
            try Data(text.utf8).write(to: file)
            files.append(InputFile(name: file.path))
        }
        var seen: [IngestProgress] = []
        let report = KnowledgeGraph(store: store).ingest(files, progress: { seen.append($0) })
        #expect(seen.map(\.filesDone) == [1, 2, 3])
        #expect(seen.allSatisfy { $0.files == 3 })
        #expect(seen.map(\.articles) == [1, 2, 2])
        #expect(seen.last?.factsAdded == report.factsAdded)
        #expect(report.failures.count == 1)
    }
}
