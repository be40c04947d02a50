import EntenteExtraction
import EntenteModel
import Foundation
import Testing

/// Every input the fuzzers found a crash with (`Tests/Fuzz/regressions/`), read again.
@Suite struct FuzzRegressionTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/regressions/article")

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
    }

    @Test func thereAreRegressionInputs() {
        #expect(!Self.inputs.isEmpty)
    }

    @Test(arguments: inputs) func extractsWithoutCrashing(_ name: String) throws {
        let bytes = try #require(FileManager.default.contents(atPath: Self.directory.appendingPathComponent(name).path))
        // Refused input (invalid UTF-8) is read as the reader used to read it, with replacement
        // characters, so the path that crashed is still taken.
        let pages = (try? ArticleDecoder.pages(from: [UInt8](bytes), name: name, format: .auto))
            ?? [PageReader.read(String(decoding: bytes, as: UTF8.self))]
        for page in pages {
            let extraction = Extractor().extract(page)
            for fact in extraction.facts {
                #expect((fact.evidence?.end ?? 0) <= page.text.unicodeScalars.count)
            }
        }
    }

    /// The first crash: a pattern with a gap (`X ... knows`) reaching the very end of the text.
    @Test func aGapPatternAtTheEndOfTheTextStops() {
        let page = PageReader.read("A title\n\nMali attacked Mali last year, everybody knows it.")
        _ = Extractor().extract(page)
        let bare = PageReader.read("A title\n\nTurkey warned")
        _ = Extractor().extract(bare)
    }
}
