import EntenteExtraction
import EntenteModel
import FuzzSupport
#if FUZZING
import CLibFuzzer
import Glibc
#endif

/// libFuzzer's entry point: decode any bytes as an article file (text, JSON or JSON Lines) and
/// extract every page. A crash, a hang or a sanitizer report is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArticle(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    ArticleFuzzer.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

enum ArticleFuzzer {
    static let extractor = Extractor()

    static func run(_ bytes: [UInt8]) {
        // Bytes the decoder refuses (invalid UTF-8) still go through the page reader as replaced text.
        let pages = (try? ArticleDecoder.pages(from: bytes, name: "fuzz", format: .auto)) ?? [PageReader.read(String(decoding: bytes, as: UTF8.self))]
        for page in pages {
            let extraction = extractor.extract(page)
            // Spans must stay inside the text they point into.
            let length = page.text.unicodeScalars.count
            for fact in extraction.facts {
                if let end = fact.evidence?.end, end > length { fatalError("evidence span \(end) beyond the text (\(length))") }
            }
        }
    }
}

/// Under libFuzzer (built with `-DFUZZING`), hands control to its driver; otherwise replays the
/// files given (a corpus, or crashes found), so they run as regression inputs in an ordinary build.
@main
struct ArticleReplay {
    static func main() throws {
        #if FUZZING
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzArticle(data, size) })
        #else
        let files = FuzzInput.files(CommandLine.arguments.dropFirst())
        for path in files { ArticleFuzzer.run(try FuzzInput.bytes(path)) }
        print("replayed \(files.count) inputs")
        #endif
    }
}
