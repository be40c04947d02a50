import Foundation

/// Times `entente import gdelt` of the synthetic event graph, a whole process from spawn to exit
/// into a new database, against the plain Python `sqlite3` bulk insert of the same triples
/// (`Benchmarks/peers/load_peer.py`), the bar, and against the same kind of bulk insert
/// into Entente's own schema (`load_peer.py --schema entente`), what SQLite needs for Entente's
/// rows alone; the three alternate run by run so all see the same machine.
///
///     swift build -c release --product entente-benchmark && swift build -c release --product entente
///     .build/release/entente-benchmark load --facts 200000 --runs 5
struct LoadBenchmark {
    var facts = 200_000
    var runs = 5
    var directory = FileManager.default.temporaryDirectory.appendingPathComponent("entente-benchmark").path
    /// The `entente` binary; by default the one beside this benchmark.
    var entente = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("entente").path
    var python = "python3"
    var peer = "Benchmarks/peers/load_peer.py"
    /// Extra arguments for `entente import gdelt` (`--batch-size 50000`, `--rebuild-indexes never`).
    var importArguments: [String] = []
    var json = false

    static let usage = """
        usage: entente-benchmark load [--facts N] [--runs N] [--dir DIR] [--entente PATH] [--python PATH] [--peer SCRIPT]
                                      [--json] [-- IMPORT-ARGUMENTS…]
        """

    init(arguments: ArraySlice<String>) {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--facts": facts = Int(iterator.next() ?? "") ?? facts
            case "--runs": runs = max(1, Int(iterator.next() ?? "") ?? runs)
            case "--dir": directory = iterator.next() ?? directory
            case "--entente": entente = iterator.next() ?? entente
            case "--python": python = iterator.next() ?? python
            case "--peer": peer = iterator.next() ?? peer
            case "--json": json = true
            case "--":
                while let rest = iterator.next() { importArguments.append(rest) }
            default:
                FileHandle.standardError.write(Data((Self.usage + "\n").utf8))
                exit(64)
            }
        }
    }

    struct Report: Codable {
        var facts: Int
        var runs: Int
        var importArguments: [String]
        var ententeSeconds: [Double]
        var ententePeakMegabytes: [Double]
        var sqliteSeconds: [Double]
        var sqliteEntenteSchemaSeconds: [Double]
        /// CPU time, user and system: Entente's whole process (`wait4`), the peers' load alone.
        var ententeCPUSeconds: [Double]
        var sqliteCPUSeconds: [Double]
        var sqliteEntenteSchemaCPUSeconds: [Double]
        var ententeFactsPerSecond: Double
        var sqliteFactsPerSecond: Double
        var sqliteEntenteSchemaFactsPerSecond: Double
        /// Entente's median rate over the plain sqlite3 bulk insert's: 1 or more, Entente loads as fast.
        var ratio: Double
        var peakMegabytes: Double
        var indexesRebuilt: Bool
    }

    func run() throws {
        let graph = SyntheticGraph(facts: facts)
        let events = "\(directory)/events-\(facts).tsv"
        let triples = "\(directory)/facts-\(facts).tsv"
        let database = "\(directory)/load-\(facts).sqlite"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try graph.write(events: events, triples: triples)
        var ententeSeconds: [Double] = []
        var peaks: [Double] = []
        var sqliteSeconds: [Double] = []
        var schemaSeconds: [Double] = []
        var cpu: (entente: [Double], sqlite: [Double], schema: [Double]) = ([], [], [])
        var rebuilt = false
        for run in 0..<runs {
            for suffix in ["", "-wal", "-shm", ".adjacency"] { try? FileManager.default.removeItem(atPath: database + suffix) }
            let ours = try ChildProcess.run([entente, "import", "gdelt", events, "--db", database, "--format", "json"] + importArguments)
            guard ours.status == 0, let data = ours.output.data(using: .utf8),
                let summary = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            else { throw ChildProcess.Failure(description: "entente import gdelt failed (exit \(ours.status)): \(ours.output)") }
            let stored = summary["factsStored"] as? Int ?? -1
            guard stored == facts else { throw ChildProcess.Failure(description: "entente stored \(stored) of \(facts) facts") }
            rebuilt = !((summary["rebuiltIndexes"] as? [Any]) ?? []).isEmpty
            ententeSeconds.append(ours.seconds)
            peaks.append(ours.peakMegabytes)
            let (seconds, sqliteCPU) = try peerSeconds(schema: "peer")
            sqliteSeconds.append(seconds)
            let (schema, schemaCPU) = try peerSeconds(schema: "entente")
            schemaSeconds.append(schema)
            cpu.entente.append(ours.cpuSeconds)
            cpu.sqlite.append(sqliteCPU)
            cpu.schema.append(schemaCPU)
            if !json {
                FileHandle.standardError.write(
                    Data(
                        String(
                            format: "run %d: entente %.2f s (%.0f MB, CPU %.2f s), sqlite3 %.2f s (CPU %.2f s), sqlite3 into Entente's schema %.2f s (CPU %.2f s)\n",
                            run + 1, ours.seconds, ours.peakMegabytes, ours.cpuSeconds, seconds, sqliteCPU, schema, schemaCPU
                        ).utf8))
            }
        }
        for suffix in ["", "-wal", "-shm", ".adjacency"] { try? FileManager.default.removeItem(atPath: database + suffix) }
        let ours = Double(facts) / Self.median(ententeSeconds)
        let theirs = Double(facts) / Self.median(sqliteSeconds)
        let floor = Double(facts) / Self.median(schemaSeconds)
        let report = Report(
            facts: facts, runs: runs, importArguments: importArguments, ententeSeconds: ententeSeconds, ententePeakMegabytes: peaks,
            sqliteSeconds: sqliteSeconds, sqliteEntenteSchemaSeconds: schemaSeconds, ententeCPUSeconds: cpu.entente, sqliteCPUSeconds: cpu.sqlite,
            sqliteEntenteSchemaCPUSeconds: cpu.schema, ententeFactsPerSecond: ours, sqliteFactsPerSecond: theirs,
            sqliteEntenteSchemaFactsPerSecond: floor, ratio: ours / theirs, peakMegabytes: peaks.max() ?? 0, indexesRebuilt: rebuilt)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
            return
        }
        let command = (["entente import gdelt events-\(facts).tsv"] + importArguments).joined(separator: " ")
        print("load: \(facts) GDELT events; \(runs) runs alternating, medians; whole processes from spawn to exit")
        print(
            command + String(format: ": %.0f facts/s (%.2f s), peak RSS %.0f MB", ours, Self.median(ententeSeconds), report.peakMegabytes)
                + (rebuilt ? "; fact indexes rebuilt at the end" : ""))
        print(String(format: "plain sqlite3 bulk insert (Python, load_peer.py): %.0f facts/s (%.2f s)", theirs, Self.median(sqliteSeconds)))
        print(
            String(
                format: "sqlite3 bulk insert into Entente's schema (load_peer.py --schema entente): %.0f facts/s (%.2f s)", floor,
                Self.median(schemaSeconds)))
        print(String(format: "entente / sqlite3: %.2f×; entente / sqlite3 into Entente's schema: %.2f×", report.ratio, ours / floor))
        // On a machine other work shares, the wall clock also counts the time each waited for a core,
        // which costs Entente's two threads more than the peers' one: the CPU time is the steadier figure.
        let (ententeCPU, sqliteCPU, schemaCPU) = (Self.median(cpu.entente), Self.median(cpu.sqlite), Self.median(cpu.schema))
        print(
            String(
                format: "CPU time, medians: entente %.2f s (whole process), sqlite3 %.2f s, into Entente's schema %.2f s; "
                    + "sqlite3 / entente: %.2f×; into Entente's schema / entente: %.2f×", ententeCPU, sqliteCPU, schemaCPU, sqliteCPU / ententeCPU,
                schemaCPU / ententeCPU))
    }

    /// One run of the Python peer: the seconds of its load alone, and its CPU seconds meanwhile.
    func peerSeconds(schema: String) throws -> (seconds: Double, cpu: Double) {
        let run = try ChildProcess.run([python, peer, "--facts", String(facts), "--dir", directory, "--schema", schema])
        guard run.status == 0, let data = run.output.data(using: .utf8), let summary = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let seconds = summary["seconds"] as? Double, let cpu = summary["cpu_seconds"] as? Double
        else { throw ChildProcess.Failure(description: "\(peer) --schema \(schema) failed (exit \(run.status)): \(run.output)") }
        return (seconds, cpu)
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
}
