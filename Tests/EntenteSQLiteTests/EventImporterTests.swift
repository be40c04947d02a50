import EntenteModel
import EntenteStore
@testable import EntenteSQLite
import EntenteTestSupport
import Foundation
import GRDB
import Testing

/// Batches of coded events: slots given in order of first appearance, facts inserted many rows to
/// a statement, each event once.
@Suite struct EventImporterTests {
    static func event(_ id: Int, _ subject: Entity, _ object: Entity, source: String = "wire", day: Int = 1) -> CodedEvent {
        CodedEvent(
            externalID: "test:\(id)", subject: subject, object: object, predicate: "consults", eventCode: "040", goldstein: 1,
            date: FactDate(day: CalendarDay(year: 2019, month: 10, day: day)!), role: id % 3 == 0 ? "military" : nil, confidence: 0.5,
            mentions: id % 2 == 0 ? id : nil,
            article: Article(origin: .gdelt, source: source, url: "https://\(source).example/", text: "", identity: "source:\(source)"),
            evidence: "Consult")
    }

    static func count(_ store: GraphStore, _ sql: String) throws -> Int {
        try store.database.read { db in try Int.fetchOne(db, sql: sql) ?? -1 }
    }

    @Test func slotsAreGivenInOrderOfFirstAppearanceAndKeptAcrossBatches() throws {
        var builder = EventBatchBuilder()
        builder.addLoose([Fixture.syria])
        builder.add(Self.event(1, Fixture.turkey, Fixture.russia))
        builder.add(Self.event(2, Fixture.russia, Fixture.turkey, source: "other"))
        let first = builder.take()
        #expect(first.newEntities.map(\.name) == ["Syria", "Turkey", "Russia"])
        #expect(first.looseEntities == [0])
        #expect(first.rows.map(\.subject) == [1, 2] && first.rows.map(\.object) == [2, 1])
        #expect(first.rows.map(\.article) == [0, 1] && first.newArticles.count == 2)
        #expect(first.newPredicates == ["consults"])
        #expect(first.rows[0].dateStart == "2019-10-01" && first.rows[0].dateEnd == "2019-10-01" && first.rows[0].datePrecision == "day")

        // The same name described again is the entity first described; a new one continues the slots.
        var described = Fixture.turkey
        described.iso3 = nil
        builder.add(Self.event(3, described, Fixture.pkk))
        let second = builder.take()
        #expect(second.firstEntitySlot == 3 && second.newEntities.map(\.name) == ["PKK"])
        #expect(second.rows[0].subject == 1 && second.rows[0].object == 3)
        #expect(second.newArticles.isEmpty && second.newPredicates.isEmpty && second.firstPredicateSlot == 1)
        #expect(builder.isEmpty)
    }

    /// Events of one article in a run, as GDELT numbers them, and an article seen again later:
    /// each has one slot and is new once.
    @Test func anArticleHasOneSlotInARunAndAfterOne() {
        var builder = EventBatchBuilder()
        for (index, source) in ["a", "a", "b", "a", "b"].enumerated() { builder.add(Self.event(index, Fixture.turkey, Fixture.russia, source: source)) }
        let first = builder.take()
        #expect(first.rows.map(\.article) == [0, 0, 1, 0, 1])
        #expect(first.newArticles.map(\.article.source) == ["a", "b"])
        builder.add(Self.event(10, Fixture.turkey, Fixture.russia, source: "b"))
        builder.add(Self.event(11, Fixture.turkey, Fixture.russia, source: "c"))
        let second = builder.take()
        #expect(second.rows.map(\.article) == [1, 2] && second.newArticles.map(\.article.source) == ["c"])
    }

    @Test func manyRowsToAStatementCountWhatWasNewAndWhatWasStoredAlready() throws {
        let store = try GraphStore.inMemory()
        let importer = EventImporter(store: store)
        // 300 events: two statements of 128 rows and 44 of one; ids 1…250, then 1…50 again.
        let events = (0..<300).map { index in
            Self.event(index < 250 ? index + 1 : index - 249, index % 2 == 0 ? Fixture.turkey : Fixture.russia, Fixture.syria, day: index % 28 + 1)
        }
        let first = try importer.write(events)
        #expect(first.stored == 250 && first.alreadyStored == 50 && first.entitiesAdded == 3)
        #expect(try Self.count(store, "SELECT count(*) FROM fact") == 250)
        #expect(try Self.count(store, "SELECT count(DISTINCT external_id) FROM fact") == 250)
        // Every value where it belongs, NULLs included.
        let row = try store.database.read { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT s.name, f.predicate, o.name, f.date_start, f.date_end, f.date_precision, f.date_reason, f.modality, f.role,
                           f.confidence, f.event_code, f.goldstein, a.source, f.sentence_index, f.evidence, f.num_mentions, f.num_sources,
                           f.place_id, f.object_role
                    FROM fact AS f JOIN entity AS s ON s.id = f.subject_id JOIN entity AS o ON o.id = f.object_id
                    JOIN article AS a ON a.id = f.article_id WHERE f.external_id = 'test:3'
                    """)
        }
        let values = Array(try #require(row).databaseValues.map(\.description))
        #expect(values == [
            "\"Turkey\"", "\"consults\"", "\"Syria\"", "\"2019-10-03\"", "\"2019-10-03\"", "\"day\"", "\"coded\"", "\"reported\"",
            "\"military\"", "0.5", "\"040\"", "1.0", "\"wire\"", "NULL", "\"Consult\"", "NULL", "NULL", "NULL", "NULL",
        ])
        let again = try importer.write(Array(events.prefix(130)))
        #expect(again.stored == 0 && again.alreadyStored == 130 && again.entitiesAdded == 0)
    }

    @Test func anArticleForgottenByTheBuilderIsFoundAgainByItsHash() throws {
        let store = try GraphStore.inMemory()
        let importer = EventImporter(store: store)
        var builder = EventBatchBuilder(maximumArticles: 2)
        for (index, source) in ["a", "b", "c"].enumerated() { builder.add(Self.event(index, Fixture.turkey, Fixture.russia, source: source)) }
        _ = try importer.write(builder.take())
        builder.add(Self.event(10, Fixture.turkey, Fixture.russia, source: "a"))
        let batch = builder.take()
        #expect(batch.forgetsArticles && batch.firstArticleSlot == 0 && batch.newArticles.count == 1)
        #expect(try importer.write(batch).stored == 1)
        #expect(try Self.count(store, "SELECT count(*) FROM article") == 3)
        #expect(try Self.count(store, "SELECT count(*) FROM fact AS f JOIN article AS a ON a.id = f.article_id WHERE a.source = 'a'") == 2)
    }

    @Test func aFailedBatchStoresNothingAndTheImporterStops() throws {
        let store = try GraphStore.inMemory()
        let importer = EventImporter(store: store)
        var unknown = Self.event(1, Fixture.turkey, Fixture.russia)
        unknown.predicate = "levitates"
        let error = try #require(throws: StoreError.self) { try importer.write([Self.event(2, Fixture.turkey, Fixture.syria), unknown]) }
        #expect(error.kind == .unknownPredicate)
        #expect(try Self.count(store, "SELECT count(*) FROM fact") == 0)
        #expect(try Self.count(store, "SELECT count(*) FROM entity") == 0)
        #expect(throws: StoreError.self) { try importer.write([Self.event(3, Fixture.turkey, Fixture.syria)]) }
    }
}
