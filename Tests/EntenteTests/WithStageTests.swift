import Entente
import EntenteTestSupport
import Testing

/// `MATCH … WITH … [WHERE …] RETURN …` on the hand-made graph: aggregation, filtering and
/// ORDER BY … LIMIT between the MATCH and its RETURN; and how its mistakes are shown.
@Suite struct WithStageTests {
    @Test func aStageGroupsAndItsWhereFiltersTheGroups() throws {
        #expect(try HandMadeGraph.rows("MATCH (a)-[r]->(b) WITH a, count(r) AS n WHERE n > 2 RETURN a, n ORDER BY n DESC, a") == [
            ["Russia", "7"], ["Turkey", "7"], ["Iran", "3"], ["United States", "3"],
        ])
        // The same groups without the stage's WHERE: every subject.
        #expect(try HandMadeGraph.rows("MATCH (a)-[r]->(b) WITH a, count(r) AS n RETURN count(a) AS subjects, sum(n) AS facts") == [["10", "26"]])
    }

    @Test func aStageOrderAndLimitComeBeforeTheReturn() throws {
        #expect(try HandMadeGraph.rows("MATCH (a)-[r]->(b) WITH a, count(DISTINCT b) AS targets ORDER BY targets DESC, a LIMIT 3 RETURN a.name, targets") == [
            ["Turkey", "5"], ["Russia", "3"], ["Iran", "2"],
        ])
        // The RETURN's own ORDER BY and LIMIT then apply to those rows.
        #expect(try HandMadeGraph.rows("MATCH (a)-[r]->(b) WITH a, count(DISTINCT b) AS targets ORDER BY targets DESC, a LIMIT 3 RETURN a ORDER BY a LIMIT 2") == [
            ["Iran"], ["Russia"],
        ])
    }

    @Test func theReturnReadsTheItemsByTheirNames() throws {
        #expect(try HandMadeGraph.rows(#"MATCH (a)-[r]->(b) WITH type(r) AS t, count(DISTINCT a) AS subjects WHERE subjects > 1 AND t STARTS WITH "s" RETURN t, subjects ORDER BY t"#) == [
            ["supports", "4"]
        ])
        // A property carried through WITH is named after the property.
        #expect(try HandMadeGraph.rows("MATCH (a)-[r]->(b) WITH DISTINCT b.kind WHERE kind = 'organisation' RETURN kind") == [["organisation"]])
    }

    @Test func mistakesPointAtTheirPlaceWithAWayOut() {
        #expect(HandMadeGraph.errorText("MATCH (a)-[r]->(b) WITH a, count(r) WHERE a.name = \"x\" RETURN a") == """
            error: expected AS and a name, found 'count(r)'
             --> query:1:28
            1 | MATCH (a)-[r]->(b) WITH a, count(r) WHERE a.name = "x" RETURN a
              |                            ^^^^^^^^ expected AS and a name
              = name what WITH carries: WITH count(r) AS n

            """)
        #expect(HandMadeGraph.errorText("MATCH (a)-[r]->(b) WITH a, count(r) AS n WHERE n > 2 RETURN a.kind").contains(
            "= after WITH, a node is its name: carry what else you need as an item, WITH a, a.kind AS kind"))
        #expect(HandMadeGraph.errorText("MATCH (a)-[r]->(b) WITH a RETURN b").contains("'b' is not bound by the pattern"))
        #expect(HandMadeGraph.errorText("MATCH (a)-[r]->(b) WITH r RETURN r").contains("= WITH carries names and values: WITH a, count(r) AS n"))
        #expect(HandMadeGraph.errorText(#"MATCH ("Iran")-[r*1..2]->(b) WITH r RETURN r"#).contains("WITH carries names and values"))
    }
}
