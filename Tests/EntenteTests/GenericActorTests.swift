import Entente
import EntenteEvents
import Foundation
import GRDB
import Testing

/// Generic actors (GDELT's `POLICE`, ICEWS's `Citizen (International)`) are the event's country
/// in that role, never worldwide entities; regions are places; a fact whose two parties are one
/// entity keeps both roles, and views can leave it out.
@Suite struct GenericActorTests {
    static func importedGDELT() throws -> (GraphStore, String, EventImportReport) {
        let (store, path) = try EventImportTests.temporaryStore()
        let report = try EventImport(dataset: .gdelt).run(
            [try EventImportTests.fixture("gdelt2-slice.tsv"), try EventImportTests.fixture("gdelt1-slice.tsv")], into: store)
        return (store, path, report)
    }

    @Test func noWorldwidePoliceAfterTheGDELTSamples() throws {
        let (_, path, _) = try Self.importedGDELT()
        defer { try? FileManager.default.removeItem(atPath: path) }
        // Before, `COP POLICE` and its kind became single actors with facts all over the world.
        let generics = try EventImportTests.count(
            path,
            """
            SELECT count(*) FROM entity
            WHERE name IN ('Police', 'Policeman', 'Detective', 'Trooper', 'Constable', 'Prison', 'Deputies', 'Student',
                           'Property Owner', 'Civilian', 'Ministry', 'Bank', 'News Outlet', 'Lawyer', 'Tourism Industry')
            """)
        #expect(generics == 0)
        // POLICE of gdelt2-slice.tsv:6, in Berlin: Germany in the role of the police.
        let police = try EventImportTests.count(
            path,
            """
            SELECT count(*) FROM fact AS f JOIN entity AS s ON s.id = f.subject_id
            WHERE f.external_id = 'gdelt:881990837' AND s.name = 'Germany' AND f.role = 'police forces'
            """)
        #expect(police == 1)
    }

    @Test func aGenericActorWithoutAnEventCountryIsCountedUnderItsReason() throws {
        let (_, path, report) = try Self.importedGDELT()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reason = "generic actor (police, president…) and no event country"
        #expect(report.skipped[reason] == 2)
        let example = try #require(report.examples.first { $0.reason.contains("generic actor") })
        #expect(example.description.hasSuffix("gdelt2-slice.tsv:52: 'POLICE' is a generic actor and the event has no country"))
    }

    @Test func aDomesticFactShowsBothRolesAndNoDomesticLeavesItOut() throws {
        let (store, path, _) = try Self.importedGDELT()
        defer { try? FileManager.default.removeItem(atPath: path) }
        // MYSBUS rejects GOV MINISTRY in Kuala Lumpur: Malaysia (business) against Malaysia (government).
        let facts = try store.facts(about: "Malaysia")
        let domestic = try #require(facts.first { $0.predicate == "rejects" })
        #expect(domestic.domestic)
        #expect(domestic.subjectLabel == "Malaysia (business)")
        #expect(domestic.objectLabel == "Malaysia (government)")
        // A fact between two entities names them plainly, whatever their roles.
        let abroad = try #require(facts.first { !$0.domestic && $0.role != nil })
        #expect(abroad.subjectLabel == abroad.subject)

        let kept = try store.facts(about: "Malaysia", excludeDomestic: true)
        #expect(!kept.isEmpty)
        #expect(kept.allSatisfy { !$0.domestic })
        #expect(kept.count == facts.count - facts.filter(\.domestic).count)

        let relations = try store.relations(.init())
        let rejects = try #require(relations.first { $0.subject.name == "Malaysia" && $0.isDomestic && $0.predicate == "rejects" })
        #expect(rejects.subjectLabel == "Malaysia (business)")
        #expect(rejects.objectLabel == "Malaysia (government)")
        #expect(try store.relations(.init(excludeDomestic: true)).allSatisfy { !$0.isDomestic })
    }

    @Test func aRegionIsAPlaceNotAnActor() throws {
        // A real row (gdelt2-slice.tsv:42, Saudi Arabia hosts the United Kingdom) with Actor1 made `AFR AFRICA`, as GDELT codes Africa.
        let line = try String(contentsOfFile: try EventImportTests.fixture("gdelt2-slice.tsv"), encoding: .utf8)
            .split(separator: "\n")[41]
        var fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        fields[5] = "AFR"
        fields[6] = "AFRICA"
        fields[7] = "AFR"
        guard case .event(let event) = GDELTRowReader().read(fields) else {
            Issue.record("the row did not become an event")
            return
        }
        #expect(event.subject.name == "Africa")
        #expect(event.subject.kind == .place)
    }

    @Test func anICEWSSectorOfNoKnownCountryTakesTheEventCountry() throws {
        let header = ["Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
                      "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher",
                      "City", "District", "Province", "Country", "Latitude", "Longitude"].joined(separator: "\t")
        let rows = [
            // Citizens of nowhere in particular protest against Ukraine's police, in Ukraine.
            ["1", "2014-04-03", "Citizen (International)", "NA", "NA", "Demonstrate or rally", "141", "-6.5", "Police (Ukraine)",
             "Police", "Ukraine", "7", "1", "Test", "Kyiv", "NA", "Kyiv", "Ukraine", "50.45", "30.52"],
            // The same with no country anywhere: counted, not stored.
            ["2", "2014-04-03", "Citizen (International)", "NA", "NA", "Demonstrate or rally", "141", "-6.5", "Police (Ukraine)",
             "Police", "Ukraine", "8", "1", "Test", "NA", "NA", "NA", "NA", "NA", "NA"],
        ].map { $0.joined(separator: "\t") }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("icews-generic-\(UUID().uuidString).tsv").path
        try ([header] + rows).joined(separator: "\n").appending("\n").write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let (store, path) = try EventImportTests.temporaryStore()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let report = try EventImport(dataset: .icews).run([file], into: store)
        #expect(report.factsStored == 1)
        #expect(report.skipped == ["generic actor (police, president…) and no event country": 1])
        let fact = try #require(try store.facts(about: "Ukraine").first)
        #expect(fact.subjectLabel == "Ukraine (citizen)")
        #expect(fact.objectLabel == "Ukraine (police)")
        #expect(try EventImportTests.count(path, "SELECT count(*) FROM entity WHERE name LIKE 'Citizen%'") == 0)
    }
}
