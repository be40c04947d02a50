@testable import EntenteQuery
import Testing

/// The syntax of the rest of Cypher's read side: CASE, relation property maps, chained WITH
/// stages, max(…) as a call, and their mistakes.
@Suite struct CypherReadSideSyntaxTests {
    static func match(_ text: String) throws -> MatchQuery {
        guard case .match(let match) = try Parser.parse(SourceText(text)).body else {
            Issue.record("not a MATCH: \(text)")
            throw QueryError([], source: SourceText(text))
        }
        return match
    }

    @Test func caseHasTwoFormsAndItsWordsStayFreeAsNames() throws {
        let searched = try Self.match("MATCH (a)-[r]->(b) RETURN CASE WHEN a.kind = 'actor' THEN 1 WHEN b.kind = 'actor' THEN 2 ELSE 0 END")
        guard case .caseWhen(let form, _) = searched.returns.items[0].expression else {
            Issue.record("not a CASE: \(searched.returns.items[0].expression)")
            return
        }
        #expect(form.subject == nil)
        #expect(form.branches.count == 2)
        #expect(form.otherwise != nil)
        let simple = try Self.match("MATCH (a)-[r]->(b) RETURN CASE a.kind WHEN 'actor' THEN 1 END AS k")
        guard case .caseWhen(let simpleForm, let range) = simple.returns.items[0].expression else {
            Issue.record("not a CASE")
            return
        }
        #expect(simpleForm.subject != nil && simpleForm.otherwise == nil && simpleForm.branches.count == 1)
        #expect(range == 26..<61)
        // `end` and `case` stay names where a name is expected.
        #expect(try Self.match("MATCH (a)-[r]->(b) RETURN r.end, case.name").returns.items.count == 2)
    }

    @Test func caseMistakesAreShownWithTheWayOut() {
        #expect(ParserTests.error("MATCH (a)-[r]->(b) RETURN CASE WHEN a.kind = 'actor' 1 END") == """
            error: expected 'THEN' after the WHEN condition, found '1'
             --> query:1:54
            1 | MATCH (a)-[r]->(b) RETURN CASE WHEN a.kind = 'actor' 1 END
              |                                                      ^ expected 'THEN' after the WHEN condition
              = CASE WHEN r.date < 2016 THEN 'early' ELSE 'late' END, or CASE a.kind WHEN 'actor' THEN 1 ELSE 0 END

            """)
        #expect(ParserTests.error("MATCH (a)-[r]->(b) RETURN CASE a.kind ELSE 1 END").contains("expected 'WHEN' to open a branch of CASE"))
        #expect(ParserTests.error("MATCH (a)-[r]->(b) RETURN CASE WHEN TRUE THEN 1 ED").contains("= did you mean 'END'?"))
    }

    @Test func aRelationTakesAPropertyMapAfterItsHops() throws {
        let match = try Self.match("MATCH (a)-[r:supports*1..2 {negated: false, date: 2016}]->(b) RETURN b")
        let edge = match.patterns[0].edges[0]
        #expect(edge.hops == 1...2)
        #expect(edge.properties.map(\.key.text) == ["negated", "date"])
        #expect(try Self.match("MATCH (a)-[{negated: true}]->(b) RETURN b").patterns[0].edges[0].properties.count == 1)
        #expect(ParserTests.error("MATCH (a)-[r {negated true}]->(b) RETURN b").contains("expected ':' after the property name"))
    }

    @Test func withStagesChainAndMaxIsACall() throws {
        let match = try Self.match("MATCH (a)-[r]->(b) WITH a, count(r) AS n WHERE n > 1 WITH a, n ORDER BY n DESC LIMIT 3 WITH max(n) AS top RETURN top")
        #expect(match.stages.count == 3)
        #expect(match.stages[1].limit == 3 && match.stages[1].order.count == 1)
        guard case .call(let function, _, let arguments, _) = match.stages[2].items.items[0].expression else {
            Issue.record("max(n) is not a call")
            return
        }
        #expect(function.text == "max" && arguments.count == 1)
    }
}
