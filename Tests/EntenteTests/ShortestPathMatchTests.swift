import Entente
import EntenteTestSupport
import Testing

/// `MATCH p = shortestPath(…)` and `allShortestPaths(…)` on the hand-made graph: the same paths as
/// SHORTEST and ALL SHORTEST, with the ends and `length(p)` as columns; and their mistakes.
@Suite struct ShortestPathMatchTests {
    @Test func shortestPathIsShortestWithItsEndsAndLength() throws {
        let cypher = try HandMadeGraph.run(#"MATCH p = shortestPath((a "Iraq")-[*..6]-(b "Hezbollah")) RETURN a, b, length(p), p"#)
        let ours = try HandMadeGraph.run(#"SHORTEST FROM "Iraq" TO "Hezbollah" MAX 6"#)
        #expect(cypher.columns == ["a", "b", "length(p)", "p"])
        #expect(cypher.rows.count == 1)
        #expect(cypher.rows.first?[0] == .string("Iraq"))
        #expect(cypher.rows.first?[1] == .string("Hezbollah"))
        #expect(cypher.rows.first?[2] == .integer(3))
        #expect(cypher.rows.first?[3] == ours.rows.first?[0])
    }

    @Test func allShortestPathsAreAllOfTheShortestLength() throws {
        let cypher = try HandMadeGraph.run(#"MATCH p = allShortestPaths((a {name: "Iran"})-[:supports|arms*1..3]->(b {name: "Hezbollah"})) RETURN p, length(p)"#)
        let ours = try HandMadeGraph.run(#"ALL SHORTEST FROM "Iran" TO "Hezbollah" VIA supports|arms MAX 3 DIRECTED"#)
        #expect(cypher.rows.map { $0[0] } == ours.rows.map { $0[0] })
        #expect(cypher.rows.map { $0[1] } == [.integer(1), .integer(1)])
    }

    /// `(a)<-[*]-(b)` follows facts from b to a; the columns keep the nodes as written.
    @Test func aLeftArrowSearchesFromTheOtherEnd() throws {
        let result = try HandMadeGraph.run(#"MATCH p = shortestPath((a "Hezbollah")<-[*..3]-(b "Russia")) RETURN a, b, length(p), p"#)
        #expect(result.rows.first?[0] == .string("Hezbollah"))
        #expect(result.rows.first?[1] == .string("Russia"))
        #expect(result.rows.first?[2] == .integer(2))
        guard case .path(let hops)? = result.rows.first?[3] else {
            Issue.record("no path")
            return
        }
        #expect(hops.first?.subject == "Russia")
        #expect(hops.last?.object == "Hezbollah")
    }

    @Test func mistakesPointAtTheirPlaceWithAWayOut() {
        #expect(HandMadeGraph.errorText(#"MATCH p = shortestPath((a "Iraq")-[*2..6]-(b "Hezbollah")) RETURN p"#) == """
            error: expected a lower bound of 0 or 1, found '2'
             --> query:1:34
            1 | MATCH p = shortestPath((a "Iraq")-[*2..6]-(b "Hezbollah")) RETURN p
              |                                  ^^^^^^^^^ expected a lower bound of 0 or 1
              = a shortest path is as short as it can be: write *..6 or *1..6

            """)
        #expect(HandMadeGraph.errorText(#"MATCH p = shortestPath((a "Iraq")-[*..6]-(b:actor)) RETURN p"#).contains("= a shortest path joins two named entities"))
        #expect(HandMadeGraph.errorText(#"MATCH p = shortestPath((a "Iraq")-[*..6]-(b "Iran")) RETURN type(p)"#).contains("expected an end, the path or length(path)"))
        #expect(HandMadeGraph.errorText(#"MATCH p = shortestPath((a "Iraq")-[*..6]-(b "Iran") RETURN p"#).contains("expected ')' to close shortestPath"))
        #expect(HandMadeGraph.errorText(#"MATCH p = shortestPath((a "Iraq")-[*..9]-(b "Iran")) RETURN p"#).contains("9 hops is above the limit of 6"))
    }
}
