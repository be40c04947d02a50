@testable import EntenteQuery
import Testing

/// `IN TIME ORDER [WITHIN gap]`: what it parses to, how its WITHIN is told from a date scope's,
/// how its mistakes are shown, and the plan it compiles to.
@Suite struct TimeOrderSyntaxTests {
    static func paths(_ text: String) throws -> PathQuery? {
        guard case .paths(let query) = try Parser.parse(SourceText(text)).body else { return nil }
        return query
    }

    @Test func theClauseParsesWithAndWithoutAGap() throws {
        let plain = try Self.paths(#"PATHS FROM "A" TO "B" MAX 3 DIRECTED IN TIME ORDER"#)
        #expect(plain?.timeOrder?.maxGapDays == nil)
        #expect(plain?.timeOrder != nil)
        #expect(plain?.directed == true)
        let lower = try Self.paths(#"paths from "A" to "B" max 3 in time order within 2 weeks limit 4"#)
        #expect(lower?.timeOrder?.maxGapDays == 14)
        #expect(lower?.limit == 4)
        #expect(try Self.paths(#"PATHS FROM "A" TO "B" MAX 3"#)?.timeOrder == nil)
    }

    @Test(arguments: [
        ("WITHIN 30d", 30, nil), ("WITHIN 30", 30, nil), ("WITHIN 1y", 365, nil), ("WITHIN 6 months", 180, nil),
        // A year or a date after WITHIN is the date scope, not a gap.
        ("WITHIN 2017", nil, "2017"), ("WITHIN 2016-03..2016-05", nil, "2016-03"),
        ("WITHIN 30d WITHIN 2017", 30, "2017"),
    ] as [(String, Int?, String?)])
    func withinIsAGapOnlyWhenItIsADuration(clause: String, gap: Int?, scopeStart: String?) throws {
        let query = try Self.paths(#"PATHS FROM "A" TO "B" MAX 3 IN TIME ORDER \#(clause)"#)
        #expect(query?.timeOrder?.maxGapDays == gap)
        #expect(query?.scope?.start == scopeStart)
        #expect(query?.scope.map { $0.kind == .within } ?? true)
    }

    @Test func theClauseSpansItsWords() throws {
        let text = #"PATHS FROM "A" TO "B" MAX 3 IN TIME ORDER WITHIN 30d LIMIT 2"#
        let range = try #require(try Self.paths(text)?.timeOrder?.range)
        let utf8 = Array(text.utf8)
        #expect(String(decoding: utf8[range], as: UTF8.self) == "IN TIME ORDER WITHIN 30d")
    }

    @Test func mistakesPointAtTheirPlaceWithAWayOut() {
        #expect(ParserTests.error(#"PATHS FROM "A" TO "B" MAX 2 IN TIEM ORDER"#) == """
            error: expected 'TIME', found 'TIEM'
             --> query:1:32
            1 | PATHS FROM "A" TO "B" MAX 2 IN TIEM ORDER
              |                                ^^^^ expected 'TIME'
              = did you mean 'TIME'?
              = write 'IN TIME ORDER' to keep paths whose hops follow one another in time

            """)
        #expect(ParserTests.error(#"PATHS FROM "A" TO "B" MAX 2 IN ORDER"#).contains("= write 'IN TIME ORDER'"))
        #expect(ParserTests.error(#"PATHS FROM "A" TO "B" MAX 2 IN TIME ORDR"#).contains("did you mean 'ORDER'?"))
        #expect(ParserTests.error(#"PATHS FROM "A" TO "B" MAX 2 IN TIME ORDER WITHIN 3 fortnights"#).contains("expected a window unit"))
    }

    /// `time` is a word of the clause, not a keyword: it still names a variable or a column.
    @Test func timeStaysFreeAsAName() throws {
        let query = try Parser.parse(SourceText("MATCH (time)-[r]->(b) RETURN time, r.date AS time2"))
        guard case .match(let match) = query.body else {
            Issue.record("not a MATCH")
            return
        }
        #expect(match.patterns.first?.nodes.first?.variable?.text == "time")
    }

    @Test func timeOrderAllowsByThePrecisionRules() {
        let order = TimeOrder()
        // A day on or after a day; the same day follows itself.
        #expect(order.allows(10...10, after: 5...5))
        #expect(order.allows(5...5, after: 5...5))
        #expect(!order.allows(4...4, after: 5...5))
        // A month may follow a day inside it, and a day inside a month may follow the month.
        #expect(order.allows(1...31, after: 20...20))
        #expect(order.allows(1...1, after: 1...31))
        #expect(!order.allows(1...31, after: 40...40))
        let gapped = TimeOrder(maxGapDays: 30)
        #expect(gapped.allows(35...35, after: 5...5))
        #expect(!gapped.allows(36...36, after: 5...5))
        // The gap runs from the last day of a month.
        #expect(gapped.allows(61...61, after: 1...31))
    }

    @Test func thePlanIsATimeOrderedPathSearch() throws {
        let resolver = SQLCorpusTests.CorpusResolver()
        let compiled = try Planner.compile(SourceText(#"EXPLAIN PATHS FROM "Iran" TO "Syria" MAX 3 IN TIME ORDER WITHIN 30d"#), resolver: resolver)
        guard case .pathSearch(let plan) = compiled.plan else {
            Issue.record("not a path search: \(compiled.plan)")
            return
        }
        #expect(plan.timeOrder == TimeOrder(maxGapDays: 30))
        #expect(compiled.strategy == .timeOrderedPathSearch)
        #expect(SQLiteDialect().firstStatement(of: compiled.plan).text.contains("f.date_start IS NOT NULL"))
        for (selector, limit, shortestOnly) in [("SHORTEST", 1, false), ("ALL SHORTEST", 10_000, true)] {
            let shortest = try Planner.compile(SourceText(#"\#(selector) FROM "Iran" TO "Syria" MAX 3 IN TIME ORDER"#), resolver: resolver)
            guard case .pathSearch(let plan) = shortest.plan else {
                Issue.record("\(selector) in time order is not a path search")
                continue
            }
            #expect(plan.limit == limit && plan.shortestOnly == shortestOnly, "\(selector)")
        }
    }
}
