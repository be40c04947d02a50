import Entente
import Testing

/// Snapshots, validity intervals, neighbourhoods and diffs over a small dated graph.
struct RelationsOverTimeChecks {
    let makeStore: StoreMaker

    /// The checks, one per behaviour.
    static let checks: [GraphStoreCheck] = [
        GraphStoreCheck("aLastingRelationHoldsUntilANegatedFactClosesItAndCanReopen") { try RelationsOverTimeChecks(makeStore: $0).aLastingRelationHoldsUntilANegatedFactClosesItAndCanReopen() },
        GraphStoreCheck("aPointEventLivesForItsWindowOnly") { try RelationsOverTimeChecks(makeStore: $0).aPointEventLivesForItsWindowOnly() },
        GraphStoreCheck("negatedFactsAreLeftOutUnlessAskedFor") { try RelationsOverTimeChecks(makeStore: $0).negatedFactsAreLeftOutUnlessAskedFor() },
        GraphStoreCheck("neighbourhoodGrowsWithDepth") { try RelationsOverTimeChecks(makeStore: $0).neighbourhoodGrowsWithDepth() },
        GraphStoreCheck("relationsSumFactsAndSourcesAndHonourMinimumSources") { try RelationsOverTimeChecks(makeStore: $0).relationsSumFactsAndSourcesAndHonourMinimumSources() },
        GraphStoreCheck("diffFindsAppearedDisappearedAndChangedClassButKeepsOpenStates") { try RelationsOverTimeChecks(makeStore: $0).diffFindsAppearedDisappearedAndChangedClassButKeepsOpenStates() },
    ]

    /// One article per fact, each from its own publisher, so sources count one each.
    func store(_ facts: [(Entity, String, Entity, String, Bool)]) throws -> any GraphStoring {
        let store = try makeStore()
        for (index, (subject, predicate, object, date, negated)) in facts.enumerated() {
            var article = Fixture.article("Article \(index): \(subject.name) \(predicate) \(object.name).", published: date)
            article.source = "Wire \(index)"
            _ = try store.ingest(
                ArticleExtraction(
                    article: article, entities: [subject, object],
                    facts: [Fixture.fact(subject, predicate, object, date: date, negated: negated)]))
        }
        return store
    }

    static let (turkey, russia, syria, pkk) = (Fixture.turkey, Fixture.russia, Fixture.syria, Fixture.pkk)
    static let nato = Entity(name: "NATO", kind: .organisation, type: "alliance", aliases: [])

    func alive(_ store: any GraphStoring, on day: String, window: Int = 180) throws -> [String] {
        try store.relations(.init(time: .asOf(CalendarDay(iso: day)!, window: TimeWindow(days: window)))).map {
            "\($0.subject.name) \($0.predicate) \($0.object.name)" + ($0.validFrom.map { " since \($0)" } ?? "")
        }
    }

    func aLastingRelationHoldsUntilANegatedFactClosesItAndCanReopen() throws {
        let store = try store([
            (Self.turkey, "member_of", Self.nato, "2015-01-10", false),
            (Self.turkey, "member_of", Self.nato, "2015-06-01", false),
            (Self.turkey, "member_of", Self.nato, "2016-06-01", true),
            (Self.turkey, "member_of", Self.nato, "2017-01-05", false),
        ])
        #expect(try alive(store, on: "2015-01-09") == [])
        // Still alive long after the last mention: a state does not fade with the window.
        #expect(try alive(store, on: "2016-05-31", window: 30) == ["Turkey member_of NATO since 2015-01-10"])
        #expect(try alive(store, on: "2016-06-01") == [])
        #expect(try alive(store, on: "2016-12-31") == [])
        #expect(try alive(store, on: "2020-01-01", window: 1) == ["Turkey member_of NATO since 2017-01-05"])
    }

    func aPointEventLivesForItsWindowOnly() throws {
        let store = try store([(Self.russia, "attacks", Self.syria, "2016-01-10", false)])
        #expect(try alive(store, on: "2016-01-09") == [])
        #expect(try alive(store, on: "2016-01-10", window: 0) == ["Russia attacks Syria"])
        #expect(try alive(store, on: "2016-06-30", window: 180) == ["Russia attacks Syria"])
        #expect(try alive(store, on: "2016-06-30", window: 90) == [])
    }

    func negatedFactsAreLeftOutUnlessAskedFor() throws {
        let store = try store([(Self.syria, "clashes_with", Self.turkey, "2016-03-01", true)])
        #expect(try store.relations(.init()).isEmpty)
        let negated = try store.relations(.init(includeNegated: true))
        #expect(negated.count == 1 && negated[0].negated)
    }

    func neighbourhoodGrowsWithDepth() throws {
        let store = try store([
            (Self.russia, "mediates", Self.turkey, "2016-08-01", false),
            (Self.turkey, "attacks", Self.pkk, "2016-08-02", false),
            (Self.pkk, "attacks", Self.syria, "2016-08-03", false),
        ])
        let russia = try store.entity(named: "Russia").id
        let one = try store.neighbourhood(around: russia, depth: 1, .init())
        let two = try store.neighbourhood(around: russia, depth: 2, .init())
        let three = try store.neighbourhood(around: russia, depth: 3, .init())
        #expect(one.map(\.predicate) == ["mediates"])
        #expect(Set(two.map(\.predicate)) == ["mediates", "attacks"] && two.count == 2)
        #expect(three.count == 3)
    }

    func relationsSumFactsAndSourcesAndHonourMinimumSources() throws {
        let store = try store([
            (Self.russia, "supports", Self.syria, "2016-01-01", false),
            (Self.russia, "supports", Self.syria, "2016-02-01", false),
            (Self.turkey, "supports", Self.pkk, "2016-03-01", false),
        ])
        let all = try store.relations(.init())
        let russia = try #require(all.first { $0.subject.name == "Russia" })
        #expect(russia.facts == 2 && russia.sources == 2)
        #expect(russia.firstSeen == "2016-01-01" && russia.lastSeen == "2016-02-01")
        #expect(try store.relations(.init(minSources: 2)).map(\.subject.name) == ["Russia"])
        #expect(try store.relations(.init(perFact: true)).count == 3)
    }

    func diffFindsAppearedDisappearedAndChangedClassButKeepsOpenStates() throws {
        let store = try store([
            (Self.russia, "attacks", Self.turkey, "2016-02-01", false),
            (Self.turkey, "member_of", Self.nato, "2016-03-01", false),
            (Self.turkey, "attacks", Self.pkk, "2016-04-01", false),
            (Self.russia, "cooperates_with", Self.turkey, "2017-02-01", false),
            (Self.russia, "supports", Self.syria, "2017-03-01", false),
        ])
        func relations(_ text: String) throws -> (Period, [RelationSummary]) {
            let period = Period(parsing: text)!
            return (period, try store.relations(.init(time: .aliveDuring(first: period.first, last: period.last))))
        }
        let (before, old) = try relations("2016")
        let (after, new) = try relations("2017")
        let diff = RelationDiff(before: before, old, after: after, new)
        let lines = diff.entries.map { "\($0.change.rawValue) \($0.subject) \($0.predicate) \($0.object)" }
        #expect(lines == [
            "appeared Russia supports Syria",
            "appeared Russia cooperates_with Turkey",
            "changed-class Russia  Turkey",
            "disappeared Russia attacks Turkey",
            "disappeared Turkey attacks PKK",
        ])
        let changed = try #require(diff.entries.first { $0.change == .changedClass })
        #expect(changed.classBefore == .materialConflict && changed.classAfter == .materialCooperation)
    }
}
