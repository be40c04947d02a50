import EntenteModel
import Foundation
import Testing

@Suite struct PredicateVocabularyTests {
    /// CAMEO's Goldstein table, from the fixture copied from GDELT's lookup files.
    static func cameoTable(_ name: String) throws -> [String: String] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: "tsv"))
        let text = try String(contentsOf: url, encoding: .utf8)
        var table: [String: String] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            table[String(fields[0])] = String(fields[1])
        }
        return table
    }

    @Test func everyGoldsteinScoreIsCAMEOs() throws {
        let goldstein = try Self.cameoTable("cameo-goldsteinscale")
        let codes = try Self.cameoTable("cameo-eventcodes")
        for definition in PredicateVocabulary.standard.sorted {
            guard let code = definition.cameo else {
                #expect(definition.relationClass == .structural, "\(definition.name) has no CAMEO code")
                continue
            }
            #expect(codes[code] != nil, "\(definition.name): CAMEO code \(code) does not exist")
            let expected = try #require(goldstein[code].flatMap(Double.init), "\(definition.name): no score for \(code)")
            #expect(definition.goldstein == expected, "\(definition.name): \(String(describing: definition.goldstein)) ≠ \(expected)")
        }
    }

    @Test func coversEveryPLOVERTypeAndTheStructuralRelations() {
        let plover = Set(PredicateVocabulary.standard.sorted.compactMap(\.plover))
        for type in [
            "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE", "DEMAND",
            "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "FIGHT",
        ] {
            #expect(plover.contains(type), "no predicate for PLOVER \(type)")
        }
        for name in ["member_of", "part_of", "ally_of", "leader_of", "located_in"] {
            #expect(PredicateVocabulary.standard[name]?.relationClass == .structural)
        }
    }

    @Test func classesFollowCAMEOQuadClasses() {
        for definition in PredicateVocabulary.standard.sorted {
            guard let code = definition.cameo, let root = Int(code.prefix(2)) else { continue }
            let expected: RelationClass =
                switch root {
                case 1: .neutral
                case 2...5: .verbalCooperation
                case 6...8: .materialCooperation
                case 9...13: .verbalConflict
                default: .materialConflict
                }
            #expect(definition.relationClass == expected, "\(definition.name) (\(code))")
        }
    }

    @Test func reportsTheLineOfABadRow() {
        let text = "name\tclass\tcameo\tplover\tgoldstein\tsymmetric\tdescription\nsupports\tfriendly\t050\tSUPPORT\t3.5\t0\tbacks\n"
        #expect(throws: DataFileError(.init(file: "extra.tsv", line: 2), "'friendly' is not a relation class")) {
            try PredicateVocabulary.parse(tsv: text, file: "extra.tsv")
        }
    }

    @Test func normalisesLabelsToNames() {
        #expect(PredicateDefinition.normalisedName("Clashes with") == "clashes_with")
        #expect(PredicateDefinition.normalisedName("coordinate-with") == "coordinate_with")
    }
}
