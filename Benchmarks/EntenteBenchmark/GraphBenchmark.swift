import Entente
import Foundation
import GRDB

/// Writes a synthetic event graph as a GDELT file, loads it through `EventImport` (the path of
/// `entente import gdelt`), and times queries three ways on the same file: Entente with its
/// in-memory adjacency index, Entente on SQL alone, and hand-written SQL ("plain").
struct GraphBenchmark {
    let facts: Int
    let runs: Int
    let directory: String
    let json: Bool
    /// Where to write the chosen entities and every query's answer, for `Benchmarks/peers`.
    let answers: String?

    struct Measurement: Codable {
        var name: String
        var entente: Double
        var ententeSQL: Double?
        var plain: Double?
        var rows: Int
    }

    struct Report: Codable {
        var facts: Int
        var loadFactsPerSecond: Double?
        var indexBuildMilliseconds: Double
        var entities: [String: String]
        var measurements: [Measurement]
        var answers: [String: [String]]
    }

    func run() throws {
        let graph = SyntheticGraph(facts: facts)
        let events = "\(directory)/events-\(facts).tsv"
        let triples = "\(directory)/facts-\(facts).tsv"
        let path = "\(directory)/entente-\(facts).sqlite"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try graph.write(events: events, triples: triples)
        var loadRate: Double?
        if !FileManager.default.fileExists(atPath: path) {
            let start = DispatchTime.now().uptimeNanoseconds
            let report = try EventImport(dataset: .gdelt, batchSize: 50_000).run([events], into: try GraphStore.open(path: path))
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            precondition(report.factsStored == facts, "imported \(report.factsStored) of \(facts) facts: \(report.examples)")
            loadRate = Double(facts) / seconds
        }
        let sqlOnly = try GraphStore.open(path: path, mode: .readOnly)
        let store = sqlOnly.withAdjacencyIndex()
        let plain = try DatabaseQueue(
            path: path,
            configuration: {
                var configuration = Configuration()
                configuration.readonly = true
                configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA cache_size = -65536") }
                return configuration
            }())
        let resolver = try store.resolver()
        // Degree ranks pick a hub, a mid-degree actor and two low-degree actors.
        let ranked: [(Int64, String, Int)] = try plain.read { db in
            try Row.fetchAll(db, sql: """
                SELECT e.id, e.name, (SELECT count(*) FROM fact WHERE subject_id = e.id) + (SELECT count(*) FROM fact WHERE object_id = e.id) AS degree
                FROM entity AS e WHERE e.kind = 'actor' ORDER BY degree DESC, e.id
                """).map { ($0[0], $0[1], $0[2]) }
        }
        let hub = ranked[0]
        let partner = ranked[1]
        let middle = ranked[ranked.count / 4]
        let lowA = ranked[ranked.count - ranked.count / 10]
        let lowB = ranked[ranked.count - ranked.count / 10 - 7]
        let target = ranked[5]
        let options = Planner.Options(maxRows: 10_000_000, maxExpansions: 100_000_000)
        let indexStart = DispatchTime.now().uptimeNanoseconds
        _ = try store.run(try Planner.compile(SourceText(#"MATCH ("\#(hub.1)")-[r*1..1]-(b) RETURN DISTINCT b"#), resolver: resolver, options: options))
        let indexBuild = Double(DispatchTime.now().uptimeNanoseconds - indexStart) / 1e6

        func time(_ body: () throws -> [String]) rethrows -> (Double, [String]) {
            var samples: [Double] = []
            var rows = try body()  // warm-up
            for _ in 0..<runs {
                let start = Self.milliseconds()
                rows = try body()
                samples.append(Self.milliseconds() - start)
            }
            samples.sort()
            return (samples[samples.count / 2], rows)
        }
        // As `entente query` and `entente serve` ask (`KnowledgeGraph.answer`): names resolved in
        // the query's own read, and a query asked again not compiled again while the data is unchanged.
        func query(_ text: String, on store: GraphStore) throws -> [String] {
            let result = try store.compileAndRun(SourceText(text), options: options, timeout: 600).result
            return (result?.rows ?? []).map { $0.map(\.description).joined(separator: "\t") }
        }
        // Plain SQL gets 20 seconds; past it, it is reported as stopped.
        func sql(_ text: String, _ arguments: StatementArguments) throws -> [String] {
            let timer = DispatchWorkItem { plain.interrupt() }
            DispatchQueue.global().asyncAfter(deadline: .now() + 20, execute: timer)
            defer { timer.cancel() }
            return try plain.read { db in
                try Row.fetchAll(db, sql: text, arguments: arguments).map { row in row.databaseValues.map { "\($0)" }.joined(separator: "\t") }
            }
        }

        var results: [Measurement] = []
        var answers: [String: [String]] = [:]
        func measure(_ name: String, key: String, _ text: String?, custom: (() throws -> [String])? = nil, plainSQL: String? = nil, _ arguments: StatementArguments = []) throws {
            let (ours, rows) = try time { try custom?() ?? query(text!, on: store) }
            answers[key] = rows
            var measurement = Measurement(name: name, entente: ours, rows: rows.count)
            // A TIMELINE without the index reads SQL: the way it went before the index held what it reads.
            if let text, text.contains("*") || text.hasPrefix("SHORTEST") || text.hasPrefix("PATHS") || text.hasPrefix("TIMELINE") {
                measurement.ententeSQL = try time { try query(text, on: sqlOnly) }.0
            }
            if let plainSQL {
                do {
                    measurement.plain = try time { try sql(plainSQL, arguments) }.0
                } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT {
                    measurement.plain = .infinity
                }
            }
            results.append(measurement)
        }
        let reach = { (depth: Int, scope: String) -> String in
            """
            WITH RECURSIVE reach(node, depth) AS (
                SELECT ?, 0
                UNION SELECT f.object_id, r.depth + 1 FROM reach AS r JOIN fact AS f ON f.subject_id = r.node WHERE r.depth < \(depth) AND f.negated = 0 \(scope)
                UNION SELECT f.subject_id, r.depth + 1 FROM reach AS r JOIN fact AS f ON f.object_id = r.node WHERE r.depth < \(depth) AND f.negated = 0 \(scope)
            )
            SELECT DISTINCT node FROM reach WHERE node <> ?
            """
        }
        try measure(
            "1-hop: whom the hub supports", key: "one_hop", #"MATCH ("\#(hub.1)")-[r:supports]->(b) RETURN DISTINCT b ORDER BY b"#,
            plainSQL: "SELECT DISTINCT o.name FROM fact AS f JOIN entity AS o ON o.id = f.object_id WHERE f.subject_id = ? AND f.predicate = 'supports' AND f.negated = 0",
            [hub.0])
        try measure("2-hop reachable set (mid-degree)", key: "two_hop", #"MATCH ("\#(middle.1)")-[r*1..2]-(b) RETURN DISTINCT b"#, plainSQL: reach(2, ""), [middle.0, middle.0])
        try measure("3-hop reachable set (mid-degree)", key: "three_hop", #"MATCH ("\#(middle.1)")-[r*1..3]-(b) RETURN DISTINCT b"#, plainSQL: reach(3, ""), [middle.0, middle.0])
        try measure(
            "3-hop reachable, 2018–2020 only", key: "three_hop_window", #"MATCH ("\#(middle.1)")-[r*1..3]-(b) DURING 2018..2020 RETURN DISTINCT b"#,
            plainSQL: reach(3, "AND f.date_end >= '2018-01-01' AND f.date_start <= '2020-12-31'"), [middle.0, middle.0])
        try measure(
            "shortest path (low-degree pair)", key: "shortest", #"SHORTEST FROM "\#(lowA.1)" TO "\#(lowB.1)" MAX 4"#,
            plainSQL: """
                WITH RECURSIVE walk(node, depth, visited) AS (
                    SELECT ?, 0, ',' || ? || ','
                    UNION ALL SELECT f.object_id, w.depth + 1, w.visited || f.object_id || ',' FROM walk AS w JOIN fact AS f ON f.subject_id = w.node
                        WHERE w.depth < 4 AND f.negated = 0 AND instr(w.visited, ',' || f.object_id || ',') = 0
                    UNION ALL SELECT f.subject_id, w.depth + 1, w.visited || f.subject_id || ',' FROM walk AS w JOIN fact AS f ON f.object_id = w.node
                        WHERE w.depth < 4 AND f.negated = 0 AND instr(w.visited, ',' || f.subject_id || ',') = 0
                )
                SELECT visited FROM walk WHERE node = ? LIMIT 1
                """, [lowA.0, lowA.0, lowB.0])
        // Ten paths between two hubs: the search stops at the LIMIT. The plain recursive CTE (what
        // PATHS ran before) enumerates fact-level walks and must finish them all to order them.
        try measure(
            "10 paths between two hubs (MAX 3 LIMIT 10)", key: "paths_limit", #"PATHS FROM "\#(hub.1)" TO "\#(partner.1)" MAX 3 LIMIT 10"#,
            plainSQL: """
                WITH RECURSIVE walk(node, depth, visited, facts) AS (
                    SELECT ?, 0, ',' || ? || ',', ''
                    UNION ALL SELECT f.object_id, w.depth + 1, w.visited || f.object_id || ',', w.facts || f.id || ',' FROM walk AS w
                        JOIN fact AS f ON f.subject_id = w.node
                        WHERE w.depth < 3 AND w.node <> ? AND f.negated = 0 AND instr(w.visited, ',' || f.object_id || ',') = 0
                    UNION ALL SELECT f.subject_id, w.depth + 1, w.visited || f.subject_id || ',', w.facts || f.id || ',' FROM walk AS w
                        JOIN fact AS f ON f.object_id = w.node
                        WHERE w.depth < 3 AND w.node <> ? AND f.negated = 0 AND instr(w.visited, ',' || f.subject_id || ',') = 0
                )
                SELECT facts FROM walk WHERE node = ? AND depth > 0 ORDER BY depth, facts LIMIT 10
                """, [hub.0, hub.0, partner.0, partner.0, partner.0])
        try measure(
            "dyad timeline by month (two hubs)", key: "timeline", #"TIMELINE "\#(hub.1)" AND "\#(partner.1)" BY month"#,
            plainSQL: """
                SELECT substr(f.date_start, 1, 7) AS month, count(*), avg(coalesce(f.goldstein, p.goldstein))
                FROM fact AS f JOIN predicate AS p ON p.name = f.predicate
                WHERE ((f.subject_id = ? AND f.object_id = ?) OR (f.subject_id = ? AND f.object_id = ?)) AND f.negated = 0
                GROUP BY month ORDER BY month
                """, [hub.0, partner.0, partner.0, hub.0])
        try measure(
            "who supports X in 2019", key: "who_supports", #"MATCH (a)-[r:supports]->("\#(target.1)") DURING 2019 RETURN DISTINCT a ORDER BY a"#,
            plainSQL: """
                SELECT DISTINCT s.name FROM fact AS f JOIN entity AS s ON s.id = f.subject_id
                WHERE f.object_id = ? AND f.predicate = 'supports' AND f.negated = 0 AND f.date_end >= '2019-01-01' AND f.date_start <= '2019-12-31'
                """, [target.0])
        try measure("snapshot as of 2020-06-30 around the hub (180 days)", key: "snapshot", nil, custom: {
            try store.neighbourhood(around: hub.0, depth: 1, .init(time: .asOf(CalendarDay(year: 2020, month: 6, day: 30)!, window: TimeWindow(days: 180))))
                .map { "\($0.subject.name)\t\($0.predicate)\t\($0.object.name)" }
        })
        try measure("diff 2019 vs 2020 around the hub", key: "diff", #"DIFF 2019 AND 2020 AROUND "\#(hub.1)""#)
        // The DOT export draws the 2-hop neighbourhood whose size is closest to 10,000 edges among
        // actors picked down the degree ranking (sizes found once, untimed).
        var exportCenter = lowA
        var bestDistance = Int.max
        for rank in stride(from: ranked.count - 1, to: ranked.count / 50, by: -max(1, ranked.count / 12)) {
            let candidate = ranked[rank]
            let edges = try sqlOnly.neighbourhood(around: candidate.0, depth: 2, .init()).count
            if abs(edges - 10_000) < bestDistance { (exportCenter, bestDistance) = (candidate, abs(edges - 10_000)) }
        }
        let pairFacts = try plain.read { db in
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM fact WHERE (subject_id = ? AND object_id = ?) OR (subject_id = ? AND object_id = ?)",
                arguments: [hub.0, partner.0, partner.0, hub.0])!
        }
        try measure("DOT export, 2-hop neighbourhood", key: "dot", nil, custom: {
            let exported = try store.exportGraph(GraphExportRequest(subject: .around(exportCenter.1, depth: 2)))
            let text = DOTExporter().render(exported)
            return ["\(exported.nodes.count) nodes, \(exported.edges.count) edges, \(text.utf8.count) bytes"]
        })

        let report = Report(
            facts: facts, loadFactsPerSecond: loadRate, indexBuildMilliseconds: indexBuild,
            entities: [
                "hub": hub.1, "partner": partner.1, "middle": middle.1, "low_a": lowA.1, "low_b": lowB.1, "target": target.1,
                "export_center": exportCenter.1,
            ],
            measurements: results, answers: answers)
        if let answers = self.answers {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
            try encoder.encode(report).write(to: URL(fileURLWithPath: answers))
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
            var brief = report
            brief.answers = [:]
            print(String(decoding: try encoder.encode(brief), as: UTF8.self))
            return
        }
        print("graph: \(facts) facts, \(graph.actorCount) actors; \(path)")
        if let loadRate { print(String(format: "load: %.0f facts/s (entente import gdelt path, batches of 50,000)", loadRate)) }
        print(String(format: "adjacency index built in %.0f ms", indexBuild))
        print("medians of \(runs) runs after a warm-up, milliseconds; plain = hand-written SQL on the same file")
        print("query                                                  entente  entente-sql      plain   ratio  rows")
        for result in results {
            let ratio = result.plain.map { $0.isInfinite ? "<0.001×" : String(format: "%6.2f×", result.entente / $0) } ?? "      –"
            let plainText = result.plain.map { $0.isInfinite ? "   >20000" : String(format: "%9.2f", $0) } ?? "        –"
            let sqlText = result.ententeSQL.map { String(format: "%11.2f", $0) } ?? "          –"
            print(
                result.name.padding(toLength: 52, withPad: " ", startingAt: 0) + String(format: "%9.2f", result.entente) + "  " + sqlText
                    + "  " + plainText + "  " + ratio + "  " + "\(result.rows)")
        }
        if let dot = answers["dot"]?.first { print("DOT export around \(exportCenter.1): \(dot)") }
        print("dyad timeline: \(hub.1) and \(partner.1), \(pairFacts) facts between them")
    }

    /// With ENTENTE_BENCHMARK_CLOCK=cpu, the process's CPU time rather than the wall clock: on a
    /// machine other work shares, the wall clock counts the time the query waited for a core.
    static let cpuClock = ProcessInfo.processInfo.environment["ENTENTE_BENCHMARK_CLOCK"] == "cpu"

    /// Milliseconds on the benchmark's clock.
    static func milliseconds() -> Double {
        guard cpuClock else { return Double(DispatchTime.now().uptimeNanoseconds) / 1e6 }
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1e3 + Double(time.tv_nsec) / 1e6
    }
}
