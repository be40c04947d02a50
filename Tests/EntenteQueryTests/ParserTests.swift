@testable import EntenteQuery
import Testing

/// Parser diagnostics, compared as the user sees them: header, line and caret.
@Suite struct ParserTests {
    static func error(_ text: String) -> String {
        do {
            _ = try Parser.parse(SourceText(text))
            return "no error"
        } catch {
            return error.description
        }
    }

    @Test func anEmptyRelationNameIsShownWithACaret() {
        #expect(Self.error("MATCH (russia)-[:]->(x) RETURN x") == """
            error: expected a relation name, found ']'
             --> query:1:18
            1 | MATCH (russia)-[:]->(x) RETURN x
              |                  ^ expected a relation name

            """)
    }

    @Test func aMisspeltKeywordGetsASuggestion() {
        #expect(Self.error("MATCH (a)-[r]->(b) RETRUN b") == """
            error: expected 'RETURN', found 'RETRUN'
             --> query:1:20
            1 | MATCH (a)-[r]->(b) RETRUN b
              |                    ^^^^^^ expected 'RETURN'
              = did you mean 'RETURN'?

            """)
        #expect(Self.error("MATHC (a) RETURN a").contains("= did you mean 'MATCH'?"))
    }

    @Test func variableLengthNeedsAnUpperBoundBelowTheCap() {
        #expect(Self.error("MATCH (a)-[*1]->(b) RETURN b") == """
            error: a variable-length hop needs an upper bound, for example *1..3
             --> query:1:12
            1 | MATCH (a)-[*1]->(b) RETURN b
              |            ^^ add '..N'

            """)
        #expect(Self.error("PATHS FROM \"A\" TO \"B\" MAX 9").hasPrefix("error: 9 hops is above the limit of 6\n --> query:1:27"))
        #expect(Self.error("MATCH (a)-[*3..2]->(b) RETURN b").hasPrefix("error: the lower bound is above the upper bound"))
    }

    @Test func unterminatedStringsPointAtTheirStart() {
        #expect(Self.error("MATCH (\"Turkey)-[r]->(b) RETURN b") == """
            error: unterminated string
             --> query:1:8
            1 | MATCH ("Turkey)-[r]->(b) RETURN b
              |        ^^^^^^^^^^^^^^^^^^^^^^^^^^ the string starts here and is never closed

            """)
    }

    @Test func errorsOnLaterLinesNameTheirLine() {
        let text = "MATCH (a)-[r:supports]->(b)\nWHERE r.confidence >= \nRETURN b"
        #expect(Self.error(text).hasPrefix("error: expected a value, a variable or a property, found 'RETURN'\n --> query:3:1\n3 | RETURN b\n"))
    }

    @Test func impossibleDatesAreRefused() {
        #expect(Self.error("MATCH (a)-[r]->(b) DURING 2017-02-30 RETURN b").hasPrefix(
            "error: '2017-02-30' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)\n --> query:1:27"))
    }

    @Test func aFullQueryParses() throws {
        let query = try Parser.parse(SourceText("""
            EXPLAIN MATCH (a:actor|organisation)-[r:supports|arms]->(b "PKK"), (a)<-[s]-(c)
            WHERE r.confidence >= 0.7 AND NOT s.negated AND a.name IN ["Iran", "Syria"]
            DURING 2017-01..2017-06
            RETURN DISTINCT a, count(DISTINCT r) AS mentions, sources(r) WITH EVIDENCE
            ORDER BY mentions DESC LIMIT 5
            """))
        #expect(query.explain)
        guard case .match(let match) = query.body else {
            Issue.record("not a MATCH")
            return
        }
        #expect(match.patterns.count == 2)
        #expect(match.patterns[0].nodes[0].labels.map(\.text) == ["actor", "organisation"])
        #expect(match.patterns[0].edges[0].types.map(\.text) == ["supports", "arms"])
        #expect(match.patterns[1].edges[0].direction == .left)
        #expect(match.scope?.kind == .during)
        #expect(match.scope?.start == "2017-01")
        #expect(match.scope?.end == "2017-06")
        #expect(match.returns.distinct)
        #expect(match.returns.withEvidence)
        #expect(match.order.first?.descending == true)
        #expect(match.limit == 5)
    }

    @Test func aStrayCharacterIsReportedWithItsCaret() {
        // The lexer's diagnostics used to be swallowed when the parse itself succeeded.
        for (text, offset) in [("MATCH (a) RETURN a ~", 19), ("MATCH (a) @ RETURN a", 10)] {
            #expect {
                _ = try Parser.parse(SourceText(text, name: "query"))
            } throws: { error in
                guard let error = error as? QueryError else { return false }
                return error.diagnostics.first?.range.lowerBound == offset && !error.description.isEmpty
            }
        }
    }
}
