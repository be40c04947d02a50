import Foundation
import Testing
import EntenteTestSupport

/// Facts whose two parties are one entity (GDELT's `MYSBUS` rejecting `GOV MINISTRY` in Kuala
/// Lumpur) show both roles, and every view leaves them out with `--no-domestic`.
@Suite struct DomesticViewsTests {
    static let fixtures = ["gdelt1-slice.tsv", "gdelt2-slice.tsv"].map {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("EntenteTests/Fixtures/events/\($0)").path
    }

    static func graph(_ scratch: Scratch) throws -> String {
        let db = scratch.path("gdelt.sqlite")
        let imported = try Entente.run(["import", "gdelt", "--db", db] + fixtures)
        #expect(imported.status == 0, "\(imported.stderr)")
        // The import summary counts the rows of a generic actor in an event of no known country.
        #expect(imported.stdout.contains("  2  generic actor (police, president…) and no event country"), "\(imported.stdout)")
        #expect(imported.stdout.contains("gdelt2-slice.tsv:52: 'POLICE' is a generic actor and the event has no country"))
        return db
    }

    /// Runs a view with and without `--no-domestic`; both succeed.
    static func both(_ arguments: [String]) throws -> (all: String, foreign: String) {
        let all = try Entente.run(arguments)
        #expect(all.status == 0, "\(arguments): \(all.stderr)")
        let foreign = try Entente.run(arguments + ["--no-domestic"])
        #expect(foreign.status == 0, "\(arguments) --no-domestic: \(foreign.stderr)")
        return (all.stdout, foreign.stdout)
    }

    @Test func factsShowBothRolesAndNoDomesticDropsThem() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try Self.graph(scratch)
        let (all, foreign) = try Self.both(["facts", "--db", db, "--about", "Malaysia", "--format", "csv"])
        #expect(all.contains("2016-07-27,Malaysia (business),rejects,Malaysia (government),"), "\(all)")
        #expect(!foreign.contains("Malaysia (business)"))
        #expect(foreign.contains("Malaysia,releases_person") || foreign.contains(",Malaysia,"), "\(foreign)")
    }

    @Test func everyViewLeavesDomesticFactsOut() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try Self.graph(scratch)

        let changes = try Self.both(["changes", "--db", db, "Malaysia"])
        #expect(changes.all.contains("Malaysia (business) rejects Malaysia (government)"))
        #expect(!changes.foreign.contains("Malaysia (business)"))

        let snapshot = try Self.both(["snapshot", "--db", db, "--as-of", "2016-07-31", "--format", "csv"])
        #expect(snapshot.all.contains("Malaysia (business),rejects,Malaysia (government),"), "\(snapshot.all)")
        #expect(!snapshot.foreign.contains("Malaysia (business)"))

        let diff = try Self.both(["diff", "--db", db, "2016", "2018", "--format", "csv"])
        #expect(diff.all.contains("disappeared,Malaysia (business),rejects,Malaysia (government)"), "\(diff.all)")
        #expect(!diff.foreign.contains("Malaysia (business)"))

        let export = try Self.both(["export", "csv", "--db", db])
        let selfLoops = { (text: String) in
            text.split(separator: "\n").dropFirst().filter { line in
                let fields = line.split(separator: ",", omittingEmptySubsequences: false)
                return fields.count > 2 && fields[0] == fields[2]
            }.count
        }
        #expect(selfLoops(export.all) > 0, "\(export.all.prefix(300))")
        #expect(selfLoops(export.foreign) == 0)

        let query = try Self.both(["query", "--db", db, "MATCH (a)-[r]->(a) RETURN count(r) AS loops", "--format", "csv"])
        #expect(query.all != "loops\n0\n")
        #expect(query.foreign == "loops\n0\n")

        // Between Malaysia and itself, every fact is domestic.
        let timeline = try Entente.run(["timeline", "--db", db, "Malaysia", "Malaysia", "--by", "year", "--format", "csv"])
        #expect(timeline.stdout.contains("\n2016,1,"), "\(timeline.stdout)")
        let none = try Entente.run(["timeline", "--db", db, "Malaysia", "Malaysia", "--by", "year", "--no-domestic"])
        #expect(none.status == 1)
        #expect(none.stderr.contains("There are no dated facts between Malaysia and Malaysia"), "\(none.stderr)")
        #expect(none.stderr.contains("; --no-domestic removed 4 domestic facts, whose two parties are one entity"), "\(none.stderr)")
    }

    @Test func exportsAndQueriesShowTheObjectsRole() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let db = try Self.graph(scratch)
        // One edge per relation: a domestic one keeps both roles.
        let csv = try Entente.run(["export", "csv", "--db", db])
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(csv.stdout.hasPrefix("subject,predicate,object,class,negated,facts,sources,first_seen,last_seen,confidence,subject_kind,object_kind,modality,subject_role,object_role\n"))
        #expect(csv.stdout.contains("\nMalaysia,rejects,Malaysia,verbal-conflict,false,1,1,2016-07-27,2016-07-27,0.5,actor,actor,,business,government\n"), "\(csv.stdout)")
        // One edge per fact: every fact keeps its roles, domestic or not.
        let perFact = try Entente.run(["export", "csv", "--db", db, "--all-facts"])
        #expect(perFact.stdout.contains("\nCosta Rica,"), "\(perFact.stdout)")
        #expect(perFact.stdout.split(separator: "\n").contains { $0.hasPrefix("Costa Rica,") && $0.hasSuffix(",government") }, "\(perFact.stdout)")

        let json = try Entente.run(["export", "json", "--db", db])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let links = try #require(document["links"] as? [[String: Any]])
        #expect(links.contains { $0["subject_role"] as? String == "business" && $0["object_role"] as? String == "government" }, "\(json.stdout.prefix(500))")

        let graphml = try Entente.run(["export", "graphml", "--db", db])
        #expect(graphml.stdout.contains(#"<key id="object_role" for="edge" attr.name="object_role" attr.type="string"/>"#), "\(graphml.stdout.prefix(1500))")
        #expect(graphml.stdout.contains(#"<data key="object_role">government</data>"#))

        let query = try Entente.run(["query", "--db", db, "--format", "csv", "MATCH (a)-[r]->(b) WHERE r.object_role = 'government' RETURN a, r.role, r.object_role, b"])
        #expect(query.status == 0, "\(query.stderr)")
        #expect(query.stdout.contains("\nMalaysia,business,government,Malaysia\n"), "\(query.stdout)")
        #expect(query.stdout.contains("\nCosta Rica,,government,Guatemala\n"), "\(query.stdout)")
    }
}
