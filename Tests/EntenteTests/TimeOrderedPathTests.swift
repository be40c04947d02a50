import Entente
import EntenteTestSupport
import Foundation
import Testing

/// PATHS … IN TIME ORDER end to end, on a graph made for it: from Alpha to Charlie there is one
/// two-hop way through each of Bravo … Kilo, each a case of the rule (a later hop, an earlier one,
/// the same day, month-precision dates either side, a long gap, parallel facts, an undated fact),
/// and three-hop ways through Lima. Answers are checked over SQL and over the adjacency index.
@Suite struct TimeOrderedPathTests {
    /// subject, predicate, object, date ("" for undated).
    static let facts: [(String, String, String, String)] = [
        // Ordered: 10 January, then 5 February (26 days later).
        ("Alpha", "attacks", "Bravo", "2020-01-10"), ("Bravo", "attacks", "Charlie", "2020-02-05"),
        // Unordered: the second hop is two months before the first.
        ("Alpha", "supports", "Delta", "2020-03-01"), ("Delta", "supports", "Charlie", "2020-01-01"),
        // The same day follows itself.
        ("Alpha", "meets_with", "Echo", "2020-04-04"), ("Echo", "meets_with", "Charlie", "2020-04-04"),
        // May (the month) may come before 1 May, and 20 May before May.
        ("Alpha", "arms", "Foxtrot", "2020-05"), ("Foxtrot", "arms", "Charlie", "2020-05-01"),
        ("Alpha", "arms", "Golf", "2020-05-20"), ("Golf", "arms", "Charlie", "2020-05"),
        // But May cannot follow 15 June.
        ("Alpha", "arms", "Hotel", "2020-06-15"), ("Hotel", "arms", "Charlie", "2020-05"),
        // Ordered with a 40-day gap: kept without WITHIN, dropped by WITHIN 30d.
        ("Alpha", "mediates", "India", "2020-07-01"), ("India", "mediates", "Charlie", "2020-08-10"),
        // Two parallel facts: only the earlier (1 September) comes before 5 September.
        ("Alpha", "attacks", "Juliet", "2020-09-10"), ("Alpha", "attacks", "Juliet", "2020-09-01"),
        ("Juliet", "attacks", "Charlie", "2020-09-05"),
        // An undated fact has no place in time.
        ("Alpha", "supports", "Kilo", ""), ("Kilo", "supports", "Charlie", "2020-01-01"),
        // Three hops: through Mike in order; through November out of order at the second hop.
        ("Alpha", "supports", "Lima", "2021-01-01"), ("Lima", "supports", "Mike", "2021-01-02"),
        ("Mike", "supports", "Charlie", "2021-01-03"),
        ("Lima", "supports", "November", "2020-12-01"), ("November", "supports", "Charlie", "2021-02-01"),
    ]

    static func graph() throws -> GraphStore {
        let store = try GraphStore.inMemory()
        let lines = facts.map { subject, predicate, object, date in
            #"{"subject": "\#(subject)", "subject_kind": "actor", "predicate": "\#(predicate)", "object": "\#(object)", "object_kind": "actor", "date": "\#(date)"}"#
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("entente-time-order-\(UUID().uuidString).jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let outcome = try KnowledgeGraph(store: store).importTriples(InputFile(name: file.path))
        #expect(outcome.factsAdded == facts.count)
        return store
    }

    /// Each path as its hops, `subject predicate object date`.
    static func run(_ store: GraphStore, _ query: String, options: Planner.Options = .init()) throws -> [[String]] {
        try HandMadeGraph.run(store, query, options: options).rows.map { row in
            guard case .path(let hops)? = row.first else { return [] }
            return hops.map { "\($0.subject) \($0.predicate) \($0.object) \($0.date ?? "undated")" }
        }
    }

    /// The entities each path passes through, between its ends.
    static func through(_ paths: [[String]]) -> [String] {
        paths.map { path in path.dropLast().map { $0.split(separator: " ")[2] }.joined(separator: ">") }
    }

    /// Both stores: SQL, and the adjacency index, which must answer alike.
    static func stores() throws -> [GraphStore] {
        let store = try graph()
        return [store, store.withAdjacencyIndex()]
    }

    @Test func onlyPathsWhoseHopsFollowInTimeAreKept() throws {
        for store in try Self.stores() {
            let all = try Self.run(store, #"PATHS FROM "Alpha" TO "Charlie" MAX 2 DIRECTED"#)
            #expect(Self.through(all) == ["Bravo", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliet", "Kilo"])
            let ordered = try Self.run(store, #"PATHS FROM "Alpha" TO "Charlie" MAX 2 DIRECTED IN TIME ORDER"#)
            #expect(Self.through(ordered) == ["Bravo", "Echo", "Foxtrot", "Golf", "India", "Juliet"])
        }
    }

    @Test func aGapDropsTheHopsTooFarApart() throws {
        for store in try Self.stores() {
            let within = try Self.run(store, #"PATHS FROM "Alpha" TO "Charlie" MAX 2 DIRECTED IN TIME ORDER WITHIN 30d"#)
            #expect(Self.through(within) == ["Bravo", "Echo", "Foxtrot", "Golf", "Juliet"])
            // 26 days from 10 January to 5 February: in 4 weeks, not in 3.
            let fourWeeks = try Self.run(store, #"PATHS FROM "Alpha" TO "Charlie" MAX 2 DIRECTED IN TIME ORDER WITHIN 4w"#)
            #expect(Self.through(fourWeeks).contains("Bravo"))
            let threeWeeks = try Self.run(store, #"PATHS FROM "Alpha" TO "Charlie" MAX 2 DIRECTED IN TIME ORDER WITHIN 3w"#)
            #expect(!Self.through(threeWeeks).contains("Bravo"))
            #expect(Self.through(threeWeeks).contains("Echo"))
        }
    }

    @Test func pathsCarryTheDatesThatMakeThemOrdered() throws {
        for store in try Self.stores() {
            let ordered = try Self.run(store, #"PATHS FROM "Alpha" TO "Charlie" MAX 2 DIRECTED IN TIME ORDER"#)
            // Of the two parallel facts to Juliet, the one that comes before the next hop.
            #expect(ordered.contains(["Alpha attacks Juliet 2020-09-01", "Juliet attacks Charlie 2020-09-05"]))
            // Month-precision dates show as months.
            #expect(ordered.contains(["Alpha arms Foxtrot 2020-05", "Foxtrot arms Charlie 2020-05-01"]))
            #expect(ordered.contains(["Alpha meets_with Echo 2020-04-04", "Echo meets_with Charlie 2020-04-04"]))
        }
    }

    @Test func longerPathsAreOrderedAtEveryHop() throws {
        for store in try Self.stores() {
            let ordered = try Self.run(store, #"PATHS FROM "Alpha" TO "Charlie" MAX 3 DIRECTED IN TIME ORDER"#)
            #expect(ordered.filter { $0.count == 3 } == [
                ["Alpha supports Lima 2021-01-01", "Lima supports Mike 2021-01-02", "Mike supports Charlie 2021-01-03"]
            ])
            // Shortest first, as PATHS always answers.
            #expect(ordered.map(\.count) == ordered.map(\.count).sorted())
            let all = try Self.run(store, #"PATHS FROM "Alpha" TO "Charlie" MAX 3 DIRECTED"#)
            #expect(all.filter { $0.count == 3 }.count == 2)
        }
    }

    /// Time runs along the path from where it starts, so the same relations read from the other
    /// end are ordered the other way.
    @Test func orderRunsFromTheStartOfAnUndirectedPath() throws {
        for store in try Self.stores() {
            let backwards = try Self.run(store, #"PATHS FROM "Charlie" TO "Alpha" MAX 2 IN TIME ORDER"#)
            // Each first hop is stored as `X … Charlie`: X is the entity the path passes through.
            let through = backwards.map { $0.first?.split(separator: " ").first.map(String.init) ?? "" }
            #expect(Set(through) == ["Delta", "Echo", "Foxtrot", "Golf", "Hotel", "Juliet"])
            #expect(through.count == 6)
            #expect(backwards.contains(["Juliet attacks Charlie 2020-09-05", "Alpha attacks Juliet 2020-09-10"]))
        }
    }

    @Test func shortestAndAllShortestKeepTheirMeaningInTimeOrder() throws {
        for store in try Self.stores() {
            let shortest = try Self.run(store, #"SHORTEST FROM "Alpha" TO "Charlie" MAX 3 DIRECTED IN TIME ORDER"#)
            #expect(Self.through(shortest) == ["Bravo"])
            let allShortest = try Self.run(store, #"ALL SHORTEST FROM "Alpha" TO "Charlie" MAX 3 DIRECTED IN TIME ORDER"#)
            #expect(Self.through(allShortest) == ["Bravo", "Echo", "Foxtrot", "Golf", "India", "Juliet"])
            // From Lima, without the hop from Alpha before it, the way through November is in order too.
            let fromLima = try Self.run(store, #"ALL SHORTEST FROM "Lima" TO "Charlie" MAX 3 DIRECTED IN TIME ORDER"#)
            #expect(Self.through(fromLima) == ["Mike", "November"])
        }
    }

    @Test func aScopeAndALimitStillApply() throws {
        for store in try Self.stores() {
            let scoped = try Self.run(store, #"PATHS FROM "Alpha" TO "Charlie" MAX 3 DIRECTED IN TIME ORDER DURING 2020-05"#)
            #expect(Self.through(scoped) == ["Foxtrot", "Golf"])
            let limited = try Self.run(store, #"PATHS FROM "Alpha" TO "Charlie" MAX 3 DIRECTED IN TIME ORDER LIMIT 2"#)
            #expect(Self.through(limited) == ["Bravo", "Echo"])
        }
    }

    /// The same clause on a variable-length MATCH: the walk keeps the hops in time order.
    @Test func aVariableLengthMatchInTimeOrderKeepsTheSamePaths() throws {
        let store = try Self.graph()
        let paths = try Self.run(store, #"PATHS FROM "Alpha" TO "Charlie" MAX 3 DIRECTED IN TIME ORDER WITHIN 30d"#)
        let walk = try HandMadeGraph.run(store, #"MATCH ("Alpha")-[r*1..3]->(b "Charlie") IN TIME ORDER WITHIN 30d RETURN r"#)
        let walked = walk.rows.map { row -> [String] in
            guard case .path(let hops)? = row.first else { return [] }
            return hops.map { "\($0.subject) \($0.predicate) \($0.object) \($0.date ?? "undated")" }
        }
        #expect(Set(walked) == Set(paths))
        #expect(walked.count == paths.count)
        // Entities two hops on in time order: Charlie (through Bravo and others) and Mike; not
        // November, whose hop from Lima (December 2020) comes before Alpha's to Lima (January 2021).
        let reached = try HandMadeGraph.strings(HandMadeGraph.run(store, #"MATCH ("Alpha")-[*2..2]->(b) IN TIME ORDER RETURN DISTINCT b ORDER BY b"#))
        #expect(reached == [["Charlie"], ["Mike"]])
        let untimed = try HandMadeGraph.strings(HandMadeGraph.run(store, #"MATCH ("Alpha")-[*2..2]->(b) RETURN DISTINCT b ORDER BY b"#))
        #expect(untimed == [["Charlie"], ["Mike"], ["November"]])
        #expect(throws: QueryError.self) { try HandMadeGraph.run(store, #"MATCH (a)-[r]->(b) IN TIME ORDER RETURN a"#) }
    }

    @Test func theBudgetsStillStopTheSearch() throws {
        let store = try Self.graph()
        #expect(throws: QueryBudgetError.expansions(5)) {
            try Self.run(store, #"PATHS FROM "Alpha" TO "Charlie" MAX 3 IN TIME ORDER"#, options: .init(maxExpansions: 5))
        }
        #expect(throws: QueryBudgetError.rows(2)) {
            try Self.run(store, #"PATHS FROM "Alpha" TO "Charlie" MAX 3 DIRECTED IN TIME ORDER"#, options: .init(maxRows: 2))
        }
    }
}
