import Foundation
import Testing
import EntenteTestSupport

@Suite struct QueryCommandTests {
    static let facts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("EntenteTestSupport/Fixtures/graph/facts.jsonl").path

    /// A database holding the hand-made graph.
    static func graph(_ scratch: Scratch) throws -> String {
        let db = scratch.path("graph.sqlite")
        let result = try Entente.run(["import", "triples", "--db", db, facts])
        #expect(result.status == 0, "\(result.stderr)")
        return db
    }

    @Test func answersAsJSONWithColumnsAndRows() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try Self.graph(scratch)
        let result = try Entente.run(["query", "--db", db, "--format", "json", #"MATCH ("United States")-[r:arms]->(b) RETURN b, r"#])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["columns"] as? [String] == ["b", "r"])
        let row = try #require((json["rows"] as? [[Any]])?.first)
        #expect(row[0] as? String == "People's Protection Units")
        let hop = try #require(row[1] as? [String: Any])
        #expect(hop["subject"] as? String == "United States")
        #expect(hop["predicate"] as? String == "arms")
        #expect(hop["date"] as? String == "2017-05-09")
    }

    @Test func pathsAreListsOfHops() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try Self.graph(scratch)
        let result = try Entente.run([
            "query", "--db", db, "--format", "json", #"SHORTEST FROM "Iran" TO "People's Protection Units" MAX 3 RETURN p WITH EVIDENCE"#,
        ])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let path = try #require((json["rows"] as? [[Any]])?.first?.first as? [[String: Any]])
        #expect(path.count == 2)
        #expect(Set(path[0].keys) == ["subject", "predicate", "object", "date", "evidence"])
    }

    @Test func readsTheQueryFromAFileOrStandardInputAndTakesParameters() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try Self.graph(scratch)
        let file = try scratch.write("q.kgq", "// Who attacks the YPG?\nMATCH (a)-[r:attacks]->($target)\nRETURN DISTINCT a\n")
        let fromFile = try Entente.run(["query", "--db", db, "-f", file, "--param", "target=People's Protection Units", "--format", "csv"])
        #expect(fromFile.status == 0, "\(fromFile.stderr)")
        #expect(fromFile.stdout == "a\nTurkey\n")
        let fromStdin = try Entente.run(["query", "--db", db, "--format", "csv"], stdin: #"MATCH (a)-[:mediates]->("Israel") RETURN a"#)
        #expect(fromStdin.stdout == "a\nEgypt\n")
    }

    @Test func syntaxErrorsShowWhereWithACaret() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try Self.graph(scratch)
        let result = try Entente.run(["query", "--db", db, #"MATCH ("Iran")-[r:supprts]->(b) RETURN b"#])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == """
            error: 'supprts' is neither a predicate nor a relation class
             --> query:1:19
            1 | MATCH ("Iran")-[r:supprts]->(b) RETURN b
              |                   ^^^^^^^ unknown relation
              = did you mean 'supports'?

            """)
        let file = try scratch.write("bad.kgq", "MATCH (a)-[r]->(b)\nRETURN b,\n")
        let fromFile = try Entente.run(["query", "--db", db, "-f", file])
        #expect(fromFile.stderr.hasPrefix("error: expected a value, a variable or a property, found end of query\n --> \(file):3:1"))
    }

    @Test func unknownAndAmbiguousNames() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try Self.graph(scratch)
        let unknown = try Entente.run(["query", "--db", db, #"MATCH ("Irann")-[r]->(b) RETURN b"#])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("= did you mean 'Iran'"))
    }

    @Test func budgetsStopWithAMessageThatNamesTheBound() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try Self.graph(scratch)
        let rows = try Entente.run(["query", "--db", db, "--max-rows", "5", "MATCH (a)-[r]-(b) RETURN a, b"])
        #expect(rows.status == 1)
        #expect(rows.stderr == "Error: the query returns more than 5 rows; add a LIMIT or raise --max-rows\n")
        // A reachable set larger than the budget is stopped the same way, not cut to its first rows;
        // with the budget raised, every row comes.
        let reach = #"MATCH ("Russia")-[r*1..3]-(b) RETURN DISTINCT b"#
        let cut = try Entente.run(["query", "--db", db, "--max-rows", "2", "--format", "csv", reach])
        #expect(cut.status == 1 && cut.stdout.isEmpty)
        #expect(cut.stderr == "Error: the query returns more than 2 rows; add a LIMIT or raise --max-rows\n")
        let whole = try Entente.run(["query", "--db", db, "--max-rows", "1000", "--format", "csv", reach])
        #expect(whole.status == 0 && whole.stdout.split(separator: "\n").count > 3, "\(whole.stdout)")
        let steps = try Entente.run(["query", "--db", db, "--max-expansions", "3", #"PATHS FROM "Egypt" TO "Hezbollah" MAX 6"#])
        #expect(steps.status == 1)
        #expect(steps.stderr.contains("raise --max-expansions"))
    }

    @Test func queriesCannotChangeTheDatabase() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try Self.graph(scratch)
        let before = try Entente.run(["stats", "--db", db, "--format", "json"]).stdout
        for hostile in [
            #"MATCH ("Iran'); DROP TABLE fact; --")-[r]->(b) RETURN b"#,
            #"MATCH (a)-[r]->(b) WHERE a.name = "x\" OR 1=1; DELETE FROM fact; --" RETURN a"#,
            "MATCH (a)-[r]->(b) RETURN a.name; DELETE FROM fact",
        ] {
            let result = try Entente.run(["query", "--db", db, hostile])
            #expect(result.status != 0 || result.stdout.isEmpty || !result.stdout.contains("DROP"))
        }
        #expect(try Entente.run(["stats", "--db", db, "--format", "json"]).stdout == before)
    }

    @Test func explainShowsTheSQLAndTheStrategy() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try Self.graph(scratch)
        let result = try Entente.run(["query", "--db", db, #"EXPLAIN PATHS FROM "Iran" TO "Syria" MAX 3"#])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("strategy: path search"))
        // A step reads an index of facts by entity (the dyad index of 0011 covers it whole).
        #expect(result.stdout.contains("INDEX fact_by_"))
        #expect(result.stdout.contains("sqlite plan:"))
        let shortest = try Entente.run(["query", "--db", db, #"EXPLAIN SHORTEST FROM "Iran" TO "Syria" MAX 3"#])
        #expect(shortest.stdout.hasPrefix("strategy: frontier search"))
        #expect(shortest.stdout.contains("INDEX fact_by_"))
    }
}

/// DOT output through the real `dot` (Debian's graphviz). CI sets ENTENTE_REQUIRE_GRAPHVIZ=1,
/// and then a missing `dot` fails the test instead of leaving it out.
@Suite struct QueryDOTTests {
    @Test(.enabled(if: GraphVizTool.available)) func adversarialNamesSurviveRealDot() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let names = [#"Say "hi" \ back\"#, "node", "strict graph\n{}; -> \\N \\G <b>é</b>", "subgraph", "Ünïcödé — 東京"]
        var lines: [String] = []
        for (index, name) in names.enumerated() {
            let next = names[(index + 1) % names.count]
            let fact: [String: String] = [
                "subject": name, "subject_kind": "actor", "predicate": "supports", "object": next, "object_kind": "actor", "date": "2017",
            ]
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: fact, options: [.sortedKeys]), as: UTF8.self))
        }
        let file = try scratch.write("adversarial.jsonl", lines.joined(separator: "\n") + "\n")
        let db = scratch.path("adv.sqlite")
        #expect(try Entente.run(["import", "triples", "--db", db, file]).status == 0)
        let exported = try Entente.run(["query", "--db", db, "--format", "dot", "MATCH (a)-[r]->(b) RETURN r"])
        #expect(exported.status == 0, "\(exported.stderr)")
        let dotFile = try scratch.write("graph.dot", exported.stdout)

        let (output, problems, status) = try GraphVizTool.run(dotFile, format: "json")
        #expect(status == 0, "dot rejected the export: \(problems)")
        #expect(problems.isEmpty, "dot warned: \(problems)")
        let data = Data(output.utf8)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        // dot keeps labels as escString text: decode \\ and \n and \" to compare with the names.
        let labels = Set(((json["objects"] as? [[String: Any]]) ?? []).compactMap { $0["label"] as? String }.map(Self.decodeEscString))
        #expect(labels == Set(names))
        #expect(((json["edges"] as? [[String: Any]]) ?? []).count == names.count)
    }

    static func decodeEscString(_ text: String) -> String {
        var result = ""
        var iterator = text.makeIterator()
        while let character = iterator.next() {
            guard character == "\\", let next = iterator.next() else {
                result.append(character)
                continue
            }
            switch next {
            case "n": result.append("\n")
            default: result.append(next)
            }
        }
        return result
    }
}
