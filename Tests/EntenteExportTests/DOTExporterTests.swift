import EntenteExport
import EntenteModel
import Foundation
import Testing

/// The DOT writer: one node per entity (by id, not by name), labels escaped, output sorted.
@Suite struct DOTExporterTests {
    static func entity(_ id: Int64, _ name: String, _ kind: EntityKind = .actor) -> EntityReference {
        EntityReference(id: id, name: name, kind: kind, type: kind == .place ? "region" : "state", iso3: nil)
    }

    static func relation(_ subject: EntityReference, _ predicate: String, _ object: EntityReference, negated: Bool = false) -> RelationSummary {
        RelationSummary(
            subject: subject, predicate: predicate, relationClass: .materialConflict, object: object, negated: negated, facts: 1,
            sources: 1, firstSeen: "2017-03-23", lastSeen: "2017-03-23", confidence: 0.9)
    }

    @Test func twoEntitiesThatShareANameAreTwoNodes() {
        let russia = Self.entity(1, "Russia")
        let georgiaState = Self.entity(3, "Georgia")
        let georgiaRegion = Self.entity(4, "Georgia", .place)
        let graph = ExportGraph(edges: [Self.relation(russia, "attacks", georgiaState), Self.relation(russia, "attacks", georgiaRegion)])
        #expect(graph.nodes.count == 3)
        #expect(graph.id(of: georgiaState) != graph.id(of: georgiaRegion))
        let dot = DOTExporter(options: .init(legend: false)).render(graph)
        #expect(dot.components(separatedBy: #"[label="Georgia""#).count == 3)
        #expect(dot.contains("\(graph.id(of: russia)) -> \(graph.id(of: georgiaState)) [label="))
        #expect(dot.contains("\(graph.id(of: russia)) -> \(graph.id(of: georgiaRegion)) [label="))
    }

    @Test func theSameGraphIsTheSameTextWhateverTheOrderItCameIn() {
        let (a, b, c) = (Self.entity(1, "Alpha"), Self.entity(2, "Beta"), Self.entity(3, "Gamma"))
        let edges = [Self.relation(a, "attacks", b), Self.relation(b, "attacks", c), Self.relation(c, "attacks", a)]
        let forward = DOTExporter().render(ExportGraph(edges: edges))
        let backward = DOTExporter().render(ExportGraph(edges: edges.reversed()))
        #expect(forward == backward)
        #expect(forward.contains("cluster_legend"))
    }

    @Test func aNegatedRelationIsDashedAndSaysNot() {
        let (a, b) = (Self.entity(1, "Alpha"), Self.entity(2, "Beta"))
        let dot = DOTExporter(options: .init(legend: false)).render(ExportGraph(edges: [Self.relation(a, "clashes_with", b, negated: true)]))
        let edge = dot.split(separator: "\n").first { $0.contains("->") }
        #expect(edge?.contains(#"label="not clashes with\n2017-03-23""#) == true, "\(dot)")
        #expect(edge?.hasSuffix("style=dashed];") == true, "\(dot)")
    }

    @Test func labelsAreOneQuotedStringWhateverTheyContain() {
        #expect(DOTEscaping.quoted(#"Say "hi" \ back"#) == #""Say \"hi\" \\ back""#)
        #expect(DOTEscaping.quoted("two\nlines") == #""two\nlines""#)
        #expect(DOTEscaping.quoted("A & B") == #""A &amp; B""#)
    }
}
