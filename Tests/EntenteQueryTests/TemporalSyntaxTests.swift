@testable import EntenteQuery
import Testing

/// AS OF, TIMELINE and DIFF: what they parse to, and how their mistakes are shown.
@Suite struct TemporalSyntaxTests {
    static func parse(_ text: String) throws -> Query { try Parser.parse(SourceText(text)) }

    @Test func asOfTakesADayAndAWindowInSeveralSpellings() throws {
        for (text, days) in [("WINDOW 90d", 90), ("WINDOW 12w", 84), ("WINDOW 6 months", 180), ("WINDOW 1y", 365), ("", nil)] as [(String, Int?)] {
            let query = try Self.parse("MATCH (a)-[r]->(b) AS OF 2016-06-30 \(text) RETURN a")
            guard case .match(let match) = query.body else { Issue.record("not a MATCH"); continue }
            #expect(match.scope?.kind == .asOf)
            #expect(match.scope?.start == "2016-06-30")
            #expect(match.scope?.windowDays == days, "\(text)")
        }
    }

    @Test func timelineAndDiffParse() throws {
        guard case .timeline(let timeline) = try Self.parse(#"TIMELINE "Russia" AND $other DIRECTED BY quarter SINCE 2016"#).body else {
            Issue.record("not a TIMELINE")
            return
        }
        #expect(timeline.directed && timeline.bucket?.text == "quarter" && timeline.scope?.start == "2016")
        guard case .diff(let diff) = try Self.parse(#"DIFF 2017-01..2017-03 AND 2017-04..2017-06 AROUND "Turkey""#).body else {
            Issue.record("not a DIFF")
            return
        }
        #expect(diff.before.start == "2017-01" && diff.before.end == "2017-03" && diff.after.end == "2017-06")
        #expect(diff.around != nil)
    }

    @Test func mistakesPointAtTheirPlace() {
        #expect(ParserTests.error(#"TIMELINE "Russia" "Turkey""#) == """
            error: expected 'AND', found "Turkey"
             --> query:1:19
            1 | TIMELINE "Russia" "Turkey"
              |                   ^^^^^^^^ expected 'AND'

            """)
        #expect(ParserTests.error("DIFF 2016 AND 2017-13").contains("'2017-13' is not a date"))
        #expect(ParserTests.error("MATCH (a)-[r]->(b) AS OF 2016 WINDOW 3 fortnights RETURN a").contains("expected a window unit: d, w, m or y"))
        #expect(ParserTests.error("MATCH (a)-[r]->(b) AS 2016 RETURN a").contains("expected 'OF', found '2016'"))
        #expect(ParserTests.error("TIMELINE Russia AND Turkey").contains("expected the first actor's name in quotes"))
    }
}
