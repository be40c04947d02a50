import Entente
import Foundation
import Testing

/// Queries over a small graph whose answers are known by hand (`Fixtures/graph/facts.jsonl`).
struct QueryChecks {
    let makeStore: StoreMaker

    /// The checks, one per behaviour.
    static let checks: [GraphStoreCheck] = [
        GraphStoreCheck("whoTheUnitedStatesSupports") { try QueryChecks(makeStore: $0).whoTheUnitedStatesSupports() },
        GraphStoreCheck("scopesApplyToEveryHopAndUseDatePrecision") { try QueryChecks(makeStore: $0).scopesApplyToEveryHopAndUseDatePrecision() },
        GraphStoreCheck("negatedFactsOnlyWhenAskedFor") { try QueryChecks(makeStore: $0).negatedFactsOnlyWhenAskedFor() },
        GraphStoreCheck("classesKindsAndOrdering") { try QueryChecks(makeStore: $0).classesKindsAndOrdering() },
        GraphStoreCheck("whoDidTurkeyBothMeetAndThreaten") { try QueryChecks(makeStore: $0).whoDidTurkeyBothMeetAndThreaten() },
        GraphStoreCheck("shortestAndAllShortestPaths") { try QueryChecks(makeStore: $0).shortestAndAllShortestPaths() },
        GraphStoreCheck("pathsNeverRevisitAnEntity") { try QueryChecks(makeStore: $0).pathsNeverRevisitAnEntity() },
        GraphStoreCheck("budgetsStopRunawayQueries") { try QueryChecks(makeStore: $0).budgetsStopRunawayQueries() },
        GraphStoreCheck("theRowBudgetNeverCutsAnAnswerSilently") { try QueryChecks(makeStore: $0).theRowBudgetNeverCutsAnAnswerSilently() },
        GraphStoreCheck("variableLengthRelationsReachWithinTheirBounds") { try QueryChecks(makeStore: $0).variableLengthRelationsReachWithinTheirBounds() },
        GraphStoreCheck("monthsAndYearsBucketATimeline") { try QueryChecks(makeStore: $0).monthsAndYearsBucketATimeline() },
        GraphStoreCheck("yearsAndMonthsCompareWithTheLiteralsAReaderWrites") { try QueryChecks(makeStore: $0).yearsAndMonthsCompareWithTheLiteralsAReaderWrites() },
        GraphStoreCheck("evidenceComesWithEachRowOnRequest") { try QueryChecks(makeStore: $0).evidenceComesWithEachRowOnRequest() },
    ]

    func graph() throws -> any GraphStoring {
        try HandMadeGraph.load(into: makeStore())
    }

    static func run(_ store: any GraphStoring, _ text: String, options: Planner.Options = .init()) throws -> QueryResult {
        try HandMadeGraph.run(store, text, options: options)
    }

    static func strings(_ result: QueryResult) -> [[String]] { HandMadeGraph.strings(result) }

    func whoTheUnitedStatesSupports() throws {
        let store = try graph()
        let result = try Self.run(
            store, """
                MATCH ("United States")-[r:supports|arms]->(b)
                RETURN b, count(r) AS mentions, first_seen(r) AS first, last_seen(r) AS last, sources(r) AS sources
                """)
        #expect(result.columns == ["b", "mentions", "first", "last", "sources"])
        #expect(Self.strings(result) == [["People's Protection Units", "3", "2016-05-01", "2017-05-09", "1"]])
    }

    func scopesApplyToEveryHopAndUseDatePrecision() throws {
        let store = try graph()
        let in2017 = try Self.run(store, #"MATCH (a)-[r:supports|arms]->("People's Protection Units") DURING 2017 RETURN a, r.date ORDER BY r.date"#)
        #expect(Self.strings(in2017) == [["United States", "2017-03-01"], ["United States", "2017-05-09"]])
        // A fact dated to the month 2016-05 overlaps a period that starts mid-May.
        let mid = try Self.run(store, #"MATCH (a)-[r:supports]->("People's Protection Units") DURING 2016-05-15..2016-05-20 RETURN r.date"#)
        #expect(Self.strings(mid) == [["2016-05"]])
        let within = try Self.run(store, #"MATCH (a)-[r:supports]->("People's Protection Units") WITHIN 2016-05-15..2016-05-20 RETURN r.date"#)
        #expect(within.rows.isEmpty)
        // Two hops, both in 2017: Russia meets Iran (2017-01), Iran arms Hezbollah (2017-02); Iran supports Hezbollah (2015) is out.
        let chain = try Self.run(store, #"MATCH ("Russia")-[m:meets_with]->(x)-[s:supports|arms]->(y) DURING 2017 RETURN x, s, y"#)
        #expect(Self.strings(chain) == [["Iran", "Iran –arms→ Hezbollah (2017-02)", "Hezbollah"]])
    }

    func negatedFactsOnlyWhenAskedFor() throws {
        let store = try graph()
        let plain = try Self.run(store, #"MATCH ("Turkey")-[r:clashes_with]-(b) RETURN b"#)
        #expect(plain.rows.isEmpty)
        let asked = try Self.run(store, #"MATCH ("Turkey")-[r:clashes_with]-(b) WHERE r.negated RETURN b, r"#)
        #expect(Self.strings(asked) == [["Syria", "Turkey –not clashes_with→ Syria (2017-03-23)"]])
    }

    func classesKindsAndOrdering() throws {
        let store = try graph()
        let result = try Self.run(
            store, """
                MATCH (a:actor)-[r:material-conflict]->(b:organisation)
                RETURN a, b, count(r) AS facts ORDER BY facts DESC, b
                """)
        #expect(Self.strings(result) == [
            ["Turkey", "People's Protection Units", "2"], ["Israel", "Hezbollah", "1"], ["Turkey", "Kurdistan Workers' Party", "1"],
        ])
        let both = try Self.run(store, #"MATCH (a)-[r:meets_with]-("Iran") RETURN DISTINCT a ORDER BY a"#)
        #expect(Self.strings(both) == [["Russia"], ["Turkey"]])
    }

    func whoDidTurkeyBothMeetAndThreaten() throws {
        let store = try graph()
        let result = try Self.run(
            store, #"MATCH ("Turkey")-[:meets_with]-(x), ("Turkey")-[:attacks]->(x) RETURN DISTINCT x"#)
        #expect(Self.strings(result) == [["Russia"]])
    }

    func shortestAndAllShortestPaths() throws {
        let store = try graph()
        let shortest = try Self.run(store, #"SHORTEST FROM "Iran" TO "People's Protection Units" MAX 3"#)
        #expect(shortest.rows.count == 1)
        guard case .path(let hops)? = shortest.rows.first?.first else {
            Issue.record("no path")
            return
        }
        #expect(hops.count == 2)
        #expect(hops[0].subject == "Turkey" && hops[0].predicate == "meets_with" && hops[0].object == "Iran")
        let all = try Self.run(store, #"ALL SHORTEST FROM "Iran" TO "People's Protection Units" MAX 3"#)
        #expect(Set(Self.strings(all).map { $0[0] }) == [
            "Turkey –meets_with→ Iran (2017-01-23) · Turkey –attacks→ People's Protection Units (2016-08-24)",
            "Turkey –meets_with→ Iran (2017-01-23) · Turkey –threatens→ People's Protection Units (2017-05-10)",
        ])
        // Following direction only, Iran reaches no one who reaches the YPG.
        let directed = try Self.run(store, #"PATHS FROM "Iran" TO "People's Protection Units" MAX 4 DIRECTED"#)
        #expect(directed.rows.isEmpty)
    }

    func pathsNeverRevisitAnEntity() throws {
        let store = try graph()
        let result = try Self.run(store, #"PATHS FROM "Russia" TO "Syria" MAX 4"#)
        #expect(!result.rows.isEmpty)
        for row in result.rows {
            guard case .path(let hops) = row[0] else { continue }
            var visited = ["Russia"]
            var here = "Russia"
            for hop in hops {
                let next = hop.subject == here ? hop.object : hop.subject
                #expect(!visited.contains(next), "revisits \(next)")
                visited.append(next)
                here = next
            }
            #expect(here == "Syria")
        }
    }

    func budgetsStopRunawayQueries() throws {
        let store = try graph()
        #expect(throws: QueryBudgetError.rows(3)) {
            try Self.run(store, "MATCH (a)-[r]->(b) RETURN a, b", options: .init(maxRows: 3))
        }
        #expect(throws: QueryBudgetError.expansions(5)) {
            try Self.run(store, #"PATHS FROM "Russia" TO "Israel" MAX 6"#, options: .init(maxExpansions: 5))
        }
    }

    /// Every kind of answer, a join, a reachable set, walks and all shortest paths: more rows than
    /// the budget is the budget's error, never the first rows alone; a LIMIT within the budget
    /// cuts the answer as asked, and a LIMIT above it is no way around it.
    func theRowBudgetNeverCutsAnAnswerSilently() throws {
        let store = try graph()
        let queries = [
            "MATCH (a)-[r]->(b) RETURN a, b",
            #"MATCH ("Russia")-[r*1..3]-(b) RETURN DISTINCT b"#,
            #"MATCH ("Russia")-[r*1..3]-(b) RETURN DISTINCT b ORDER BY b"#,
            #"MATCH ("Russia")-[r*1..2]-(b) RETURN r"#,
            #"MATCH p = allShortestPaths((a {name: "Iran"})-[*1..3]-(b {name: "People's Protection Units"})) RETURN p"#,
            #"ALL SHORTEST FROM "Iran" TO "People's Protection Units" MAX 3"#,
            #"PATHS FROM "Russia" TO "Syria" MAX 4"#,
        ]
        for query in queries {
            let all = try Self.run(store, query, options: .init(maxRows: 1_000)).rows.count
            #expect(all >= 2, "\(query) needs two rows or more to be cut")
            #expect(throws: QueryBudgetError.rows(all - 1), "\(query)") {
                try Self.run(store, query, options: .init(maxRows: all - 1))
            }
            #expect(try Self.run(store, query, options: .init(maxRows: all)).rows.count == all, "\(query)")
            #expect(try Self.run(store, query + " LIMIT 1", options: .init(maxRows: all - 1)).rows.count == 1, "\(query)")
            #expect(throws: QueryBudgetError.rows(all - 1), "\(query)") {
                try Self.run(store, query + " LIMIT \(all)", options: .init(maxRows: all - 1))
            }
        }
    }

    func variableLengthRelationsReachWithinTheirBounds() throws {
        let store = try graph()
        // Who does Iran support, directly or through one more supporter?
        let reach = try Self.run(store, #"MATCH ("Iran")-[r:supports|arms*1..2]->(b) RETURN DISTINCT b"#)
        #expect(Set(Self.strings(reach).map { $0[0] }) == ["Hezbollah", "Syria"])
        // Exactly two hops, against the arrow, from a named far end.
        let backwards = try Self.run(store, #"MATCH (a)-[r:supports*2..2]->("Hezbollah") RETURN DISTINCT a"#)
        #expect(Set(Self.strings(backwards).map { $0[0] }) == ["Russia", "Iran"])
        // The relation variable is the path.
        let paths = try Self.run(store, #"MATCH ("Egypt")-[r*1..3]-(b "Hezbollah") RETURN r"#)
        #expect(Self.strings(paths) == [["Egypt –mediates→ Israel (2021-05-21) · Israel –attacks→ Hezbollah (2019-08-25)"]])
        #expect(throws: QueryError.self) { try Self.run(store, "MATCH (a)-[r*1..2]->(b) WHERE r.date > 2016 OR b.kind = 'actor' RETURN b") }
    }


    func monthsAndYearsBucketATimeline() throws {
        let store = try graph()
        let result = try Self.run(store, #"MATCH ("Russia")-[r]-("Turkey") RETURN year(r) AS year, count(r) AS facts ORDER BY year"#)
        #expect(Self.strings(result) == [["2015", "2"], ["2016", "2"], ["2017", "1"]])
        let months = try Self.run(store, #"MATCH ("Russia")-[r]-("Turkey") DURING 2016 RETURN month(r) AS month, count(r) ORDER BY month"#)
        #expect(Self.strings(months) == [["2016-08", "2"]])
    }

    func yearsAndMonthsCompareWithTheLiteralsAReaderWrites() throws {
        let store = try graph()
        // A number for a year and a date literal for a month match like their text does.
        let asNumber = try Self.run(store, #"MATCH ("Russia")-[r]-("Turkey") WHERE year(r) = 2016 RETURN count(r)"#)
        let asText = try Self.run(store, #"MATCH ("Russia")-[r]-("Turkey") WHERE year(r) = '2016' RETURN count(r)"#)
        #expect(Self.strings(asNumber) == [["2"]])
        #expect(Self.strings(asNumber) == Self.strings(asText))
        #expect(Self.strings(try Self.run(store, #"MATCH ("Russia")-[r]-("Turkey") WHERE 2016 <= year(r) RETURN count(r)"#)) == [["3"]])
        #expect(Self.strings(try Self.run(store, #"MATCH ("Russia")-[r]-("Turkey") WHERE month(r) = 2016-08 RETURN count(r)"#)) == [["2"]])
        // What cannot be a year or a month is refused with a caret, not answered with nothing.
        for (query, column) in [
            (#"MATCH ("Russia")-[r]-("Turkey") WHERE month(r) = 8 RETURN count(r)"#, 49),
            (#"MATCH ("Russia")-[r]-("Turkey") WHERE year(r) = 2016-08-01 RETURN count(r)"#, 48),
        ] {
            #expect {
                _ = try Self.run(store, query)
            } throws: { error in
                guard let error = error as? QueryError, let diagnostic = error.diagnostics.first else { return false }
                return diagnostic.message.id.hasPrefix("datePartMismatch") && diagnostic.range.lowerBound == column
            }
        }
    }

    func evidenceComesWithEachRowOnRequest() throws {
        let store = try graph()
        let result = try Self.run(store, #"MATCH ("Egypt")-[r:mediates]->(b) RETURN b WITH EVIDENCE"#)
        #expect(result.columns == ["b", "evidence(r)"])
        #expect(result.rows.first?.last?.description.contains("facts.jsonl") == true)
    }
}

struct QueryTimeoutChecks {
    let makeStore: StoreMaker

    /// The checks, one per behaviour.
    static let checks: [GraphStoreCheck] = [
        GraphStoreCheck("aLongQueryIsInterruptedAtItsTimeout") { try QueryTimeoutChecks(makeStore: $0).aLongQueryIsInterruptedAtItsTimeout() },
    ]

    func aLongQueryIsInterruptedAtItsTimeout() throws {
        let store = try QueryChecks(makeStore: makeStore).graph()
        // Eight unconnected nodes: a cross product of 11^8 rows, far longer than the timeout.
        let compiled = try Planner.compile(
            SourceText("MATCH (a), (b), (c), (d), (e), (f), (g), (h) WHERE a.id <> b.id AND c.id <> d.id AND e.id <> f.id AND g.id <> h.id RETURN count(*)"),
            resolver: try store.resolver())
        let start = Date()
        #expect(throws: QueryBudgetError.time(seconds: 0.2)) { try store.run(compiled, timeout: 0.2) }
        #expect(Date().timeIntervalSince(start) < 5)
        // The store is usable after an interrupted query.
        let again = try Planner.compile(SourceText(#"MATCH ("Egypt")-[r]->(b) RETURN b"#), resolver: try store.resolver())
        #expect(try store.run(again).rows.count == 1)
    }
}

