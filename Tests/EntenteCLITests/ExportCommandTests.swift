import Foundation
import Testing
import EntenteTestSupport

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct ExportCommandTests {
    @Test func dotIsDeterministicStyledAndAcceptedByRealDot() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try QueryCommandTests.graph(scratch)
        let arguments = ["export", "dot", "--db", db, "--around", "Turkey", "--depth", "2", "--clusters", "--include-negated"]
        let first = try Entente.run(arguments)
        let second = try Entente.run(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == second.stdout)
        let dot = first.stdout
        #expect(dot.hasPrefix("digraph entente {\n  charset=\"UTF-8\";"))
        #expect(!dot.contains("strict"))
        // Turkey attacks the YPG twice: one edge with a count and a date range, red, labelled.
        #expect(dot.contains(##"label="attacks ×2\n2016-08-24..2018-01-20", color="#c51b1b""##))
        // The negated clash is asked for, so it is drawn dashed and says so.
        #expect(dot.contains(#"label="not clashes with\n2017-03-23""#) && dot.contains("style=dashed"))
        #expect(dot.contains("subgraph cluster_legend"))
        #expect(dot.contains(#"label="Turkey (TUR)""#))
        #expect(dot.contains("shape=box") && dot.contains("shape=ellipse"))
        guard GraphVizTool.available else { return }
        let file = try scratch.write("turkey.dot", dot)
        let svg = try GraphVizTool.run(file, format: "svg")
        #expect(svg.status == 0 && svg.warnings.isEmpty, "\(svg.warnings)")
        let drawn = Set(GraphVizTool.drawnTexts(svg: svg.output))
        for name in ["Turkey", "Russia", "People's Protection Units", "Kurdistan Workers' Party", "Hezbollah"] {
            #expect(drawn.contains(name), "\(name) is not drawn")
        }
    }

    @Test(.enabled(if: GraphVizTool.available)) func adversarialNamesSurviveTheExporterAndRealDot() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let names = [
            #"Say "hi" \ back\"#, "node", "STRICT", "graph {} -> \\N \\G \\l", "<b>bold</b>", "A &amp; B & C", "a:b",
            "Tu\u{0308}rkiye", "東京 — Ünïcödé", "tab\there", "esc\u{1B}ape", "-> subgraph cluster_x { }", "// not a comment", "#not",
        ]
        var lines: [String] = []
        for (index, name) in names.enumerated() {
            let next = names[(index + 1) % names.count]
            let fact: [String: String] = [
                "subject": name, "subject_kind": "actor", "predicate": "supports", "object": next, "object_kind": "actor",
                "date": "2017",
            ]
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: fact, options: [.sortedKeys]), as: UTF8.self))
        }
        let file = try scratch.write("adversarial.jsonl", lines.joined(separator: "\n") + "\n")
        let db = scratch.path("adv.sqlite")
        let imported = try Entente.run(["import", "triples", "--db", db, file])
        #expect(imported.status == 0, "\(imported.stderr)")
        let dotFile = scratch.path("adversarial.dot")
        let exported = try Entente.run(["export", "dot", "--db", db, "-o", dotFile])
        #expect(exported.status == 0, "\(exported.stderr)")
        let svg = try GraphVizTool.run(dotFile, format: "svg")
        #expect(svg.status == 0, "dot rejected the export: \(svg.warnings)")
        #expect(svg.warnings.isEmpty, "dot warned: \(svg.warnings)")
        let drawn = Set(GraphVizTool.drawnTexts(svg: svg.output))
        // What a reader should see: the name in NFC, a tab as a space, other control characters gone.
        let expected = names.map {
            $0.precomposedStringWithCanonicalMapping.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\u{1B}", with: "")
        }
        for name in expected {
            #expect(drawn.contains(name), "label lost or changed: \(name)")
        }
        let json = try GraphVizTool.run(dotFile, format: "json")
        let graph = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let entityEdges = ((graph["edges"] as? [[String: Any]]) ?? []).filter { ($0["label"] as? String)?.hasPrefix("supports") == true }
        #expect(entityEdges.count == names.count)
    }

    @Test func graphMLJSONAndCSVDescribeTheSameGraph() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try QueryCommandTests.graph(scratch)
        let json = try Entente.run(["export", "json", "--db", db])
        #expect(json.status == 0, "\(json.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let nodes = try #require(document["nodes"] as? [[String: Any]])
        let links = try #require(document["links"] as? [[String: Any]])
        let ids = Set(nodes.compactMap { $0["id"] as? String })
        #expect(ids.count == nodes.count)
        #expect(links.allSatisfy { ids.contains($0["source"] as? String ?? "") && ids.contains($0["target"] as? String ?? "") })
        // 27 facts, the negated clash left out, two relations mentioned twice: 24 relations.
        #expect(links.count == 24)
        #expect(links.contains { $0["predicate"] as? String == "supports" && $0["facts"] as? Int == 2 && $0["first_seen"] as? String == "2016-05-01" })

        let graphml = try Entente.run(["export", "graphml", "--db", db])
        #expect(graphml.status == 0)
        let counter = ElementCounter()
        let parser = XMLParser(data: Data(graphml.stdout.utf8))
        parser.delegate = counter
        #expect(parser.parse(), "GraphML is not well-formed: \(String(describing: parser.parserError))")
        #expect(counter.counts["node"] == nodes.count)
        #expect(counter.counts["edge"] == links.count)

        let csv = try Entente.run(["export", "csv", "--db", db, "--all-facts"])
        let rows = csv.stdout.split(separator: "\n")
        #expect(rows.first?.hasPrefix("subject,predicate,object,class,negated,facts,sources") == true)
        #expect(rows.count == 1 + 26)
    }

    @Test func aPeriodAsOfADayAndMinimumSourcesNarrowTheExport() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try QueryCommandTests.graph(scratch)
        func links(_ extra: [String]) throws -> [String] {
            let result = try Entente.run(["export", "csv", "--db", db] + extra)
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",").prefix(3).joined(separator: " ") }
        }
        #expect(try links(["--since", "2019", "--until", "2021"]) == ["Egypt mediates Israel", "Israel attacks Hezbollah"])
        // On 2016-09-01 with a 30-day window: the August 2016 events, and the YPG–PKK affiliation opened in 2015.
        #expect(
            try links(["--as-of", "2016-09-01", "--window", "30d"]) == [
                "People's Protection Units affiliated_with Kurdistan Workers' Party", "Russia eases_sanctions_on Turkey",
                "Russia meets_with Turkey", "Turkey attacks Kurdistan Workers' Party", "Turkey attacks People's Protection Units",
            ])
        let query = try links(["--query", #"MATCH (a)-[r:supports]->("Hezbollah") RETURN r"#])
        #expect(query == ["Iran supports Hezbollah", "Syria supports Hezbollah"])
    }

    @Test func framesHaveOneFilePerPeriodAndStableNodeIDs() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try QueryCommandTests.graph(scratch)
        let directory = scratch.path("frames")
        let result = try Entente.run(["export", "dot", "--db", db, "--around", "Russia", "--frames-by", "year", "-o", directory])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        #expect(files == ["frame-2015.dot", "frame-2016.dot", "frame-2017.dot"])
        var russiaIDs: Set<String> = []
        for file in files {
            let text = try String(contentsOfFile: directory + "/" + file, encoding: .utf8)
            let line = try #require(text.split(separator: "\n").first { $0.contains(#"[label="Russia""#) })
            russiaIDs.insert(String(line.trimmingCharacters(in: .whitespaces).prefix { $0 != " " }))
            #expect(text.contains("label=\"\(file.dropFirst(6).prefix(4))\""), "the frame is titled by its period")
        }
        #expect(russiaIDs.count == 1)
        let frame2015 = try String(contentsOfFile: directory + "/frame-2015.dot", encoding: .utf8)
        #expect(frame2015.contains("sanctions") && !frame2015.contains("mediates"))
    }

    @Test(.enabled(if: GraphVizTool.available)) func renderCallsDotAndSaysSoWhenItIsMissing() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try QueryCommandTests.graph(scratch)
        let file = scratch.path("g.dot")
        let rendered = try Entente.run(["export", "dot", "--db", db, "-o", file, "--render", "svg"])
        #expect(rendered.status == 0, "\(rendered.stderr)")
        let svg = try String(contentsOfFile: scratch.path("g.svg"), encoding: .utf8)
        #expect(svg.contains("<svg") && svg.contains("Hezbollah"))
        let missing = try Entente.run(
            ["export", "dot", "--db", db, "-o", scratch.path("h.dot"), "--render", "png"], environment: ["PATH": scratch.path("empty")])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("GraphViz 'dot' is not installed, so '\(scratch.path("h.dot"))' was written but not rendered as png"))
        #expect(FileManager.default.fileExists(atPath: scratch.path("h.dot")))
    }

    @Test func badRequestsAreExplainedAndWriteNothing() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try QueryCommandTests.graph(scratch)
        let existing = try scratch.write("keep.dot", "precious\n")
        let unknown = try Entente.run(["export", "dot", "--db", db, "--around", "Turky", "-o", existing])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "Error: no entity named 'Turky'; did you mean 'Turkey'?\n")
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "precious\n")
        for depth in ["0", "7"] {
            let result = try Entente.run(["export", "dot", "--db", db, "--around", "Turkey", "--depth", depth])
            #expect(result.status == 64)
            #expect(result.stderr.contains("Please give a --depth from 1 to 6, not \(depth)."))
        }
        let backwards = try Entente.run(["export", "dot", "--db", db, "--since", "2017", "--until", "2016"])
        #expect(backwards.status == 64)
        #expect(backwards.stderr.contains("Please give an --until (2016) that is not before --since (2017)."))
        let empty = try Entente.run(["export", "dot", "--db", db, "--since", "2030", "-o", scratch.path("empty.dot")])
        #expect(empty.status != 0)
        #expect(empty.stderr.contains("Nothing to export: no relation matches in that period."))
        #expect(!FileManager.default.fileExists(atPath: scratch.path("empty.dot")))
        let unwritable = try Entente.run(["export", "dot", "--db", db, "-o", scratch.path("missing/dir/g.dot")])
        #expect(unwritable.status == 1)
        #expect(unwritable.stderr.contains("Cannot write '\(scratch.path("missing/dir/g.dot"))': the directory '\(scratch.path("missing/dir"))' does not exist. Nothing was written."))
        let both = try Entente.run(["export", "dot", "--db", db, "--as-of", "2016", "--since", "2015"])
        #expect(both.status == 64)
    }
}

@Suite struct SnapshotAndDiffCommandTests {
    @Test func snapshotListsWhatIsAliveWithSince() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try QueryCommandTests.graph(scratch)
        let result = try Entente.run(["snapshot", "--db", db, "--as-of", "2016-09-01", "--window", "30d", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["asOf"] as? String == "2016-09-01")
        let relations = try #require(json["relations"] as? [[String: Any]])
        #expect(relations.count == 5)
        let affiliation = try #require(relations.first { $0["predicate"] as? String == "affiliated_with" })
        #expect(affiliation["validFrom"] as? String == "2015-01-01")
        let around = try Entente.run(["snapshot", "--db", db, "--as-of", "2017-03-31", "--window", "90d", "--around", "Syria", "--depth", "1"])
        #expect(around.status == 0)
        #expect(around.stdout.contains("Russia") && around.stdout.contains("mediates") && !around.stdout.contains("Israel"))
        let nothing = try Entente.run(["snapshot", "--db", db, "--as-of", "2010"])
        #expect(nothing.status != 0 && nothing.stderr.contains("Nothing is alive on 2010-12-31"))
    }

    @Test func diffNamesWhatAppearedDisappearedAndChanged() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try QueryCommandTests.graph(scratch)
        let result = try Entente.run(["diff", "--db", db, "2015", "2016", "--around", "Russia", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = Set(result.stdout.split(separator: "\n").dropFirst().map(String.init))
        #expect(rows.contains("appeared,Russia,meets_with,Turkey,,verbal-cooperation"))
        #expect(rows.contains("disappeared,Turkey,attacks,Russia,material-conflict,"))
        // 2016 has one verbal and one material cooperation fact: a tie goes to the class listed first.
        #expect(rows.contains("changed-class,Russia,,Turkey,material-conflict,verbal-cooperation"))
        let empty = try Entente.run(["diff", "--db", db, "2010", "2016"])
        #expect(empty.status != 0 && empty.stderr.contains("There are no facts in 2010; nothing to compare."))
        let badPeriod = try Entente.run(["diff", "--db", db, "2017..2016", "2018"])
        #expect(badPeriod.status == 64)
    }

    @Test func theQueryLanguageAnswersTheSame() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try QueryCommandTests.graph(scratch)
        let command = try Entente.run(["diff", "--db", db, "2015", "2016", "--around", "Russia", "--format", "csv"])
        let query = try Entente.run(["query", "--db", db, "--format", "csv", #"DIFF 2015 AND 2016 AROUND "Russia""#])
        #expect(query.status == 0, "\(query.stderr)")
        #expect(query.stdout == command.stdout)
        let timeline = try Entente.run(["query", "--db", db, "--format", "csv", #"TIMELINE "Russia" AND "Turkey" BY year"#])
        #expect(timeline.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",").prefix(2).joined(separator: ",") } == ["2015,2", "2016,2", "2017,1"])
        let asOf = try Entente.run(["query", "--db", db, "--format", "csv", "MATCH (a)-[r]->(b) AS OF 2016-09-01 WINDOW 30d RETURN a, b ORDER BY a, b"])
        #expect(asOf.status == 0, "\(asOf.stderr)")
        #expect(asOf.stdout.split(separator: "\n").count == 1 + 5)
        let wrong = try Entente.run(["query", "--db", db, #"TIMELINE "Russia" AND "Turkey" BY fortnight"#])
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("'fortnight' is not a period; use day, week, month, quarter or year"))
        #expect(wrong.stderr.contains("^^^^^^^^^"))
    }

    @Test func timelineChartIsWellFormedSVG() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try QueryCommandTests.graph(scratch)
        let file = scratch.path("chart.svg")
        let result = try Entente.run(["timeline", "--db", db, "Russia", "Turkey", "--by", "quarter", "--svg", file])
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try String(contentsOfFile: file, encoding: .utf8)
        let counter = ElementCounter()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = counter
        #expect(parser.parse())
        #expect(counter.counts["svg"] == 1)
        // One bar per class present in each period: 2015-Q4 has conflict, 2016-Q3 cooperation (two), 2017-Q1 one.
        #expect(counter.counts["rect", default: 0] >= 4)
        #expect(svg.contains("2015-Q4") && svg.contains("2017-Q1") && svg.contains("balance"))
    }
}

/// Counts the elements of an XML document by name.
final class ElementCounter: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        counts[elementName, default: 0] += 1
    }
}
