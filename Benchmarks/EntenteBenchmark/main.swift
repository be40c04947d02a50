// Measures extraction throughput on a corpus of the example articles repeated
// to a given size, in a release build:
//
//     swift run -c release entente-benchmark --megabytes 10 --runs 5
//
//     swift run -c release entente-benchmark --long-article 50
//
// stores one article of the given size in megabytes (a report repeated) in a
// temporary database and prints the time and the peak memory.
//
// Each run reads the whole corpus once. The baseline in the same run is the
// cheapest pass that touches every character the same way: page reading,
// tokenising and sentence splitting, without entities or relations.
import Entente
import EntenteExamples
import Foundation

struct Options {
    var megabytes = 10.0
    var runs = 5
    var json = false
    var longArticle: Double?
    var python: String?

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--megabytes": megabytes = Double(iterator.next() ?? "") ?? megabytes
            case "--runs": runs = max(1, Int(iterator.next() ?? "") ?? runs)
            case "--json": json = true
            case "--long-article": longArticle = Double(iterator.next() ?? "")
            case "--spacy": python = iterator.next()
            default:
                FileHandle.standardError.write(
                    Data("usage: entente-benchmark [--megabytes N] [--runs N] [--spacy PYTHON] [--json] | --long-article MB\n".utf8))
                exit(64)
            }
        }
    }
}

if CommandLine.arguments.dropFirst().first == "graph" {
    var facts = 200_000
    var runs = 5
    var directory = FileManager.default.temporaryDirectory.appendingPathComponent("entente-benchmark").path
    var json = false
    var answers: String?
    var iterator = CommandLine.arguments.dropFirst(2).makeIterator()
    while let argument = iterator.next() {
        switch argument {
        case "--facts": facts = Int(iterator.next() ?? "") ?? facts
        case "--runs": runs = max(1, Int(iterator.next() ?? "") ?? runs)
        case "--dir": directory = iterator.next() ?? directory
        case "--answers": answers = iterator.next()
        case "--json": json = true
        default:
            FileHandle.standardError.write(Data("usage: entente-benchmark graph [--facts N] [--runs N] [--dir DIR] [--answers FILE] [--json]\n".utf8))
            exit(64)
        }
    }
    try GraphBenchmark(facts: facts, runs: runs, directory: directory, json: json, answers: answers).run()
    exit(0)
}

if CommandLine.arguments.dropFirst().first == "postgres" {
    try PostgresBenchmark(arguments: CommandLine.arguments.dropFirst(2)).run()
    exit(0)
}

if CommandLine.arguments.dropFirst().first == "load" {
    try LoadBenchmark(arguments: CommandLine.arguments.dropFirst(2)).run()
    exit(0)
}

if CommandLine.arguments.dropFirst().first == "cold" {
    try ColdQueryBenchmark(arguments: CommandLine.arguments.dropFirst(2)).run()
    exit(0)
}

if CommandLine.arguments.dropFirst().first == "repeat" {
    try RepeatedQuery(arguments: CommandLine.arguments.dropFirst(2)).run()
    exit(0)
}

if CommandLine.arguments.dropFirst().first == "nlp" {
    try NLPBenchmark(arguments: CommandLine.arguments.dropFirst(2)).run()
    exit(0)
}

let options = Options(CommandLine.arguments)

func peakMemoryMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

if let size = options.longArticle {
    let report = ExampleArticles.all[4].text
    let body = report.components(separatedBy: "\n\n").dropFirst().joined(separator: "\n\n")
    // Sized as a file of that size read into memory would be, not by doubling as it grows.
    var text = "A Very Long Report\nPublished: 2016-08-24\n\n"
    text.reserveCapacity(Int(size * 1_000_000) + body.utf8.count + 64)
    var copy = 0
    while Double(text.utf8.count) < size * 1_000_000 {
        text += body.replacingOccurrences(of: "Wednesday", with: "Wednesday (\(copy))") + "\n\n"
        copy += 1
    }
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("entente-benchmark-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let before = peakMemoryMegabytes()
    let start = DispatchTime.now().uptimeNanoseconds
    let graph = KnowledgeGraph(store: try GraphStore.open(path: directory.appendingPathComponent("long.sqlite").path))
    let outcome = try graph.store(PageReader.read(text))
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    print(
        String(
            format: "one article of %.1f MB: %d facts stored in %.1f s (%.2f MB/s); peak RSS %.0f MB (%.0f MB before reading)",
            Double(text.utf8.count) / 1e6, outcome.factsAdded, elapsed, Double(text.utf8.count) / 1e6 / elapsed,
            peakMemoryMegabytes(), before))
    exit(0)
}
let articles = ExampleArticles.all.map(\.text)
var corpus: [String] = []
var bytes = 0
let target = Int(options.megabytes * 1_000_000)
while bytes < target {
    for article in articles where bytes < target {
        // A varying first line keeps every copy a distinct article, as a real corpus would be.
        let copy = "Copy \(corpus.count) " + article
        corpus.append(copy)
        bytes += copy.utf8.count
    }
}

func seconds(_ body: () -> Int) -> (Double, Int) {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = body()
    return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, result)
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

let extractor = Extractor()
// Warm-up: builds the gazetteer matcher and the lexicon once.
_ = extractor.extract(PageReader.read(corpus[0]))

var baseline: [Double] = []
var full: [Double] = []
var facts = 0
for _ in 0..<options.runs {
    let (base, _) = seconds {
        var sentences = 0
        for text in corpus {
            let page = PageReader.read(text)
            for zone in page.zones where zone.kind == .body {
                sentences += SentenceSplitter.sentences(page.tokens(of: zone)).count
            }
        }
        return sentences
    }
    baseline.append(base)
    let (time, count) = seconds {
        corpus.reduce(0) { $0 + extractor.extract(PageReader.read($1)).facts.count }
    }
    full.append(time)
    facts = count
}

let peakMegabytes = peakMemoryMegabytes()
let megabytes = Double(bytes) / 1_000_000
let words = corpus.reduce(0) { $0 + $1.split(whereSeparator: \.isWhitespace).count }
// spaCy's small pipeline alone on the same articles, in the same run: the bar for the whole extraction.
var spacyWordsPerSecond: Double?
if let python = options.python {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("entente-benchmark-spacy-\(getpid())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    var files: [String] = []
    for (index, text) in corpus.enumerated() {
        let path = directory.appendingPathComponent("\(index).txt").path
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        files.append(path)
    }
    spacyWordsPerSecond = Double(words) / (try NLPBenchmark.spacySeconds(python: python, files: files, runs: options.runs))
}
var result: [String: Double] = [
    "corpus_mb": megabytes,
    "articles": Double(corpus.count),
    "facts": Double(facts),
    "runs": Double(options.runs),
    "extract_median_s": median(full),
    "extract_mb_per_s": megabytes / median(full),
    "baseline_median_s": median(baseline),
    "baseline_mb_per_s": megabytes / median(baseline),
    "extract_over_baseline": median(full) / median(baseline),
    "peak_rss_mb": peakMegabytes,
    "extract_words_per_s": Double(words) / median(full),
]
if let spacyWordsPerSecond { result["spacy_words_per_s"] = spacyWordsPerSecond }
if options.json {
    let data = try JSONSerialization.data(withJSONObject: result, options: [.prettyPrinted, .sortedKeys])
    print(String(decoding: data, as: UTF8.self))
} else {
    print(
        String(
            format: """
                corpus: %.1f MB, %d articles, %d facts per pass; %d runs, medians
                extract (read, tokens, entities, relations): %.2f s = %.2f MB/s
                baseline (read, tokens, sentences only):     %.2f s = %.2f MB/s
                extract / baseline: %.1f×; peak RSS %.0f MB
                extract: %.0f words/s
                """, megabytes, corpus.count, facts, options.runs, median(full), megabytes / median(full), median(baseline),
            megabytes / median(baseline), median(full) / median(baseline), peakMegabytes, Double(words) / median(full)))
    if let spacyWordsPerSecond {
        print(String(format: "spaCy en_core_web_sm alone, same articles: %.0f words/s; extract / spaCy: %.2f×",
                     spacyWordsPerSecond, Double(words) / median(full) / spacyWordsPerSecond))
    }
}
