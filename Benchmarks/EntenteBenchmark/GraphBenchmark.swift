import Entente
import Foundation
import GRDB

/// Loads a synthetic graph through the store's ingest path and times queries of the
/// language beside hand-written SQL on the same database ("plain SQLite").
struct GraphBenchmark {
    let facts: Int
    let runs: Int
    let path: String
    let json: Bool

    struct Measurement: Codable {
        var name: String
        var entente: Double
        var plain: Double?
        var rows: Int
        var plainRows: Int?
    }

    func run() throws {
        let graph = SyntheticGraph(facts: facts)
        var loadRate: Double?
        if !FileManager.default.fileExists(atPath: path) {
            let start = DispatchTime.now().uptimeNanoseconds
            let store = try GraphStore.open(path: path)
            var batch: [Fact] = []
            var batchNumber = 0
            func flush() throws {
                batchNumber += 1
                let article = Article(origin: .triples, title: "synthetic batch \(batchNumber)", source: "synthetic", text: "synthetic graph of \(facts) facts, batch \(batchNumber)")
                let facts = batch
                _ = try store.ingest(article) { writer in for fact in facts { try writer.add(fact) } }
                batch.removeAll(keepingCapacity: true)
            }
            try graph.generate { fact in
                batch.append(fact)
                if batch.count == 100_000 { try flush() }
            }
            if !batch.isEmpty { try flush() }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            loadRate = Double(facts) / seconds
        }
        let store = try GraphStore.open(path: path, mode: .readOnly)
        // Plain SQL gets the same page cache as the store, so the comparison is of queries alone.
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
                FROM entity AS e ORDER BY degree DESC, e.id
                """).map { ($0[0], $0[1], $0[2]) }
        }
        let hub = ranked[0]
        let middle = ranked[ranked.count / 4]
        let lowA = ranked[ranked.count - ranked.count / 10]
        let lowB = ranked[ranked.count - ranked.count / 10 - 7]
        let target = ranked[5]

        func time(_ body: () throws -> Int) rethrows -> (Double, Int) {
            var samples: [Double] = []
            var rows = 0
            rows = try body()  // warm-up
            for _ in 0..<runs {
                let start = DispatchTime.now().uptimeNanoseconds
                rows = try body()
                samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
            samples.sort()
            return (samples[samples.count / 2], rows)
        }
        func entente(_ text: String) throws -> Int {
            let compiled = try Planner.compile(SourceText(text), resolver: resolver, options: .init(maxRows: 10_000_000, maxExpansions: 50_000_000))
            return try store.run(compiled, timeout: 600).rows.count
        }
        // Plain SQL gets the same 20-second allowance as a query; past it, it is reported as stopped.
        func sql(_ text: String, _ arguments: StatementArguments) throws -> Int {
            let timer = DispatchWorkItem { plain.interrupt() }
            DispatchQueue.global().asyncAfter(deadline: .now() + 20, execute: timer)
            defer { timer.cancel() }
            return try plain.read { db in try Row.fetchAll(db, sql: text, arguments: arguments).count }
        }

        var results: [Measurement] = []
        func measure(_ name: String, _ query: String, plainSQL: String?, _ arguments: StatementArguments = []) throws {
            let (ours, rows) = try time { try entente(query) }
            var measurement = Measurement(name: name, entente: ours, plain: nil, rows: rows, plainRows: nil)
            if let plainSQL {
                do {
                    let (theirs, plainRows) = try time { try sql(plainSQL, arguments) }
                    measurement.plain = theirs
                    measurement.plainRows = plainRows
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
            "1-hop: whom the hub supports", #"MATCH ("\#(hub.1)")-[r:supports]->(b) RETURN DISTINCT b"#,
            plainSQL: "SELECT DISTINCT o.name FROM fact AS f JOIN entity AS o ON o.id = f.object_id WHERE f.subject_id = ? AND f.predicate = 'supports' AND f.negated = 0",
            [hub.0])
        try measure(
            "2-hop reachable set (mid-degree)", #"MATCH ("\#(middle.1)")-[r*1..2]-(b) RETURN DISTINCT b"#,
            plainSQL: reach(2, ""), [middle.0, middle.0])
        try measure(
            "3-hop reachable set (mid-degree)", #"MATCH ("\#(middle.1)")-[r*1..3]-(b) RETURN DISTINCT b"#,
            plainSQL: reach(3, ""), [middle.0, middle.0])
        try measure(
            "3-hop reachable, 2018–2020 only", #"MATCH ("\#(middle.1)")-[r*1..3]-(b) DURING 2018..2020 RETURN DISTINCT b"#,
            plainSQL: reach(3, "AND f.date_end >= '2018-01-01' AND f.date_start <= '2020-12-31'"), [middle.0, middle.0])
        try measure(
            "shortest path (low-degree pair)", #"SHORTEST FROM "\#(lowA.1)" TO "\#(lowB.1)" MAX 4"#,
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
        let partner = ranked[1]
        try measure(
            "dyad timeline by month (two hubs)",
            #"MATCH ("\#(hub.1)")-[r]-("\#(partner.1)") RETURN month(r) AS month, count(r) AS facts, avg(r.goldstein) AS goldstein ORDER BY month"#,
            plainSQL: """
                SELECT substr(f.date_start, 1, 7) AS month, count(*), avg(coalesce(f.goldstein, p.goldstein))
                FROM fact AS f JOIN predicate AS p ON p.name = f.predicate
                WHERE ((f.subject_id = ? AND f.object_id = ?) OR (f.subject_id = ? AND f.object_id = ?)) AND f.negated = 0
                GROUP BY month ORDER BY month
                """, [hub.0, partner.0, partner.0, hub.0])
        try measure(
            "who supports X in 2019", #"MATCH (a)-[r:supports]->("\#(target.1)") DURING 2019 RETURN DISTINCT a"#,
            plainSQL: """
                SELECT DISTINCT s.name FROM fact AS f JOIN entity AS s ON s.id = f.subject_id
                WHERE f.object_id = ? AND f.predicate = 'supports' AND f.negated = 0 AND f.date_end >= '2019-01-01' AND f.date_start <= '2019-12-31'
                """, [target.0])

        if json {
            let data = try JSONEncoder().encode(["facts": Double(facts), "load_facts_per_s": loadRate ?? -1])
            print(String(decoding: data, as: UTF8.self))
            print(String(decoding: try JSONEncoder().encode(results), as: UTF8.self))
            return
        }
        print("graph: \(facts) facts, \(graph.actorCount) actors; \(path)")
        if let loadRate { print(String(format: "load: %.0f facts/s (through GraphStore.ingest, batches of 100,000)", loadRate)) }
        print("medians of \(runs) runs after a warm-up, milliseconds; plain = hand-written SQL on the same file")
        print("query                                   entente      plain    ratio   rows")
        for result in results {
            let ratio = result.plain.map { $0.isInfinite ? "  <0.001×" : String(format: "%6.2f×", result.entente / $0) } ?? "      –"
            let plainText = result.plain.map { $0.isInfinite ? "  >20000" : String(format: "%9.2f", $0) } ?? "        –"
            print(
                result.name.padding(toLength: 38, withPad: " ", startingAt: 0)
                    + String(format: "%9.2f", result.entente) + "  " + plainText + "  " + ratio + "  "
                    + "\(result.rows)" + (result.plainRows.map { $0 == result.rows ? "" : " (plain \($0))" } ?? ""))
        }
    }
}
