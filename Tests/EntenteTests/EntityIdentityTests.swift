import Entente
import Foundation
import GRDB
import Testing

/// One entity per real actor: the example articles, the GDELT slices and the ICEWS-layout slices
/// imported into one SQLite file, then duplicates, merges and ambiguous names.
@Suite(.serialized) struct EntityIdentityTests {
    static let examples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Examples/articles").path

    /// A fresh database holding the example articles and every GDELT and ICEWS fixture.
    static func samples() throws -> (GraphStore, String) {
        let (store, path) = try EventImportTests.temporaryStore()
        let report = KnowledgeGraph(store: store).ingest(try InputFile.expand([examples]))
        #expect(report.failures.isEmpty && report.factsAdded > 0)
        _ = try EventImport(dataset: .gdelt).run(
            [try EventImportTests.fixture("gdelt2-slice.tsv"), try EventImportTests.fixture("gdelt1-slice.tsv")], into: store)
        let icews = try EventImport(dataset: .icews).run(
            try ["icews-events.tsv", "icews-2018-slice.tsv", "icews-kg.tsv", "icews14-slice.tsv"].map(EventImportTests.fixture), into: store)
        #expect(icews.unreadable.isEmpty && icews.factsStored > 200)
        return (store, path)
    }

    static func rows(_ fixture: String) throws -> [[String]] {
        try String(contentsOfFile: try EventImportTests.fixture(fixture), encoding: .utf8).split(separator: "\n")
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func samplesBesideTheExamplesGiveOneEntityPerNameAndEachOrganisationOnce() throws {
        let (store, path) = try Self.samples()
        defer { try? FileManager.default.removeItem(atPath: path) }
        // No folded name belongs to two entities, of the same kind or not (a country as a place is the state).
        let shared = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT name_key FROM entity GROUP BY name_key HAVING count(*) > 1")
        }
        #expect(shared == [])
        #expect(try store.duplicates().filter { $0.reason == .sameName }.isEmpty)
        // Each organisation the slices name (as ICEWS, GDELT and the gazetteer write it) is one entity with facts.
        for (name, alsoKnownAs) in [
            ("Hezbollah", "Hizbollah"), ("Houthis", "Ansar Allah"), ("European Union", "THE EU"), ("United Nations", "U.N."),
            ("UN Security Council", "Security Council"), ("Taliban", "the Taliban"), ("African Union", "AU"),
            ("North Atlantic Treaty Organization", "NATO"),
        ] {
            let entity = try store.entity(named: name)
            #expect(entity.kind == .organisation && entity.factCount > 0, "\(name)")
            #expect(try store.entity(named: alsoKnownAs).id == entity.id, "\(alsoKnownAs) is \(name)")
            let holders = try DatabaseQueue(path: path).read { db in
                try Int.fetchOne(db, sql: "SELECT count(DISTINCT entity_id) FROM alias WHERE key = ?", arguments: [NameKey(name).rawValue])!
            }
            #expect(holders == 1, "\(name) names \(holders) entities")
        }
        // A place of ICEWS's country name no longer hides Russia's alias.
        let russianFederation = try store.facts(about: "Russian Federation")
        #expect(!russianFederation.isEmpty && russianFederation.allSatisfy { $0.subject == "Russia" || $0.object == "Russia" })
        // ICEWS's full name of a known person is the gazetteer's person.
        #expect(try store.entity(named: "Sergey Viktorovich Lavrov").name == "Sergei Lavrov")
    }

    @Test func sectorActorsAreTheirCountryInTheirRole() throws {
        let (store, path) = try Self.samples()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let rows = try Self.rows("icews14-slice.tsv")
        let police = rows.filter { $0[0] == "Police (Ukraine)" }
        #expect(police.count >= 5)
        let stored = try DatabaseQueue(path: path).read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT s.name, f.role FROM fact AS f JOIN entity AS s ON s.id = f.subject_id
                    JOIN article AS a ON a.id = f.article_id
                    WHERE a.title = 'icews14-slice.tsv' AND f.evidence IS NOT NULL
                    """
            ).map { ($0[0] as String, $0[1] as String?) }
        }
        #expect(stored.filter { $0 == ("Ukraine", "police") }.count == Set(police.map { $0.joined(separator: "\t") }).count)
        #expect(stored.contains { $0 == ("Ukraine", "foreign affairs") })
        #expect(throws: StoreError.self) { try store.entity(named: "Police (Ukraine)") }
        let kenya = try store.facts(about: "Kenya")
        #expect(kenya.contains { $0.predicate == "arrests" && $0.subject == "Kenya" && $0.role == "police" })
    }

    @Test func the2014RussiaUkraineTimelineCountsTheICEWSRows() throws {
        let (store, path) = try Self.samples()
        defer { try? FileManager.default.removeItem(atPath: path) }
        func party(_ name: String) -> String? {
            for country in ["Russia", "Ukraine"] where name == country || name.hasSuffix("(\(country))") { return country }
            return nil
        }
        let expected = Set(
            try (Self.rows("icews14-slice.tsv") + Self.rows("icews-kg.tsv")).filter { Set([party($0[0]), party($0[2])]) == ["Russia", "Ukraine"] }
                .map { $0.joined(separator: "\t") }
        ).count
        #expect(expected >= 5)
        let russia = try store.entity(named: "Russia")
        let ukraine = try store.entity(named: "Ukraine")
        let entries = try store.timelineEntries(
            between: russia.id, and: ukraine.id, since: FactDate(year: 2014), until: FactDate(year: 2014))
        let fromICEWS = try DatabaseQueue(path: path).read { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT count(*) FROM fact WHERE external_id LIKE 'icews-kg:%' AND date_start LIKE '2014-%'
                    AND ((subject_id = ? AND object_id = ?) OR (subject_id = ? AND object_id = ?))
                    """,
                arguments: [russia.id, ukraine.id, ukraine.id, russia.id])!
        }
        #expect(fromICEWS == expected)
        #expect(entries.count >= expected)
    }

    /// An ICEWS14-style file written for the test: `Frants Klintsevich` in some rows, `Franz` in others.
    static func klintsevichFile(_ rows: [String]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("klintsevich-\(UUID().uuidString).tsv").path
        try (rows.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func mergeMovesFactsAliasesAndCodesAndSurvivesAReimport() throws {
        let (store, path) = try EventImportTests.temporaryStore()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let file = try Self.klintsevichFile([
            "Franz Klintsevich\tMake statement\tUkraine\t2016-11-02",
            "Frants Klintsevich\tCriticize or denounce\tTurkey\t2015-11-25",
            "Turkey\tAccuse\tFrants Klintsevich\t2015-11-26",
        ])
        defer { try? FileManager.default.removeItem(atPath: file) }
        _ = try EventImport(dataset: .icews).run([file], into: store)
        let pair = try #require(try store.duplicates().first { $0.reason == .nameVariant })
        #expect(Set([pair.first.name, pair.second.name]) == ["Franz Klintsevich", "Frants Klintsevich"])

        let franz = try store.entity(named: "Franz Klintsevich")
        let outcome = try store.merge(try store.entity(named: "Frants Klintsevich"), into: franz)
        #expect(outcome.factsMoved == 2 && outcome.aliasesAdded >= 1)
        #expect(try store.entity(named: "Frants Klintsevich").id == franz.id)
        #expect(try store.facts(about: "Franz Klintsevich").count == 3)
        #expect(try store.duplicates().isEmpty)
        let entities = try EventImportTests.count(path, "SELECT count(*) FROM entity")
        #expect(try EventImportTests.count(path, "SELECT count(*) FROM entity_merge WHERE name_key = 'frants klintsevich'") == 1)

        // Importing the same rows again, and a new row naming Frants, splits nothing off.
        let again = try EventImport(dataset: .icews).run([file], into: store)
        #expect(again.alreadyStored == 3 && again.entitiesAdded == 0)
        let more = try Self.klintsevichFile(["Frants Klintsevich\tMake statement\tTurkey\t2016-12-01"])
        defer { try? FileManager.default.removeItem(atPath: more) }
        _ = try EventImport(dataset: .icews).run([more], into: store)
        #expect(try EventImportTests.count(path, "SELECT count(*) FROM entity") == entities)
        #expect(try store.facts(about: "Franz Klintsevich").count == 4)
    }

    @Test func aFailedMergeLeavesTheDatabaseUnchanged() throws {
        let (store, path) = try EventImportTests.temporaryStore()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let file = try Self.klintsevichFile([
            "Franz Klintsevich\tMake statement\tUkraine\t2016-11-02",
            "Frants Klintsevich\tCriticize or denounce\tTurkey\t2015-11-25",
        ])
        defer { try? FileManager.default.removeItem(atPath: file) }
        _ = try EventImport(dataset: .icews).run([file], into: store)
        let snapshot = "SELECT group_concat(id || ':' || subject_id || ':' || object_id) FROM fact"
        let aliases = "SELECT group_concat(key || ':' || entity_id) FROM (SELECT * FROM alias ORDER BY key, entity_id)"
        let before = try DatabaseQueue(path: path).read { db in
            [try String.fetchOne(db, sql: snapshot), try String.fetchOne(db, sql: aliases)]
        }
        // The last step of the merge, deleting the merged entity, fails: every step before it is undone.
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TRIGGER refuse BEFORE DELETE ON entity BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
        }
        let merged = try store.entity(named: "Frants Klintsevich")
        #expect(throws: StoreError.self) { try store.merge(merged, into: try store.entity(named: "Franz Klintsevich")) }
        let after = try DatabaseQueue(path: path).read { db in
            [try String.fetchOne(db, sql: snapshot), try String.fetchOne(db, sql: aliases)]
        }
        #expect(after == before)
        #expect(try EventImportTests.count(path, "SELECT count(*) FROM entity_merge") == 0)
        #expect(try store.entity(named: "Frants Klintsevich").id == merged.id)
        #expect(throws: StoreError.self) { try store.merge(merged, into: merged) }
    }

    @Test func anAmbiguousNameListsItsCandidatesAndEachCanBePicked() throws {
        let (store, path) = try Self.samples()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let united = try store.entity(named: "United Nations")
        let council = try store.entity(named: "UN Security Council")
        // Both carry CAMEO's code for the UN.
        let error = try #require(throws: StoreError.self) { try store.entity(named: "IGOUNO") }
        #expect(error.kind == .ambiguousEntity)
        #expect(error.description.contains("#\(united.id) United Nations (organisation, igo, IGOUNO,"))
        #expect(error.description.contains("#\(council.id) UN Security Council (organisation, igo, IGOUNO,"))
        #expect(error.description.contains("Pick one by kind, code or id"))
        #expect(try store.entity(named: "#\(united.id)").id == united.id)
        #expect(try store.entity(named: "organisation:UN Security Council").id == council.id)
        #expect(try store.entity(named: "code:IGONAT").name == "North Atlantic Treaty Organization")
        #expect(throws: StoreError.self) { try store.entity(named: "place:UN Security Council") }
        // The query language takes the same forms.
        let compiled = try Planner.compile(
            SourceText("MATCH (\"#\(council.id)\")-[r]->(b) RETURN count(r) AS n"), resolver: try store.resolver())
        let outgoing = try EventImportTests.count(path, "SELECT count(*) FROM fact WHERE negated = 0 AND subject_id = \(council.id)")
        #expect(outgoing > 0)
        #expect(try store.run(compiled).rows == [[.integer(Int64(outgoing))]])
    }
}
