import Foundation
import Testing
import EntenteTestSupport

/// SQL-looking text in names, aliases, queries and articles is only ever data; queries cannot
/// write; the files named on the command line are the only files written.
@Suite struct SecurityTests {
    static let hostile = [
        #"Robert'); DROP TABLE fact; --"#, #"x" OR 1=1 --"#, "/* comment */ Group", "semi;colon", #"back\slash\"#,
    ]

    @Test func sqlInNamesAliasesAndTextIsStoredAsText() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = scratch.path("graph.sqlite")
        var lines: [String] = []
        for (index, name) in Self.hostile.enumerated() {
            let fact = [
                "subject": name, "subject_kind": "actor", "predicate": "supports", "object": Self.hostile[(index + 1) % Self.hostile.count],
                "object_kind": "organisation", "date": "2017", "evidence": "'; DELETE FROM article; --",
            ]
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: fact, options: [.sortedKeys]), as: UTF8.self))
        }
        #expect(try Entente.run(["import", "triples", "--db", db, try scratch.write("hostile.jsonl", lines.joined(separator: "\n"))]).status == 0)
        // An alias from a user gazetteer (aliases are separated by ';' there), and an article whose text is SQL.
        let gazetteer = try scratch.write("extra.tsv", "name\tkind\ttype\tcameo\tcountry\taliases\nThe Front\torganisation\tarmed-group\t\t\tx' OR '1'='1 /* DELETE FROM entity */;Front\n")
        let article = try scratch.write(
            "sql.txt", "Statement\n\nThe Front attacked Turkey on 3 May 2016, officials said '); DROP TABLE article; -- and nothing else.\n")
        let ingest = try Entente.run(["ingest", "--db", db, "--gazetteer", gazetteer, article])
        #expect(ingest.status == 0, "\(ingest.stderr)")

        for name in Self.hostile {
            let query = #"MATCH (a)-[r:supports]->(b) WHERE a.name = $n RETURN b"#
            let result = try Entente.run(["query", "--db", db, "--format", "csv", "--param", "n=\(name)", query])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.split(separator: "\n").count == 2, "\(name): \(result.stdout)")
            let entities = try Entente.run(["entities", "--db", db, "--format", "json", "--search", name])
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.withoutEscapingSlashes]
            #expect(entities.stdout.contains("\"name\" : " + String(decoding: try encoder.encode(name), as: UTF8.self)), "\(name): \(entities.stdout)")
        }
        let alias = try Entente.run(["facts", "--db", db, "--about", "x' OR '1'='1 /* DELETE FROM entity */", "--format", "csv"])
        #expect(alias.status == 0, "\(alias.stderr)")
        #expect(alias.stdout.contains("The Front"))
        let stats = try Entente.run(["stats", "--db", db, "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
        #expect((json["articles"] as? Int ?? 0) == 2)
        #expect((json["facts"] as? Int ?? 0) >= Self.hostile.count + 1)
    }

    @Test func onlyTheNamedFilesAreWritten() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let work = scratch.url.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let outputs = scratch.url.appendingPathComponent("outputs")
        try FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: true)
        let db = outputs.appendingPathComponent("g.sqlite").path
        let commands: [[String]] = [
            ["demo", "--db", db],
            ["query", "--db", db, "MATCH (a)-[r]->(b) RETURN a LIMIT 1"],
            ["timeline", "--db", db, "Russia", "Turkey", "--svg", outputs.appendingPathComponent("t.svg").path],
            ["export", "dot", "--db", db, "--around", "Turkey", "-o", outputs.appendingPathComponent("t.dot").path],
            ["export", "graphml", "--db", db, "-o", outputs.appendingPathComponent("t.graphml").path],
            ["snapshot", "--db", db, "--as-of", "2016-06-30"],
        ]
        for command in commands {
            let result = try Entente.run(command, in: work)
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path).isEmpty, "files appeared in the working directory")
        let written = Set(try FileManager.default.contentsOfDirectory(atPath: outputs.path)).subtracting(["g.sqlite-wal", "g.sqlite-shm"])
        #expect(written == ["g.sqlite", "t.svg", "t.dot", "t.graphml"])
    }
}
