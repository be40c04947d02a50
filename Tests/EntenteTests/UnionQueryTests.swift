import Entente
import EntenteTestSupport
import Testing

/// `MATCH … UNION [ALL] MATCH …` on the hand-made graph: the rows of every part, with or without
/// repeats, each part keeping its own clauses; and how its mistakes are shown.
@Suite struct UnionQueryTests {
    @Test func unionKeepsEachRowOnceAndUnionAllKeepsThemAll() throws {
        let attackers = try HandMadeGraph.rows("MATCH (a)-[:attacks]->(b) RETURN a")
        let supporters = try HandMadeGraph.rows("MATCH (a)-[:supports]->(b) RETURN a")
        let all = try HandMadeGraph.rows("MATCH (a)-[:attacks]->(b) RETURN a UNION ALL MATCH (a)-[:supports]->(b) RETURN a")
        #expect(all.count == attackers.count + supporters.count)
        #expect(all.sorted { $0[0] < $1[0] } == (attackers + supporters).sorted { $0[0] < $1[0] })
        let union = try HandMadeGraph.rows("MATCH (a)-[:attacks]->(b) RETURN a UNION MATCH (a)-[:supports]->(b) RETURN a")
        #expect(Set(union) == Set(attackers + supporters))
        #expect(union.count == Set(union).count)
        #expect(union.count == 7)
    }

    @Test func theColumnsAreTheFirstPartsAndEachPartKeepsItsClauses() throws {
        let result = try HandMadeGraph.run(
            try HandMadeGraph.sqliteStore(),
            #"MATCH (a)-[:attacks]->(b) RETURN a AS actor, count(*) AS n ORDER BY n DESC LIMIT 1 UNION MATCH ("Iran")-[r]->(b) RETURN b, count(r)"#)
        #expect(result.columns == ["actor", "n"])
        #expect(Set(HandMadeGraph.strings(result)) == [["Turkey", "4"], ["Hezbollah", "2"], ["Syria", "1"]])
        // Three parts, each with its own variables.
        #expect(try Set(HandMadeGraph.rows(#"MATCH ("Egypt")-[r]->(x) RETURN x UNION MATCH (y)-[r]->("Egypt") RETURN y UNION MATCH ("Iraq")-[s]-(z) RETURN z"#)) == [
            ["Israel"], ["Turkey"],
        ])
    }

    @Test func mistakesPointAtTheirPlaceWithAWayOut() throws {
        #expect(HandMadeGraph.errorText("MATCH (a)-[:attacks]->(b) RETURN a UNION MATCH (a)-[:supports]->(b) RETURN a, b") == """
            error: this part of the UNION returns 2 columns, the first 1
             --> query:1:42
            1 | MATCH (a)-[:attacks]->(b) RETURN a UNION MATCH (a)-[:supports]->(b) RETURN a, b
              |                                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ 2 columns
              = every part of a UNION returns as many columns as the first (a)

            """)
        #expect(HandMadeGraph.errorText("MATCH (a)-[:attacks]->(b) RETURN a UNION ALL MATCH (a)-[:supports]->(b) RETURN a UNION MATCH (a)-[r]->(b) RETURN b")
            .contains("= write every UNION of a query alike: all UNION, or all UNION ALL"))
        #expect(HandMadeGraph.errorText("MATCH (a)-[r:attacks]->(b) RETURN r UNION MATCH (a)-[:supports]->(b) RETURN a").contains("return type(r), r.date"))
        // A part with a variable-length relation is one SELECT too, its walk a CTE of its own.
        #expect(try HandMadeGraph.rows(#"MATCH ("Iran")-[*1..2]->(b) RETURN b.name AS n UNION MATCH (a)-[:supports]->(b) RETURN a.name AS n"#).sorted { $0[0] < $1[0] } == [
            ["Hezbollah"], ["Iran"], ["Russia"], ["Syria"], ["United States"],
        ])
        #expect(HandMadeGraph.errorText("MATCH (a)-[:attacks]->(b) RETURN a UNION RETURN 1").contains("expected 'MATCH' after UNION"))
        #expect(HandMadeGraph.errorText("MATCH (a)-[:attacks]->(b) RETURN a UNOIN MATCH (c)-[]->(d) RETURN c").contains("expected end of query"))
    }
}
