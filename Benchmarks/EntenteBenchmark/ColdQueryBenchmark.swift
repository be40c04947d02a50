import Foundation
import GRDB

/// Times whole `entente` processes, from spawn to exit, on the synthetic event graph imported by
/// `entente import gdelt` (which writes the adjacency index file beside the database): how almost
/// every user runs Entente. Each query is given as a ratio to a trivial one-hop query process in
/// the same run, so the cost of starting a process and opening the database cancels out. The
/// commands alternate run by run, after a warm-up, so all see the same machine.
///
///     swift build -c release --product entente-benchmark && swift build -c release --product entente
///     .build/release/entente-benchmark cold --facts 200000 --runs 7
struct ColdQueryBenchmark {
    var facts = 200_000
    var runs = 7
    var directory = FileManager.default.temporaryDirectory.appendingPathComponent("entente-benchmark").path
    /// The `entente` binary; by default the one beside this benchmark.
    var entente = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("entente").path
    var json = false

    static let usage = "usage: entente-benchmark cold [--facts N] [--runs N] [--dir DIR] [--entente PATH] [--json]"

    init(arguments: ArraySlice<String>) {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--facts": facts = Int(iterator.next() ?? "") ?? facts
            case "--runs": runs = max(1, Int(iterator.next() ?? "") ?? runs)
            case "--dir": directory = iterator.next() ?? directory
            case "--entente": entente = iterator.next() ?? entente
            case "--json": json = true
            default:
                FileHandle.standardError.write(Data((Self.usage + "\n").utf8))
                exit(64)
            }
        }
    }

    /// One command measured: its arguments after `entente`, and the issue's bar as a ratio to the baseline.
    struct Command {
        var key: String
        var name: String
        var arguments: [String]
        var target: Double?
        /// Runs before each timed run, untimed (`entente index drop`).
        var before: [String]? = nil
    }

    struct Measurement: Codable {
        var key: String
        var name: String
        var milliseconds: [Double]
        var median: Double
        var ratio: Double
        /// The same in CPU time (user and system) of the process: steadier when other work shares the machine.
        var cpuMilliseconds: [Double]
        var cpuMedian: Double
        var cpuRatio: Double
        var target: Double?
        var lines: Int
    }

    struct Report: Codable {
        var facts: Int
        var runs: Int
        var importSeconds: Double?
        var indexBytes: Int?
        var entities: [String: String]
        var measurements: [Measurement]
    }

    func run() throws {
        let graph = SyntheticGraph(facts: facts)
        let events = "\(directory)/events-\(facts).tsv"
        let database = "\(directory)/cold-\(facts).sqlite"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try graph.write(events: events, triples: "\(directory)/facts-\(facts).tsv")
        var importSeconds: Double?
        if !FileManager.default.fileExists(atPath: database) {
            let load = try ChildProcess.run([entente, "import", "gdelt", events, "--db", database])
            guard load.status == 0 else { throw ChildProcess.Failure(description: "entente import gdelt failed (exit \(load.status))") }
            importSeconds = load.seconds
        }
        let (hub, partner, middle) = try Self.chooseEntities(database)
        let query = ["query", "--db", database]
        // The first 10,000 entities, as the row budget used to cut the answer without a word; it now
        // stops a larger answer instead, so the cut is the query's own.
        let threeHop = #"MATCH ("\#(middle)")-[r*1..3]-(b) RETURN DISTINCT b LIMIT 10000"#
        let commands = [
            Command(
                key: "one_hop", name: "1-hop: whom the hub supports (the baseline)",
                arguments: query + [#"MATCH ("\#(hub)")-[r:supports]->(b) RETURN DISTINCT b ORDER BY b"#], target: nil),
            Command(
                key: "three_hop", name: "3-hop reachable set (mid-degree)", arguments: query + [threeHop],
                target: 2.5),
            Command(key: "stats", name: "entente stats", arguments: ["stats", "--db", database], target: 2),
            Command(
                key: "timeline", name: "dyad TIMELINE by month (two hubs)", arguments: query + [#"TIMELINE "\#(hub)" AND "\#(partner)" BY month"#],
                target: 1.5),
            Command(
                key: "three_hop_build", name: "3-hop, index file dropped first (the query builds it)",
                arguments: query + [threeHop], target: nil,
                before: ["index", "drop", "--db", database]),
        ]
        var seconds = Array(repeating: [Double](), count: commands.count)
        var cpu = Array(repeating: [Double](), count: commands.count)
        var lines = Array(repeating: 0, count: commands.count)
        // Run 0 is the warm-up: the file cache holds the database and the index afterwards.
        for run in 0...runs {
            for (number, command) in commands.enumerated() {
                if let before = command.before { _ = try ChildProcess.run([entente] + before) }
                let outcome = try ChildProcess.run([entente] + command.arguments)
                guard outcome.status == 0 else {
                    throw ChildProcess.Failure(description: "entente \(command.arguments.joined(separator: " ")) failed (exit \(outcome.status))")
                }
                lines[number] = outcome.output.split(separator: "\n").count
                if run > 0 {
                    seconds[number].append(outcome.seconds * 1000)
                    cpu[number].append(outcome.cpuSeconds * 1000)
                }
            }
        }
        let baseline = LoadBenchmark.median(seconds[0])
        let cpuBaseline = LoadBenchmark.median(cpu[0])
        let measurements = commands.indices.map { number in
            let median = LoadBenchmark.median(seconds[number])
            let cpuMedian = LoadBenchmark.median(cpu[number])
            return Measurement(
                key: commands[number].key, name: commands[number].name, milliseconds: seconds[number], median: median, ratio: median / baseline,
                cpuMilliseconds: cpu[number], cpuMedian: cpuMedian, cpuRatio: cpuMedian / cpuBaseline, target: commands[number].target,
                lines: lines[number])
        }
        let indexBytes = (try? FileManager.default.attributesOfItem(atPath: database + ".adjacency")[.size]) as? Int
        let report = Report(
            facts: facts, runs: runs, importSeconds: importSeconds, indexBytes: indexBytes,
            entities: ["hub": hub, "partner": partner, "middle": middle], measurements: measurements)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
            return
        }
        print("cold queries: \(facts) facts, whole entente processes from spawn to exit; medians of \(runs) runs after a warm-up")
        if let importSeconds { print(String(format: "entente import gdelt (index file written at its end): %.2f s", importSeconds)) }
        if let indexBytes { print(String(format: "adjacency index file: %.1f MB", Double(indexBytes) / 1_048_576)) }
        print("hub \(hub), partner \(partner), mid-degree \(middle)")
        print("wall = spawn to exit; cpu = the process's user and system time; ratios to the baseline's median")
        print("command".padding(toLength: 56, withPad: " ", startingAt: 0) + "  wall ms   ratio   cpu ms   ratio  target  lines")
        for measurement in measurements {
            let target = measurement.target.map { String(format: "≤ %.1f×", $0) } ?? "–"
            let met = measurement.target.map { measurement.ratio <= $0 ? " met" : " missed" } ?? ""
            print(
                measurement.name.padding(toLength: 56, withPad: " ", startingAt: 0)
                    + String(format: "%9.1f  %5.2f×  %7.1f  %5.2f×  ", measurement.median, measurement.ratio, measurement.cpuMedian, measurement.cpuRatio)
                    + target.padding(toLength: 7, withPad: " ", startingAt: 0) + String(format: "%6d", measurement.lines) + met)
        }
    }

    /// The two actors with the most facts and one a quarter down the ranking, as `graph` chooses them.
    static func chooseEntities(_ path: String) throws -> (hub: String, partner: String, middle: String) {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        let ranked: [String] = try queue.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT e.name FROM entity AS e
                    JOIN (SELECT id, count(*) AS degree FROM (SELECT subject_id AS id FROM fact UNION ALL SELECT object_id FROM fact) GROUP BY id) AS d
                      ON d.id = e.id
                    WHERE e.kind = 'actor' ORDER BY d.degree DESC, e.id
                    """)
        }
        guard ranked.count >= 4 else { throw ChildProcess.Failure(description: "\(path): too few actors to choose from") }
        return (ranked[0], ranked[1], ranked[ranked.count / 4])
    }
}
