import EntenteModel
import FuzzSupport
#if FUZZING
import CLibFuzzer
import Glibc
#endif
import EntenteQuery

/// libFuzzer's entry point: lex, parse and plan any bytes as a query, and render whatever
/// diagnostics come out. A crash, a hang or a sanitizer report is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuery(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    QueryFuzzer.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

enum QueryFuzzer {
    static let resolver = StaticResolver(
        entities: [
            (ResolvedEntity(id: 1, name: "Russia", kind: "actor", type: "state"), ["Russia", "Moscow"]),
            (ResolvedEntity(id: 2, name: "Turkey", kind: "actor", type: "state"), ["Turkey", "Ankara"]),
            (ResolvedEntity(id: 3, name: "Georgia", kind: "actor", type: "state"), ["Georgia"]),
            (ResolvedEntity(id: 4, name: "Georgia", kind: "place", type: "region"), ["Georgia"]),
        ],
        predicates: Set(PredicateVocabulary.standard.definitions.keys))

    static func run(_ bytes: [UInt8]) {
        let source = SourceText(String(decoding: bytes, as: UTF8.self), name: "fuzz")
        do {
            let compiled = try Planner.compile(source, resolver: resolver, parameters: ["x": .string("Russia"), "n": .integer(3)])
            _ = SQLiteDialect().statements(of: compiled.plan).map(\.text.count)
        } catch {
            _ = String(describing: error)
        }
    }
}

/// Under libFuzzer (built with `-DFUZZING`), hands control to its driver; otherwise replays the
/// files given (a corpus, or crashes found), so they run as regression inputs in an ordinary build.
@main
struct QueryReplay {
    static func main() throws {
        #if FUZZING
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzQuery(data, size) })
        #else
        let files = FuzzInput.files(CommandLine.arguments.dropFirst())
        for path in files { QueryFuzzer.run(try FuzzInput.bytes(path)) }
        print("replayed \(files.count) inputs")
        #endif
    }
}
