import EntenteNLP
import FuzzSupport
#if FUZZING
import CLibFuzzer
import Glibc
#endif

/// libFuzzer's entry point: any bytes, decoded as UTF-8 with replacement, through the whole NLP
/// pipeline. A crash, a hang, a sanitizer report or a broken invariant is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNLP(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    NLPFuzzer.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

enum NLPFuzzer {
    static let pipeline = try! NLPPipeline.load()

    static func run(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let document = pipeline.parse(text)
        let scalars = Array(text.unicodeScalars)
        var expectedStart = 0
        for token in document.tokens {
            // Tokens tile the text: each starts where the previous one (and its space) ended,
            // and its offsets point at exactly its text.
            guard token.start >= expectedStart, token.end > token.start, token.end <= scalars.count else {
                fatalError("token \(token.index) at \(token.start)..<\(token.end) does not follow \(expectedStart)")
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[token.start..<token.end])
            guard String(view) == token.text else { fatalError("token \(token.index) offsets do not match its text") }
            guard document.tokens.indices.contains(token.head) else { fatalError("head \(token.head) out of range") }
            expectedStart = token.end + (token.spaceAfter ? 1 : 0)
        }
        for entity in document.entities where entity.tokens.isEmpty || entity.tokens.upperBound > document.tokens.count {
            fatalError("entity \(entity.tokens) outside the document")
        }
        let covered = document.sentences.reduce(0) { $0 + $1.tokens.count }
        guard covered == document.tokens.count else { fatalError("sentences cover \(covered) of \(document.tokens.count) tokens") }
    }
}

/// Under libFuzzer (built with `-DFUZZING`), hands control to its driver; otherwise replays the
/// files given, so they run as regression inputs in an ordinary build.
@main
struct NLPReplay {
    static func main() throws {
        #if FUZZING
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzNLP(data, size) })
        #else
        let files = FuzzInput.files(CommandLine.arguments.dropFirst())
        for path in files { NLPFuzzer.run(try FuzzInput.bytes(path)) }
        print("replayed \(files.count) inputs")
        #endif
    }
}
