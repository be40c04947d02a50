import Entente
import Testing

struct IngestChecks {
    let makeStore: StoreMaker

    /// The checks, one per behaviour.
    static let checks: [GraphStoreCheck] = [
        GraphStoreCheck("storesAnArticleWithItsFactsOnce") { try IngestChecks(makeStore: $0).storesAnArticleWithItsFactsOnce() },
        GraphStoreCheck("sameEntityUnderAnAliasIsOneEntity") { try IngestChecks(makeStore: $0).sameEntityUnderAnAliasIsOneEntity() },
        GraphStoreCheck("anArticleWithABadFactStoresNothing") { try IngestChecks(makeStore: $0).anArticleWithABadFactStoresNothing() },
        GraphStoreCheck("confidenceOutsideTheUnitIntervalIsRefused") { try IngestChecks(makeStore: $0).confidenceOutsideTheUnitIntervalIsRefused() },
        GraphStoreCheck("dateFiltersUsePrecision") { try IngestChecks(makeStore: $0).dateFiltersUsePrecision() },
        GraphStoreCheck("unknownAndAmbiguousNamesAreExplained") { try IngestChecks(makeStore: $0).unknownAndAmbiguousNamesAreExplained() },
    ]

    func storesAnArticleWithItsFactsOnce() throws {
        // Given an empty store
        let store = try makeStore()
        // When the same article is ingested twice
        let first = try store.ingest(Fixture.mediation)
        let second = try store.ingest(Fixture.mediation)
        // Then the second time changes nothing and says so
        #expect(first.status == .stored)
        #expect(first.factsAdded == 3)
        #expect(first.entitiesAdded == 3)
        #expect(second == IngestOutcome(status: .unchanged, articleID: first.articleID, entitiesAdded: 0, factsAdded: 0))
        let stats = try store.statistics()
        #expect(stats.articles == 1)
        #expect(stats.facts == 3)
        #expect(stats.negatedFacts == 1)
    }

    func sameEntityUnderAnAliasIsOneEntity() throws {
        let store = try makeStore()
        _ = try store.ingest(Fixture.mediation)
        // A second article names Turkey only as "Ankara".
        let ankara = Entity(name: "Ankara", kind: .actor)
        let outcome = try store.ingest(
            ArticleExtraction(
                article: Fixture.article("Ankara and Moscow meet."), entities: [ankara],
                facts: [Fixture.fact(ankara, "meets_with", Fixture.russia)]))
        #expect(outcome.entitiesAdded == 0)
        #expect(try store.entity(named: "Ankara").name == "Turkey")
        #expect(try store.entity(named: "TUR").name == "Turkey")
        #expect(try store.entity(named: "turkish").name == "Turkey")
        #expect(try store.facts(about: "Turkey").count == 3)
    }

    func anArticleWithABadFactStoresNothing() throws {
        let store = try makeStore()
        var extraction = Fixture.mediation
        extraction.facts.append(Fixture.fact(Fixture.turkey, "befriends", Fixture.syria))
        #expect(throws: StoreError.self) { try store.ingest(extraction) }
        let stats = try store.statistics()
        #expect(stats.articles == 0)
        #expect(stats.facts == 0)
        #expect(stats.entities == 0)
    }

    func confidenceOutsideTheUnitIntervalIsRefused() throws {
        let store = try makeStore()
        var extraction = Fixture.mediation
        extraction.facts[0].confidence = 1.5
        let error = try #require(throws: StoreError.self) { try store.ingest(extraction) }
        #expect(error.kind == .invalidFact)
        #expect(try store.statistics().facts == 0)
    }

    func dateFiltersUsePrecision() throws {
        let store = try makeStore()
        _ = try store.ingest(
            ArticleExtraction(
                article: Fixture.article("Three dated facts."), entities: [],
                facts: [
                    Fixture.fact(Fixture.russia, "meets_with", Fixture.turkey, date: "2017"),
                    Fixture.fact(Fixture.russia, "attacks", Fixture.pkk, date: "2017-03"),
                    Fixture.fact(Fixture.turkey, "attacks", Fixture.pkk, date: "2017-03-23"),
                    Fixture.fact(Fixture.turkey, "criticises", Fixture.russia, date: nil),
                ]))
        // A month-precise fact overlaps a day inside it; a year-precise one too.
        #expect(try store.facts(since: FactDate(parsing: "2017-03-10"), until: FactDate(parsing: "2017-03-10")).count == 2)
        #expect(try store.facts(since: FactDate(parsing: "2017-04")).count == 1)
        #expect(try store.facts(until: FactDate(parsing: "2016")).isEmpty)
        #expect(try store.facts().count == 4)
        let month = try #require(try store.facts(about: "PKK").first { $0.subject == "Russia" })
        #expect(month.date == "2017-03")
    }

    func unknownAndAmbiguousNamesAreExplained() throws {
        let store = try makeStore()
        _ = try store.ingest(Fixture.mediation)
        let unknown = try #require(throws: StoreError.self) { try store.facts(about: "Turky") }
        #expect(unknown.description == "no entity named 'Turky'; did you mean 'Turkey'?")
        // Georgia the state and Georgia the place share a name.
        _ = try store.ingest(
            ArticleExtraction(
                article: Fixture.article("Two Georgias."),
                entities: [
                    Entity(name: "Georgia", kind: .actor, type: "state"), Entity(name: "Georgia", kind: .place, type: "region"),
                ], facts: []))
        let ambiguous = try #require(throws: StoreError.self) { try store.entity(named: "georgia") }
        #expect(ambiguous.kind == .ambiguousEntity)
        #expect(ambiguous.description.contains("Georgia (actor, state, 0 facts)"))
        #expect(ambiguous.description.contains("Georgia (place, region, 0 facts)"))
        #expect(ambiguous.description.contains("Pick one by kind, code or id, for example 'actor:Georgia' or '#"))
        // Each is picked by its kind.
        #expect(try store.entity(named: "place:Georgia").kind == .place)
        #expect(try store.entity(named: "actor:georgia").type == "state")
    }
}
