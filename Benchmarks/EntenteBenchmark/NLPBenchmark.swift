import Entente
import Foundation

/// `entente-benchmark nlp`: words per second of the native pipeline on one core, beside spaCy's on
/// the same texts in the same run, and peak memory while parsing one very long text.
struct NLPBenchmark {
    var corpusDirectory = "Tests/differential/nlp-corpus"
    var runs = 5
    var python: String?
    var longMegabytes: Double?
    var json = false

    init(arguments: ArraySlice<String>) {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--corpus": corpusDirectory = iterator.next() ?? corpusDirectory
            case "--runs": runs = max(1, Int(iterator.next() ?? "") ?? runs)
            case "--spacy": python = iterator.next()
            case "--long-text": longMegabytes = Double(iterator.next() ?? "")
            case "--json": json = true
            default:
                FileHandle.standardError.write(Data("""
                    usage: entente-benchmark nlp [--corpus DIR] [--runs N] [--spacy PYTHON] [--json]
                           entente-benchmark nlp --long-text MB

                    """.utf8))
                exit(64)
            }
        }
    }

    func run() throws {
        if let longMegabytes { return try runLongText(megabytes: longMegabytes) }
        let files = try FileManager.default.contentsOfDirectory(atPath: corpusDirectory)
            .filter { $0.hasSuffix(".txt") }.sorted()
            .map { "\(corpusDirectory)/\($0)" }
        let texts = try files.map { try String(contentsOfFile: $0, encoding: .utf8) }
        let words = texts.reduce(0) { $0 + $1.split(whereSeparator: \.isWhitespace).count }

        let loadStart = DispatchTime.now().uptimeNanoseconds
        let pipeline = try NLPPipeline.load()
        let loadSeconds = Double(DispatchTime.now().uptimeNanoseconds - loadStart) / 1e9
        _ = pipeline.parse(Array(texts.prefix(3)))  // warm-up
        var times: [Double] = []
        var tokens = 0
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            tokens = pipeline.parse(texts).reduce(0) { $0 + $1.tokens.count }
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        let ours = median(times)
        var result: [String: Double] = [
            "files": Double(files.count), "words": Double(words), "tokens": Double(tokens), "runs": Double(runs),
            "load_s": loadSeconds, "entente_median_s": ours, "entente_words_per_s": Double(words) / ours,
        ]
        if let python {
            let spacy = try Self.spacySeconds(python: python, files: files, runs: runs)
            result["spacy_median_s"] = spacy
            result["spacy_words_per_s"] = Double(words) / spacy
            result["speedup"] = spacy / ours
        }
        if json {
            let data = try JSONSerialization.data(withJSONObject: result, options: [.prettyPrinted, .sortedKeys])
            print(String(decoding: data, as: UTF8.self))
            return
        }
        print(String(format: "corpus: %d files, %d words, %d tokens; %d runs each, medians, one thread",
                     files.count, words, tokens, runs))
        print(String(format: "entente (tokenizer through NER): %.3f s = %.0f words/s (model load %.2f s)",
                     ours, Double(words) / ours, loadSeconds))
        if let spacy = result["spacy_median_s"] {
            print(String(format: "spaCy en_core_web_sm, same texts:  %.3f s = %.0f words/s", spacy, Double(words) / spacy))
            print(String(format: "entente / spaCy: %.2f×", spacy / ours))
        }
    }

    /// Runs `Benchmarks/nlp/spacy_speed.py` with the given Python (a venv with spaCy and the model)
    /// and returns its median seconds over the same files.
    static func spacySeconds(python: String, files: [String], runs: Int) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["Benchmarks/nlp/spacy_speed.py", "--runs", String(runs)] + files
        var environment = ProcessInfo.processInfo.environment
        for name in ["OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"] {
            environment[name] = "1"
        }
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let seconds = object["median_s"] as? Double
        else { throw BenchmarkError("the spaCy side failed (exit \(process.terminationStatus))") }
        return seconds
    }

    /// Parses one text of the given size (the corpus repeated) piece by piece, as `entente parse`
    /// does, and reports time and peak memory.
    private func runLongText(megabytes: Double) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("entente-nlp-long-\(getpid()).txt").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try writeLongText(megabytes: megabytes, to: path)
        guard let text = String(validating: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self) else {
            throw BenchmarkError("\(path): not UTF-8")
        }
        let pipeline = try NLPPipeline.load()
        let before = residentMegabytes()
        // Reset the kernel's high-water mark so it measures the parse, not reading the file.
        var peakReset = false
        if let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") {
            peakReset = (try? handle.write(contentsOf: Data("5".utf8))) != nil
            try? handle.close()
        }
        let start = DispatchTime.now().uptimeNanoseconds
        var tokens = 0
        var entities = 0
        pipeline.parsePieces(of: text) { piece in
            tokens += piece.tokens.count
            entities += piece.entities.count
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print(String(format: "one text of %.1f MB: %d tokens, %d entities in %.1f s (%.0f tokens/s)",
                     Double(text.utf8.count) / 1e6, tokens, entities, seconds, Double(tokens) / seconds))
        let peak = peakReset ? String(format: "%.0f MB", highWaterMegabytes()) : "unknown"
        print(String(format: "resident memory: %.0f MB with the text and the model loaded; ", before)
              + "peak while parsing \(peak); "
              + String(format: "process peak %.0f MB (reading the file included)", peakMemoryMegabytes()))
    }

    /// The corpus repeated to the given size, written to `path` a file at a time.
    private func writeLongText(megabytes: Double, to path: String) throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: corpusDirectory)
            .filter { $0.hasSuffix(".txt") }.sorted()
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        let target = Int(megabytes * 1_000_000)
        var written = 0
        while written < target {
            for file in files where written < target {
                let data = try Data(contentsOf: URL(fileURLWithPath: "\(corpusDirectory)/\(file)")) + Data("\n\n".utf8)
                try handle.write(contentsOf: data)
                written += data.count
            }
        }
    }
}

/// The process's resident memory now, from /proc/self/statm (0 where there is none).
func residentMegabytes() -> Double {
    guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = statm.split(separator: " ")
    guard fields.count > 1, let pages = Double(fields[1]) else { return 0 }
    return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
}

/// The kernel's high-water mark of resident memory (VmHWM) since the last reset.
func highWaterMegabytes() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
    else { return 0 }
    return kilobytes / 1024
}

struct BenchmarkError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
