import Entente
import Testing

/// Variable-length relations joined to other hops (a walk CTE of the join's statement): one row
/// per walk, paths and node lists assembled from the walks' facts, WITH stages after a walk, and
/// the expansion budget that stops a walk growing without end, alike on every store. The hand-made
/// graph's answers, which Kùzu gives too (`Tests/differential/kuzu_check.py`).
struct JoinedWalkChecks {
    let makeStore: StoreMaker

    /// The checks, one per behaviour.
    static let checks: [GraphStoreCheck] = [
        GraphStoreCheck("walksJoinedInAPatternAreOneRowEach") { try JoinedWalkChecks(makeStore: $0).walksJoinedInAPatternAreOneRowEach() },
        GraphStoreCheck("pathsThroughJoinedWalksAreAssembledFromTheirFacts") {
            try JoinedWalkChecks(makeStore: $0).pathsThroughJoinedWalksAreAssembledFromTheirFacts()
        },
        GraphStoreCheck("aJoinedWalkThatOutgrowsTheBudgetStops") { try JoinedWalkChecks(makeStore: $0).aJoinedWalkThatOutgrowsTheBudgetStops() },
    ]

    static func rows(_ store: any GraphStoring, _ text: String, options: Planner.Options = .init()) throws -> [[String]] {
        HandMadeGraph.strings(try HandMadeGraph.run(store, text, options: options))
    }

    /// Anywhere else in a pattern a walk is joined, one row per walk: the 26 facts and the 60
    /// acyclic two-hop walks (as Kùzu counts them), a fixed hop after a walk and before one, two
    /// walks in one query, and aggregates of a stage after a walk.
    func walksJoinedInAPatternAreOneRowEach() throws {
        let store = try HandMadeGraph.load(into: makeStore())
        #expect(try Self.rows(store, "MATCH (a)-[r*1..2]->(b) RETURN count(*)") == [["86"]])
        #expect(try Self.rows(store, "MATCH (a)-[r*2..2]->(b) RETURN count(*) AS walks, count(DISTINCT a) AS starts") == [["60", "8"]])
        #expect(try Self.rows(store, #"MATCH ("Iran")-[r*1..2]->(b)-[s]->(c) RETURN c"#) == [["Hezbollah"]])
        #expect(try Self.rows(store, #"MATCH (a {name: "Iran"})-[:supports]->(b)-[:supports*1..2]->(c) RETURN b, c"#) == [["Syria", "Hezbollah"]])
        #expect(try Self.rows(store, #"MATCH (a)-[:supports|arms*1..2]->("Hezbollah"), (a)-[:meets_with]-(m) RETURN DISTINCT a, m ORDER BY a, m"#) == [
            ["Iran", "Russia"], ["Iran", "Turkey"], ["Russia", "Iran"], ["Russia", "Turkey"],
        ])
        #expect(try Self.rows(store, #"MATCH ("Iran")-[r*1..2]->(b) WITH b, count(*) AS walks WITH sum(walks) AS total, count(b) AS ends RETURN total, ends"#) == [
            ["4", "2"]
        ])
    }

    /// `RETURN p`, `nodes(p)` and `length(p)` of a path through a walk and a fixed hop; every walk
    /// acyclic and within its bounds.
    func pathsThroughJoinedWalksAreAssembledFromTheirFacts() throws {
        let store = try HandMadeGraph.load(into: makeStore())
        #expect(try Self.rows(store, #"MATCH p = ("Iran")-[r*1..2]->(b)-[s]->(c) RETURN nodes(p), length(p), p"#) == [[
            #"["Iran","Syria","Hezbollah"]"#, "2", "Iran –supports→ Syria (2015) · Syria –supports→ Hezbollah (2016-01-10)",
        ]])
        let result = try HandMadeGraph.run(store, "MATCH p = (a)-[*1..3]-(b) RETURN nodes(p), length(p)")
        #expect(result.rows.count > 26)
        for row in result.rows {
            guard case .string(let list) = row[0], case .integer(let length) = row[1] else {
                Issue.record("not a node list and a length: \(row)")
                continue
            }
            let names = list.dropFirst(2).dropLast(2).split(separator: "\",\"", omittingEmptySubsequences: false)
            #expect(names.count == Int(length) + 1)
            #expect(Set(names).count == names.count, "a walk entered an entity twice: \(list)")
            #expect((1...3).contains(length))
        }
    }

    /// A walk that reaches the expansion budget stops the query with the budget's error, never an
    /// answer from part of the walks: in a join, in an empty join (counted apart) and in a UNION.
    func aJoinedWalkThatOutgrowsTheBudgetStops() throws {
        let store = try HandMadeGraph.load(into: makeStore())
        for query in [
            "MATCH (a)-[*1..3]-(b)-[:supports]->(c) RETURN count(*)",
            "MATCH (a)-[*1..3]-(b) WHERE a.name = 'nobody' RETURN a",
            #"MATCH (a)-[*1..3]-(b)-[:supports]->(c) RETURN c.name AS n UNION MATCH ("Iran")-[:supports]->(b) RETURN b.name AS n"#,
        ] {
            #expect(throws: QueryBudgetError.expansions(20), "\(query)") {
                try HandMadeGraph.run(store, query, options: .init(maxExpansions: 20))
            }
        }
        // The same queries within their budget answer.
        #expect(try Self.rows(store, "MATCH (a)-[*1..3]-(b)-[:supports]->(c) RETURN count(*) > 0") == [["1"]])
        #expect(try Self.rows(store, "MATCH (a)-[*1..3]-(b) WHERE a.name = 'nobody' RETURN a").isEmpty)
        #expect(try Self.rows(
            store, #"MATCH (a)-[*1..3]-(b)-[:supports]->(c) RETURN c.name AS n UNION MATCH ("Iran")-[:supports]->(b) RETURN b.name AS n ORDER BY n"#)
            .count >= 2)
    }
}
