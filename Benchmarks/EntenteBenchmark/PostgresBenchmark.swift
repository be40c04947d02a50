import Entente
import Foundation

/// The graph benchmark's load and queries on PostgreSQL beside SQLite, in one run: the synthetic
/// GDELT file imported through `EventImport` (the path of `entente import gdelt`) into a new SQLite
/// file and into an empty schema on the server, then the same queries on both.
///
///     entente-benchmark postgres --url postgres://user:password@127.0.0.1:5432/bench [--facts N] [--runs N]
struct PostgresBenchmark {
    let url: String
    let facts: Int
    let runs: Int
    let directory: String

    func run() throws {
        let graph = SyntheticGraph(facts: facts)
        let events = "\(directory)/events-\(facts).tsv"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try graph.write(events: events, triples: "\(directory)/facts-\(facts).tsv")
        let path = "\(directory)/postgres-baseline-\(facts)-\(UUID().uuidString).sqlite"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let server = try PostgresLocation.parse(url).get()
        let location = try PostgresScratchSchema.make(on: server)
        defer { try? PostgresScratchSchema.drop(location) }

        func load(into store: any GraphStoring) throws -> Double {
            let start = DispatchTime.now().uptimeNanoseconds
            let report = try EventImport(dataset: .gdelt, batchSize: 50_000).run([events], into: store)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            precondition(report.factsStored == facts, "imported \(report.factsStored) of \(facts) facts: \(report.examples)")
            return Double(facts) / seconds
        }
        let sqliteRate = try load(into: try GraphStore.open(path: path))
        let postgres = try PostgresGraphStore.open(location)
        let postgresRate = try load(into: postgres)
        // A second import of the same file: every event id is found stored, nothing is written.
        let againStart = DispatchTime.now().uptimeNanoseconds
        let again = try EventImport(dataset: .gdelt, batchSize: 50_000).run([events], into: postgres)
        let againSeconds = Double(DispatchTime.now().uptimeNanoseconds - againStart) / 1e9
        precondition(again.factsStored == 0 && again.alreadyStored == facts)
        try postgres.keepStatistics()
        let sizes = try PostgresScratchSchema.rows(
            """
            SELECT (SELECT sum(pg_total_relation_size(i.inhrelid)) FROM pg_inherits AS i WHERE i.inhparent = 'fact'::regclass),
                   pg_total_relation_size('event_id'), (SELECT count(*) FROM pg_inherits AS i WHERE i.inhparent = 'fact'::regclass)
            """, at: location)[0]
        let sqliteBytes = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        // Each way of loading on the same batches, one after the other in each of `runs` rounds,
        // so the machine's other load falls on all of them alike; medians.
        let batches = try copyBatches(triples: "\(directory)/facts-\(facts).tsv")
        // The same facts in the order of their days, as GDELT's files come: a batch writes into
        // one or two years' partitions, not into all ten.
        let datedBatches = try copyBatches(triples: "\(directory)/facts-\(facts).tsv", inDateOrder: true)
        let stages: [(name: String, batches: [EventBatch], bulkMinimumRows: Int, rebuild: PostgresEventWriter.BulkRebuild, once: Bool)] = [
            ("claim, COPY, each batch's partitions rebuilt (before)", batches, 10_000, .partitions, false),
            ("claim, COPY, dropped once, made once at the end (now)", batches, 10_000, .partitions, true),
            ("the same, every batch entering the indexes and keys row by row", batches, 0, .partitions, false),
            ("in date order: each batch's partitions rebuilt (before)", datedBatches, 10_000, .partitions, false),
            ("in date order: dropped once, made once at the end (now)", datedBatches, 10_000, .partitions, true),
        ]
        var stageSamples = [[CopyStage]](repeating: [], count: stages.count)
        for _ in 0..<runs {
            for (index, stage) in stages.enumerated() {
                stageSamples[index].append(try copyStage(
                    stage.batches, server: server, bulkMinimumRows: stage.bulkMinimumRows, rebuild: stage.rebuild, once: stage.once))
            }
        }
        let stageMedians = stageSamples.map { samples in
            CopyStage(samples: samples) { $0.sorted()[$0.count / 2] }
        }

        let sqlite = try GraphStore.open(path: path, mode: .readOnly)
        let indexed = sqlite.withAdjacencyIndex()
        let resolver = try sqlite.resolver()
        let ranked = try sqlite.entities(kind: .actor, search: nil, limit: nil)
        let (hub, partner, middle) = (ranked[0].name, ranked[1].name, ranked[ranked.count / 4].name)
        let (lowA, lowB, target) = (ranked[ranked.count - ranked.count / 10].name, ranked[ranked.count - ranked.count / 10 - 7].name, ranked[5].name)
        let options = Planner.Options(maxRows: 10_000_000, maxExpansions: 100_000_000)
        let queries: [(String, String)] = [
            ("1-hop: whom the hub supports", #"MATCH ("\#(hub)")-[r:supports]->(b) RETURN DISTINCT b ORDER BY b"#),
            ("2-hop reachable set (mid-degree)", #"MATCH ("\#(middle)")-[r*1..2]-(b) RETURN DISTINCT b"#),
            ("3-hop reachable set (mid-degree)", #"MATCH ("\#(middle)")-[r*1..3]-(b) RETURN DISTINCT b"#),
            ("shortest path (low-degree pair)", #"SHORTEST FROM "\#(lowA)" TO "\#(lowB)" MAX 4"#),
            ("10 paths between two hubs", #"PATHS FROM "\#(hub)" TO "\#(partner)" MAX 3 LIMIT 10"#),
            ("dyad timeline by month (two hubs)", #"TIMELINE "\#(hub)" AND "\#(partner)" BY month"#),
            ("who supports X in 2019", #"MATCH (a)-[r:supports]->("\#(target)") DURING 2019 RETURN DISTINCT a ORDER BY a"#),
            ("conflict counts by actor, 2019", #"MATCH (a)-[r:material-conflict]->(b) DURING 2019 RETURN a, count(r) AS n ORDER BY n DESC, a LIMIT 20"#),
            ("diff 2019 vs 2020 around the hub", #"DIFF 2019 AND 2020 AROUND "\#(hub)""#),
        ]
        func median(_ body: () throws -> Int) rethrows -> (Double, Int) {
            var rows = try body()  // warm-up
            var samples: [Double] = []
            for _ in 0..<runs {
                let start = DispatchTime.now().uptimeNanoseconds
                rows = try body()
                samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
            samples.sort()
            return (samples[samples.count / 2], rows)
        }
        print("graph: \(facts) facts, \(graph.actorCount) actors; PostgreSQL \(server.host):\(server.port)/\(server.database), SQLite \(path)")
        print(String(format: "load (entente import gdelt path, batches of 50,000): SQLite %.0f facts/s, PostgreSQL %.0f facts/s (%.2f×)",
                     sqliteRate, postgresRate, postgresRate / sqliteRate))
        print(String(format: "second import of the same file on PostgreSQL: %.0f rows/s, nothing stored", Double(facts) / againSeconds))
        print("PostgreSQL's store stage alone (events built in memory, batches of 50,000; medians of \(runs)), facts/s: the whole stage "
              + "with entities and articles resolved; claim, copy and a bulk batch's rebuild (taking indexes and keys out, making them again) together; "
              + "each alone; the same batches again (nothing stored)")
        print("".padding(toLength: 62, withPad: " ", startingAt: 0) + "    store  claim+copy+rebuild    claim     copy  rebuild    again")
        for (stage, rates) in zip(stages, stageMedians) {
            print(stage.name.padding(toLength: 62, withPad: " ", startingAt: 0)
                  + String(format: "%9.0f %19.0f %8.0f %8.0f %8.0f %8.0f", rates.store, rates.loaded, rates.claim, rates.copy, rates.rebuild, rates.again))
        }
        print("sizes: PostgreSQL fact partitions (\(sizes[2]), with indexes) \(Int(sizes[0])! / facts) B/fact, event_id \(Int(sizes[1])! / facts) B/fact; "
              + "SQLite file \(sqliteBytes / facts) B/fact")
        print("medians of \(runs) runs after a warm-up, milliseconds; ratio = PostgreSQL / SQLite on SQL")
        print("query                                      sqlite+index   sqlite-sql   postgres   ratio  rows")
        for (name, text) in queries {
            let compiled = try Planner.compile(SourceText(text), resolver: resolver, options: options)
            let (withIndex, rows) = try median { try indexed.run(compiled, timeout: 600).rows.count }
            let (onSQL, _) = try median { try sqlite.run(compiled, timeout: 600).rows.count }
            // Names resolve to the server's own ids.
            let onServer = try Planner.compile(SourceText(text), resolver: try postgres.resolver(), options: options)
            // PostgreSQL gets 20 seconds a query; past it, it is reported as stopped.
            var onPostgres = Double.infinity
            var postgresRows = rows
            do {
                (onPostgres, postgresRows) = try median { try postgres.run(onServer, timeout: 20).rows.count }
            } catch is QueryBudgetError {}
            let server = onPostgres.isInfinite ? "   >20000" : String(format: "%11.2f", onPostgres)
            let ratio = onPostgres.isInfinite ? "      –" : String(format: "%6.2f×", onPostgres / onSQL)
            print(
                name.padding(toLength: 42, withPad: " ", startingAt: 0) + String(format: "%13.2f%13.2f", withIndex, onSQL) + server + ratio + "  "
                    + (postgresRows == rows ? "\(rows)" : "\(rows) (PostgreSQL: \(postgresRows))"))
        }
    }
}

extension PostgresBenchmark {
    /// The facts of the triples file as events (one actor kind, no codes) in batches of 50,000,
    /// for the writer's stage without the reading of a file; in the file's order, or in the order
    /// of their days (`inDateOrder`, the file's order within a day).
    func copyBatches(triples: String, inDateOrder: Bool = false) throws -> [EventBatch] {
        let article = Article(origin: .gdelt, source: "synthetic", url: nil, text: "", identity: "source:synthetic")
        var builder = EventBatchBuilder()
        var batches: [EventBatch] = []
        var lines = try String(contentsOfFile: triples, encoding: .utf8).split(separator: "\n").enumerated().map { number, line in
            (number: number, fields: line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
        }
        if inDateOrder {
            lines.sort { ($0.fields.count > 3 ? $0.fields[3] : "", $0.number) < ($1.fields.count > 3 ? $1.fields[3] : "", $1.number) }
        }
        for (number, fields) in lines {
            guard fields.count >= 4, let day = CalendarDay(iso: fields[3]) else { continue }
            builder.add(CodedEvent(
                externalID: "copy:\(number)", subject: Entity(name: fields[0], kind: .actor, type: "actor"),
                object: Entity(name: fields[2], kind: .actor, type: "actor"), predicate: fields[1], eventCode: nil, goldstein: nil,
                date: FactDate(day: day), confidence: 0.5, article: article))
            if builder.count == 50_000 { batches.append(builder.take()) }
        }
        if !builder.isEmpty { batches.append(builder.take()) }
        return batches
    }

    /// Facts per second of the writer's stage in all, of its claim, copy and rebuild together and
    /// each alone (a step not taken: 0), and of the same batches written again (nothing stored).
    struct CopyStage {
        var store, loaded, claim, copy, rebuild, again: Double
    }

    /// `batches` written by `PostgresEventWriter` into an empty schema, those of
    /// `bulkMinimumRows` or more loaded in bulk (0: none) with `rebuild`, or (`once`) with the
    /// fact table's indexes and keys dropped before the first and made after the last, as a
    /// large import does (migration 0006); then again by a second writer, every id found stored.
    func copyStage(
        _ batches: [EventBatch], server: PostgresLocation, bulkMinimumRows: Int, rebuild: PostgresEventWriter.BulkRebuild, once: Bool
    ) throws -> CopyStage {
        let location = try PostgresScratchSchema.make(on: server)
        defer { try? PostgresScratchSchema.drop(location) }
        let store = try PostgresGraphStore.open(location)
        let writer = PostgresEventWriter(store: store, vocabulary: .standard, bulkMinimumRows: bulkMinimumRows, rebuild: rebuild)
        func elapsed(since start: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        let start = DispatchTime.now().uptimeNanoseconds
        var onceSeconds = 0.0
        if once {
            let dropped = try store.dropFactIndexesForBulkLoad()
            precondition(!dropped.isEmpty)
            onceSeconds += elapsed(since: start)
        }
        var stored = 0
        for batch in batches { stored += try writer.write(batch).stored }
        if once {
            let rebuildStart = DispatchTime.now().uptimeNanoseconds
            let made = try store.rebuildPendingIndexes()
            precondition(!made.isEmpty)
            onceSeconds += elapsed(since: rebuildStart)
        }
        let seconds = elapsed(since: start)
        let second = PostgresEventWriter(
            store: try PostgresGraphStore.open(location), vocabulary: .standard, bulkMinimumRows: bulkMinimumRows, rebuild: rebuild)
        let againStart = DispatchTime.now().uptimeNanoseconds
        for batch in batches {
            let outcome = try second.write(batch)
            precondition(outcome.stored == 0)
        }
        let againSeconds = Double(DispatchTime.now().uptimeNanoseconds - againStart) / 1e9
        func rate(_ seconds: Double) -> Double { seconds > 0 ? Double(stored) / seconds : 0 }
        return CopyStage(
            store: rate(seconds), loaded: rate(writer.seconds.total + onceSeconds), claim: rate(writer.seconds.claim),
            copy: rate(writer.seconds.copy), rebuild: rate(writer.seconds.rebuild + onceSeconds), again: rate(againSeconds))
    }

    init(arguments: ArraySlice<String>) {
        var (url, facts, runs) = (ProcessInfo.processInfo.environment["ENTENTE_BENCHMARK_POSTGRES"] ?? "", 200_000, 5)
        var directory = FileManager.default.temporaryDirectory.appendingPathComponent("entente-benchmark").path
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--url": url = iterator.next() ?? url
            case "--facts": facts = Int(iterator.next() ?? "") ?? facts
            case "--runs": runs = max(1, Int(iterator.next() ?? "") ?? runs)
            case "--dir": directory = iterator.next() ?? directory
            default:
                FileHandle.standardError.write(Data("usage: entente-benchmark postgres --url postgres://… [--facts N] [--runs N] [--dir DIR]\n".utf8))
                exit(64)
            }
        }
        if url.isEmpty {
            FileHandle.standardError.write(Data("entente-benchmark postgres: give the server with --url or $ENTENTE_BENCHMARK_POSTGRES\n".utf8))
            exit(64)
        }
        self.init(url: url, facts: facts, runs: runs, directory: directory)
    }
}

extension PostgresBenchmark.CopyStage {
    /// Each figure of `samples` taken by `pick` (a median).
    init(samples: [Self], pick: ([Double]) -> Double) {
        self.init(
            store: pick(samples.map(\.store)), loaded: pick(samples.map(\.loaded)), claim: pick(samples.map(\.claim)),
            copy: pick(samples.map(\.copy)), rebuild: pick(samples.map(\.rebuild)), again: pick(samples.map(\.again)))
    }
}
