import Foundation
import Testing
import EntenteTestSupport

/// What `export dot` draws and says about it: a warning for a drawing larger than a screen,
/// only the query's nodes with `--query`, and people in their country's box with `--clusters`.
/// Each drawing is checked with the real `dot` (required when ENTENTE_REQUIRE_GRAPHVIZ=1).
@Suite struct ExportDrawingTests {
    static func line(_ fact: [String: String]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: fact, options: [.sortedKeys]), as: UTF8.self)
    }

    /// A database of `facts` triples.
    static func graph(_ scratch: Scratch, _ facts: [[String: String]]) throws -> String {
        let file = try scratch.write("facts.jsonl", try facts.map(line).joined(separator: "\n") + "\n")
        let db = scratch.path("drawing.sqlite")
        let imported = try Entente.run(["import", "triples", "--db", db, file])
        #expect(imported.status == 0, "\(imported.stderr)")
        return db
    }

    /// Runs the real `dot` on `text`; a drawing it refuses or warns about fails the test.
    static func checkWithDot(_ text: String, _ scratch: Scratch, sourceLocation: SourceLocation = #_sourceLocation) throws -> Set<String> {
        guard GraphVizTool.available else { return [] }
        let file = try scratch.write("checked-\(UUID().uuidString).dot", text)
        let svg = try GraphVizTool.run(file, format: "svg")
        #expect(svg.status == 0 && svg.warnings.isEmpty, "\(svg.warnings)", sourceLocation: sourceLocation)
        return Set(GraphVizTool.drawnTexts(svg: svg.output))
    }

    /// The labels of the DOT file's nodes (lines `nN [label=…`).
    static func nodeLabels(_ dot: String) -> Set<String> {
        Set(dot.split(separator: "\n").compactMap { line -> String? in
            let trimmed = line.drop { $0 == " " }
            guard trimmed.hasPrefix("n"), let open = trimmed.range(of: "[label=\""), !trimmed.contains("->") else { return nil }
            let rest = trimmed[open.upperBound...]
            return rest.range(of: "\"").map { String(rest[..<$0.lowerBound]) }
        })
    }

    @Test func aDrawingLargerThanAScreenWarnsAndSaysHowToNarrowIt() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let star = (1...70).map { ["subject": "Ally \($0)", "subject_kind": "actor", "predicate": "supports", "object": "Hub", "object_kind": "actor", "date": "2017"] }
        let db = try Self.graph(scratch, star)
        let whole = try Entente.run(["export", "dot", "--db", db])
        #expect(whole.status == 0, "\(whole.stderr)")
        #expect(
            whole.stderr == "Warning: the drawing has 71 nodes and 70 edges, more than a screen shows (about 60 nodes or 150 edges); "
                + "narrow it with --min-sources 2, --around NAME --depth 1, --since/--until.\n", "\(whole.stderr)")
        _ = try Self.checkWithDot(whole.stdout, scratch)

        let deep = try Entente.run(["export", "dot", "--db", db, "--around", "Ally 1", "--depth", "2", "--since", "2016"])
        #expect(deep.status == 0)
        #expect(deep.stderr.contains("narrow it with --min-sources 2, --depth 1.\n"), "\(deep.stderr)")

        // Only drawings warn; a small one does not.
        #expect(try Entente.run(["export", "csv", "--db", db]).stderr.isEmpty)
        let small = try Entente.run(["export", "dot", "--db", db, "--around", "Ally 1"])
        #expect(small.status == 0 && small.stderr.isEmpty, "\(small.stderr)")
    }

    @Test func aQueryDrawsOnlyItsNodes() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try QueryCommandTests.graph(scratch)
        let hops = try Entente.run(["export", "dot", "--db", db, "--no-legend", "--query", #"MATCH ("Iran")-[r:supports]->(b) RETURN r"#])
        #expect(hops.status == 0, "\(hops.stderr)")
        let answer = try Entente.run(["query", "--db", db, "--format", "csv", #"MATCH ("Iran")-[r:supports]->(b) RETURN DISTINCT b"#])
        let objects = Set(answer.stdout.split(separator: "\n").dropFirst().map(String.init))
        #expect(!objects.isEmpty)
        #expect(Self.nodeLabels(hops.stdout) == objects.union(["Iran"]), "\(hops.stdout)")
        #expect(hops.stdout.split(separator: "\n").filter { $0.contains("->") }.allSatisfy { $0.contains("label=\"supports") })
        let drawn = try Self.checkWithDot(hops.stdout, scratch)
        if GraphVizTool.available { #expect(drawn.isSuperset(of: objects.union(["Iran"]))) }

        let paths = try Entente.run(["export", "dot", "--db", db, "--no-legend", "--query", #"SHORTEST FROM "Iraq" TO "Hezbollah" MAX 6"#])
        #expect(paths.status == 0, "\(paths.stderr)")
        let path = try Entente.run(["query", "--db", db, "--format", "json", #"SHORTEST FROM "Iraq" TO "Hezbollah" MAX 6"#])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(path.stdout.utf8)) as? [String: Any])
        let steps = try #require((json["rows"] as? [[Any]])?.first?.first as? [[String: Any]])
        let names = Set(steps.flatMap { [$0["subject"] as? String, $0["object"] as? String].compactMap { $0 } })
        #expect(Self.nodeLabels(paths.stdout) == names, "\(paths.stdout)")
        #expect(paths.stdout.split(separator: "\n").filter { $0.contains("->") }.count == steps.count)
        _ = try Self.checkWithDot(paths.stdout, scratch)
    }

    @Test func clustersPutPeopleInTheirCountrysBox() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let facts: [[String: String]] = [
            ["subject": "Turkey", "subject_kind": "actor", "predicate": "attacks", "object": "Syria", "object_kind": "actor", "date": "2017"],
            ["subject": "Recep Tayyip Erdogan", "subject_kind": "actor", "subject_type": "person", "predicate": "leader_of",
             "object": "Turkey", "object_kind": "actor", "date": "2017"],
            ["subject": "Jane Envoy", "subject_kind": "actor", "subject_type": "person", "predicate": "member_of",
             "object": "Syria", "object_kind": "actor", "date": "2017"],
            ["subject": "Jane Envoy", "subject_kind": "actor", "subject_type": "person", "predicate": "meets_with",
             "object": "Recep Tayyip Erdogan", "object_kind": "actor", "date": "2017"],
            ["subject": "Nobody Inparticular", "subject_kind": "actor", "subject_type": "person", "predicate": "criticises",
             "object": "Turkey", "object_kind": "actor", "date": "2017"],
        ]
        let db = try Self.graph(scratch, facts)
        let result = try Entente.run(["export", "dot", "--db", db, "--clusters", "--no-legend"])
        #expect(result.status == 0, "\(result.stderr)")
        let boxes = Self.clusters(result.stdout)
        #expect(boxes["Turkey (TUR)"] == ["Recep Tayyip Erdogan", "Turkey"], "\(result.stdout)")
        #expect(boxes["Syria (SYR)"] == ["Jane Envoy", "Syria"], "\(result.stdout)")
        #expect(!boxes.values.contains { $0.contains("Nobody Inparticular") })
        #expect(Self.nodeLabels(result.stdout).contains("Nobody Inparticular"))
        _ = try Self.checkWithDot(result.stdout, scratch)
    }

    @Test func clustersReadAPersonsCountryFromTheirCode() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = scratch.path("demo.sqlite")
        #expect(try Entente.run(["demo", "--db", db]).status == 0)
        let result = try Entente.run(["export", "dot", "--db", db, "--clusters", "--no-legend"])
        #expect(result.status == 0, "\(result.stderr)")
        // Putin is RUSGOV: Russia's box.
        #expect(Self.clusters(result.stdout)["Russia (RUS)"]?.contains("Vladimir Putin") == true, "\(result.stdout)")
        _ = try Self.checkWithDot(result.stdout, scratch)
    }

    /// Each cluster's label and the labels of the nodes in it.
    static func clusters(_ dot: String) -> [String: Set<String>] {
        var boxes: [String: Set<String>] = [:]
        var current: String?
        for line in dot.split(separator: "\n") {
            if line.contains("subgraph cluster_c") { current = "" ; continue }
            if current == "", let open = line.range(of: "label=\"") {
                let rest = line[open.upperBound...]
                current = rest.range(of: "\"").map { String(rest[..<$0.lowerBound]) }
                boxes[current!] = []
                continue
            }
            if line.trimmingCharacters(in: .whitespaces) == "}" { current = nil; continue }
            if let box = current, !box.isEmpty { boxes[box]?.formUnion(nodeLabels(String(line))) }
        }
        return boxes
    }
}
