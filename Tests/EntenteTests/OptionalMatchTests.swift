import Entente
import EntenteTestSupport
import Testing

/// OPTIONAL MATCH on the hand-made graph: NULLs where the optional relation has no match, the
/// clause's WHERE part of the optional match, counts that skip the NULLs; and its mistakes.
@Suite struct OptionalMatchTests {
    @Test func aRowWithoutTheOptionalRelationKeepsNulls() throws {
        let result = try HandMadeGraph.run("MATCH (a:actor)-[:meets_with]-(b) OPTIONAL MATCH (a)-[r:attacks]->(x:organisation) RETURN DISTINCT a, x, r.date ORDER BY a, x")
        #expect(result.rows == [
            [.string("Iran"), .null, .null], [.string("Iraq"), .null, .null], [.string("Russia"), .null, .null],
            [.string("Turkey"), .string("Kurdistan Workers' Party"), .string("2016-08-24")],
            [.string("Turkey"), .string("People's Protection Units"), .string("2016-08-24")],
            [.string("Turkey"), .string("People's Protection Units"), .string("2018-01-20")],
        ])
        // A relation variable that matched nothing is NULL, not a hop.
        let hops = try HandMadeGraph.run("MATCH (a)-[:supports]->(b {name: \"Syria\"}) OPTIONAL MATCH (b)-[r:arms]->(c) RETURN a, r")
        #expect(hops.rows.count == 2)
        #expect(hops.rows.allSatisfy { $0[1] == .null })
    }

    @Test func theClausesWhereIsPartOfTheOptionalMatch() throws {
        // Syria is supported but not armed: it stays, with a count of 0.
        let counted = try HandMadeGraph.run(#"MATCH (a)-[:supports]->(b) OPTIONAL MATCH (c)-[r]->(b) WHERE type(r) = "arms" RETURN b, count(r) AS arms ORDER BY b"#)
        #expect(HandMadeGraph.strings(counted) == [["Hezbollah", "2"], ["People's Protection Units", "2"], ["Syria", "0"]])
        // The WHERE may name the new end; a row that fails it keeps NULLs rather than going.
        let named = try HandMadeGraph.run(#"MATCH ("Israel")-[:attacks]->(b) OPTIONAL MATCH (b)<-[r]-(c {kind: "actor"}) WHERE c.name STARTS WITH "S" RETURN b, c"#)
        #expect(named.rows == [[.string("Hezbollah"), .string("Syria")]])
        let none = try HandMadeGraph.run(#"MATCH ("Israel")-[:attacks]->(b) OPTIONAL MATCH (b)<-[r]-(c) WHERE c.name = "Nobody" RETURN b, c"#)
        #expect(none.rows == [[.string("Hezbollah"), .null]])
    }

    @Test func anOptionalMatchBetweenTwoBoundVariablesTestsTheirRelation() throws {
        let result = try HandMadeGraph.run("MATCH (a)-[:meets_with]->(b) OPTIONAL MATCH (a)-[r:attacks]-(b) RETURN a, b, type(r) ORDER BY a, b")
        #expect(HandMadeGraph.strings(result) == [
            ["Iraq", "Turkey", ""], ["Russia", "Iran", ""], ["Russia", "Turkey", "attacks"], ["Turkey", "Iran", ""],
        ])
    }

    @Test func mistakesPointAtTheirPlaceWithAWayOut() throws {
        #expect(HandMadeGraph.errorText("MATCH (a)-[:supports]->(b) OPTIONAL MATCH (x)-[r]->(y) RETURN a") == """
            error: expected a variable of the MATCH at one end, found '('
             --> query:1:43
            1 | MATCH (a)-[:supports]->(b) OPTIONAL MATCH (x)-[r]->(y) RETURN a
              |                                           ^^^ expected a variable of the MATCH at one end
              = an OPTIONAL MATCH extends the rows of the MATCH: start it from one of its variables, (a)-[r]->(x)

            """)
        #expect(HandMadeGraph.errorText("MATCH (a)-[:supports]->(b) OPTIONAL MATCH (b)-[r*1..2]->(c) RETURN a").contains(
            "= an OPTIONAL MATCH follows single hops: write them out, (a)-[:x]->(b)-[:y]->(c)"))
        #expect(HandMadeGraph.errorText("MATCH (a)-[:supports]->(b) OPTIONAL MATCH (x)-[r]->(y)-[s]->(z) RETURN a").contains(
            "expected a variable of the MATCH at one end"))
        // After a variable-length MATCH (now a join), an OPTIONAL MATCH extends its rows: no one Iran reaches attacks.
        #expect(try HandMadeGraph.rows(#"MATCH ("Iran")-[*1..2]->(b) OPTIONAL MATCH (b)-[r:attacks]->(c) RETURN b, c ORDER BY b"#) == [
            ["Hezbollah", ""], ["Hezbollah", ""], ["Hezbollah", ""], ["Syria", ""],
        ])
        #expect(HandMadeGraph.errorText("MATCH (a)-[:supports]->(b) OPTIONAL (b)-[r]->(c) RETURN a").contains("expected 'MATCH'"))
        #expect(HandMadeGraph.errorText("MATCH (a)-[:supports]->(b) OPTIONAL MATCH (b)-[a]->(c) RETURN a").contains("'a' already names a different part"))
    }
}
