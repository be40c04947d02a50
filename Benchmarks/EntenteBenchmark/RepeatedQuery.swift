import Entente
import Foundation

/// Runs one query many times on a graph `entente-benchmark graph` wrote, exactly as that benchmark
/// times it (compiled and run through the public API, `compileAndRun`, on the store with its
/// in-memory adjacency index, each row turned into text), so a profiler sees one query's costs
/// and nothing else:
///
///     perf record -g .build/release/entente-benchmark repeat --dir /tmp/h13-bench2 \
///         --query 'TIMELINE "Aruba" AND "Afghanistan" BY month' --times 20000
struct RepeatedQuery {
    var facts = 200_000
    var directory = FileManager.default.temporaryDirectory.appendingPathComponent("entente-benchmark").path
    var query = ""
    var times = 10_000

    init(arguments: ArraySlice<String>) {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--facts": facts = Int(iterator.next() ?? "") ?? facts
            case "--dir": directory = iterator.next() ?? directory
            case "--query": query = iterator.next() ?? query
            case "--times": times = max(1, Int(iterator.next() ?? "") ?? times)
            default:
                FileHandle.standardError.write(
                    Data("usage: entente-benchmark repeat --query TEXT [--facts N] [--dir DIR] [--times N]\n".utf8))
                exit(64)
            }
        }
    }

    func run() throws {
        let store = try GraphStore.open(path: "\(directory)/entente-\(facts).sqlite", mode: .readOnly).withAdjacencyIndex()
        let resolver = try store.resolver()
        let options = Planner.Options(maxRows: 10_000_000, maxExpansions: 100_000_000)
        func answer() throws -> [String] {
            let result = try store.compileAndRun(SourceText(query), options: options, timeout: 600).result
            return (result?.rows ?? []).map { $0.map(\.description).joined(separator: "\t") }
        }
        // A search builds the index in memory, as the graph benchmark's searches do before its
        // timeline (a single hop is a join, which builds none).
        let hub = try store.entities(limit: 1)[0].name
        _ = try store.run(try Planner.compile(SourceText(#"MATCH ("\#(hub)")-[r*1..2]-(b) RETURN DISTINCT b"#), resolver: resolver, options: options))
        let rows = try answer().count
        var samples: [Double] = []
        samples.reserveCapacity(times)
        for _ in 0..<times {
            let start = GraphBenchmark.milliseconds()
            _ = try answer()
            samples.append(GraphBenchmark.milliseconds() - start)
        }
        samples.sort()
        print(String(format: "%d runs of %d rows: median %.4f ms, 10th percentile %.4f ms, 90th %.4f ms",
                     times, rows, samples[times / 2], samples[times / 10], samples[times * 9 / 10]))
    }
}
