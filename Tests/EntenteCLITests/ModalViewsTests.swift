import Foundation
import Testing
import EntenteTestSupport

/// A conditional threat ("Israel would strike …") stored as hypothetical is not an attack:
/// every view leaves it out unless asked (`--include-modal`), and then shows it marked.
@Suite struct ModalViewsTests {
    /// On the day of a ceasefire, a hypothetical strike beside the truce; an attack the month before.
    static func graph(_ scratch: Scratch) throws -> String {
        let facts = [
            #"{"subject": "Israel", "subject_kind": "actor", "predicate": "attacks", "object": "Hezbollah", "object_kind": "organisation", "date": "2024-10-01", "evidence": "Israel attacked Hezbollah positions in southern Lebanon."}"#,
            #"{"subject": "Israel", "subject_kind": "actor", "predicate": "ceasefire_with", "object": "Hezbollah", "object_kind": "organisation", "date": "2024-11-27", "evidence": "A ceasefire between Israel and Hezbollah took effect on Wednesday."}"#,
            #"{"subject": "Israel", "subject_kind": "actor", "predicate": "strikes_from_air", "object": "Hezbollah", "object_kind": "organisation", "date": "2024-11-27", "modality": "hypothetical", "evidence": "Israel would strike Hezbollah if it violated the truce, Netanyahu said."}"#,
        ]
        let file = try scratch.write("ceasefire.jsonl", facts.joined(separator: "\n") + "\n")
        let db = scratch.path("ceasefire.sqlite")
        let imported = try Entente.run(["import", "triples", "--db", db, file])
        #expect(imported.status == 0, "\(imported.stderr)")
        return db
    }

    static func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    @Test func theTimelineCountsTheThreatOnlyWhenAsked() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try Self.graph(scratch)
        let plain = try Entente.run(["timeline", "--db", db, "Israel", "Hezbollah", "--by", "month", "--format", "csv"])
        #expect(plain.status == 0, "\(plain.stderr)")
        // The ceasefire month: one fact, the truce, cooperation only, Goldstein +9.
        #expect(Self.lines(plain.stdout) == [
            "period,facts,sources,verbal-cooperation,material-cooperation,verbal-conflict,material-conflict,neutral,structural,goldstein,balance",
            "2024-10,1,1,0,0,0,1,0,0,-10.0,-1.0",
            "2024-11,1,1,0,1,0,0,0,0,9.0,1.0",
        ])
        let asked = try Entente.run(["timeline", "--db", db, "Israel", "Hezbollah", "--by", "month", "--format", "csv", "--include-modal"])
        #expect(asked.status == 0, "\(asked.stderr)")
        #expect(Self.lines(asked.stdout) == [
            "period,facts,modal,sources,verbal-cooperation,material-cooperation,verbal-conflict,material-conflict,neutral,structural,goldstein,balance",
            "2024-10,1,0,1,0,0,0,1,0,0,-10.0,-1.0",
            "2024-11,2,1,1,0,1,0,1,0,0,-0.5,0.0",
        ])
        let table = try Entente.run(["timeline", "--db", db, "Israel", "Hezbollah", "--include-modal"])
        #expect(table.stdout.contains("\nmodal "))
    }

    @Test func aTimelineOfOnlyModalFactsSaysWhatWasLeftOut() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let file = try scratch.write(
            "threat.jsonl",
            #"{"subject": "Israel", "subject_kind": "actor", "predicate": "strikes_from_air", "object": "Iran", "object_kind": "actor", "date": "2024-10-02", "modality": "hypothetical"}"# + "\n")
        let db = scratch.path("threat.sqlite")
        #expect(try Entente.run(["import", "triples", "--db", db, file]).status == 0)
        let plain = try Entente.run(["timeline", "--db", db, "Israel", "Iran"])
        #expect(plain.status == 1)
        #expect(plain.stderr.contains(
            "There are no dated facts between Israel and Iran that are asserted or reported; 1 hypothetical, future, advocated or hedged fact is left out (--include-modal shows them)."))
        #expect(try Entente.run(["timeline", "--db", db, "Israel", "Iran", "--include-modal"]).status == 0)
    }

    @Test func theSnapshotListsTheThreatApartWhenAsked() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try Self.graph(scratch)
        let plain = try Entente.run(["snapshot", "--db", db, "--as-of", "2024-11-30", "--format", "csv"])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(Self.lines(plain.stdout).dropFirst().map { $0.split(separator: ",").prefix(3).joined(separator: ",") } == [
            "Israel,attacks,Hezbollah", "Israel,ceasefire_with,Hezbollah",
        ])
        let asked = try Entente.run(["snapshot", "--db", db, "--as-of", "2024-11-30", "--format", "csv", "--include-modal"])
        #expect(Self.lines(asked.stdout).dropFirst().map { $0.split(separator: ",").prefix(4).joined(separator: ",") } == [
            "Israel,attacks,Hezbollah,material-conflict", "Israel,ceasefire_with,Hezbollah,material-cooperation",
            "Israel,strikes_from_air (hypothetical),Hezbollah,material-conflict",
        ])
        let json = try Entente.run(["snapshot", "--db", db, "--as-of", "2024-11-30", "--format", "json", "--include-modal"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let relations = try #require(document["relations"] as? [[String: Any]])
        #expect(relations.compactMap { $0["modality"] as? String } == ["hypothetical"])
    }

    @Test func theDiffComparesTheThreatAsARelationOfItsOwn() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try Self.graph(scratch)
        let plain = try Entente.run(["diff", "--db", db, "2024-10", "2024-11", "--format", "csv"])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(Self.lines(plain.stdout) == [
            "change,subject,predicate,object,before,after",
            "appeared,Israel,ceasefire_with,Hezbollah,,material-cooperation",
            "changed-class,Hezbollah,,Israel,material-conflict,material-cooperation",
            "disappeared,Israel,attacks,Hezbollah,material-conflict,",
        ])
        let asked = try Entente.run(["diff", "--db", db, "2024-10", "2024-11", "--format", "csv", "--include-modal"])
        // The threat appears on its own line; the truce still decides the pair's class.
        #expect(Self.lines(asked.stdout) == [
            "change,subject,predicate,object,before,after",
            "appeared,Israel,ceasefire_with,Hezbollah,,material-cooperation",
            "appeared,Israel,strikes_from_air (hypothetical),Hezbollah,,material-conflict",
            "changed-class,Hezbollah,,Israel,material-conflict,material-cooperation",
            "disappeared,Israel,attacks,Hezbollah,material-conflict,",
        ])
    }

    @Test func changesTellTheThreatOnlyWhenAsked() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try Self.graph(scratch)
        let plain = try Entente.run(["changes", "--db", db, "Israel"])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stdout.hasPrefix("Israel: 2 facts, newest first\n"))
        #expect(!plain.stdout.contains("strikes"))
        let asked = try Entente.run(["changes", "--db", db, "Israel", "--include-modal"])
        #expect(asked.stdout.contains("2024-11-27  Israel strikes from air Hezbollah (hypothetical)\n"))
    }

    @Test func exportsLeaveTheThreatOutAndDrawItDashedAndLabelledWhenAsked() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try Self.graph(scratch)
        let plain = try Entente.run(["export", "dot", "--db", db])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(!plain.stdout.contains("strikes from air"))
        #expect(!plain.stdout.contains("style=dashed]"))
        let asked = try Entente.run(["export", "dot", "--db", db, "--include-modal"])
        #expect(asked.status == 0, "\(asked.stderr)")
        let threat = try #require(Self.lines(asked.stdout).first { $0.contains("strikes from air") })
        #expect(threat.contains(#"label="strikes from air (hypothetical)\n2024-11-27""#))
        #expect(threat.contains("style=dashed"))
        let truce = try #require(Self.lines(asked.stdout).first { $0.contains("ceasefire with") && $0.contains("->") && !$0.contains("legend") })
        #expect(!truce.contains("style=dashed"))
        #expect(asked.stdout.contains(#"label="negated, uncertain or modal", style=dashed"#))

        // GraphViz itself accepts the drawing, draws the label and dashes the edge.
        guard GraphVizTool.available else { return }
        let file = try scratch.write("ceasefire.dot", asked.stdout)
        let svg = try GraphVizTool.run(file, format: "svg")
        #expect(svg.status == 0 && svg.warnings.isEmpty, "\(svg.warnings)")
        let drawn = GraphVizTool.drawnTexts(svg: svg.output)
        #expect(drawn.contains("strikes from air (hypothetical)"))
        let json = try GraphVizTool.run(file, format: "json")
        #expect(json.status == 0, "\(json.warnings)")
        let laidOut = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let edges = (laidOut["edges"] as? [[String: Any]]) ?? []
        let drawnThreat = try #require(edges.first { ($0["label"] as? String)?.hasPrefix("strikes from air (hypothetical)") == true })
        #expect(drawnThreat["style"] as? String == "dashed")
    }

    @Test func graphMLJSONAndCSVCarryTheModality() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try Self.graph(scratch)
        let csv = try Entente.run(["export", "csv", "--db", db])
        #expect(Self.lines(csv.stdout).count == 3)
        #expect(Self.lines(csv.stdout).first?.hasSuffix(",modality,subject_role,object_role") == true)
        let csvAsked = try Entente.run(["export", "csv", "--db", db, "--include-modal"])
        let threatRow = try #require(Self.lines(csvAsked.stdout).first { $0.contains("strikes_from_air") })
        #expect(threatRow.hasSuffix(",hypothetical,,"))
        let json = try Entente.run(["export", "json", "--db", db, "--include-modal"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let links = try #require(document["links"] as? [[String: Any]])
        #expect(links.count == 3)
        #expect(links.compactMap { $0["modality"] as? String } == ["hypothetical"])
        let plainJSON = try Entente.run(["export", "json", "--db", db])
        #expect(!plainJSON.stdout.contains("strikes_from_air"))
        let graphML = try Entente.run(["export", "graphml", "--db", db, "--include-modal"])
        #expect(graphML.stdout.contains(#"<data key="modality">hypothetical</data>"#))
    }

    @Test func queriesMatchTheThreatWhenTheyAskAboutModality() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try Self.graph(scratch)
        let count = #"MATCH ("Israel")-[r:material-conflict]->(b) RETURN b, count(r) AS facts"#
        let plain = try Entente.run(["query", "--db", db, "--format", "csv", count])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(Self.lines(plain.stdout) == ["b,facts", "Hezbollah,1"])
        let included = try Entente.run(["query", "--db", db, "--format", "csv", "--include-modal", count])
        #expect(Self.lines(included.stdout) == ["b,facts", "Hezbollah,2"])
        let asked = try Entente.run([
            "query", "--db", db, "--format", "csv", #"MATCH ("Israel")-[r]->(b) WHERE r.modality <> 'asserted' RETURN r, r.modality"#,
        ])
        #expect(Self.lines(asked.stdout) == [
            "r,r.modality", "Israel –strikes_from_air (hypothetical)→ Hezbollah (2024-11-27),hypothetical",
        ])
        let timeline = try Entente.run(["query", "--db", db, "--format", "csv", #"TIMELINE "Israel" AND "Hezbollah" BY month"#])
        #expect(Self.lines(timeline.stdout).last?.hasPrefix("2024-11,1,") == true)
        let timelineIncluded = try Entente.run([
            "query", "--db", db, "--format", "csv", "--include-modal", #"TIMELINE "Israel" AND "Hezbollah" BY month"#,
        ])
        #expect(Self.lines(timelineIncluded.stdout).last?.hasPrefix("2024-11,2,") == true)
        let dot = try Entente.run(["query", "--db", db, "--format", "dot", "--include-modal", #"MATCH ("Israel")-[r]->(b) RETURN r"#])
        // The modal hop is one dashed edge, labelled with its modality and date (as `export dot` draws it).
        let modalEdge = dot.stdout.split(separator: "\n").first { $0.contains(#"label="strikes from air (hypothetical)\n2024-11-27""#) }
        #expect(modalEdge?.hasSuffix("style=dashed];") == true, "\(dot.stdout)")
    }
}
