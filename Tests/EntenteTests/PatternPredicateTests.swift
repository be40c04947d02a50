import Entente
import EntenteTestSupport
import Testing

/// Pattern predicates in the WHERE of a MATCH, `NOT (a)-[:attacks]->()`, on the hand-made graph:
/// what they keep, that their relations take the filters every relation takes, and how their
/// mistakes are shown.
@Suite struct PatternPredicateTests {
    @Test func aNegatedPatternKeepsTheEntitiesWithoutSuchARelation() throws {
        // Turkey, Israel and the PKK attack; every other subject does not.
        #expect(try HandMadeGraph.rows("MATCH (a)-[r]->(b) WHERE NOT (a)-[:attacks]->() RETURN DISTINCT a ORDER BY a") == [
            ["Egypt"], ["Iran"], ["Iraq"], ["People's Protection Units"], ["Russia"], ["Syria"], ["United States"],
        ])
        #expect(try HandMadeGraph.rows("MATCH (a)-[r]->(b) WHERE (a)-[:attacks]->() RETURN DISTINCT a ORDER BY a") == [
            ["Israel"], ["Kurdistan Workers' Party"], ["Turkey"],
        ])
    }

    @Test func patternsJoinTheMatchsVariablesAndTestAnonymousNodes() throws {
        #expect(try HandMadeGraph.rows("MATCH (a)-[r:supports]->(b) WHERE (b)-[:supports]->(:organisation) RETURN a, b ORDER BY a") == [
            ["Iran", "Syria"], ["Russia", "Syria"],
        ])
        #expect(try HandMadeGraph.rows("MATCH (a)-[r]-(b) WHERE (a)-[:meets_with]-(b) AND (a)-[:attacks]-(b) RETURN DISTINCT a, b ORDER BY a") == [
            ["Russia", "Turkey"], ["Turkey", "Russia"],
        ])
        // A chain: Turkey attacks the YPG, which is affiliated with the PKK, which attacks Turkey.
        #expect(try HandMadeGraph.rows("MATCH (a)-[r:attacks]->(b) WHERE (b)-[:affiliated_with]->()-[:attacks]->(a) RETURN DISTINCT a, b") == [
            ["Turkey", "People's Protection Units"]
        ])
        #expect(try HandMadeGraph.rows(#"MATCH (a)-[r]->(b) WHERE (a)-[:meets_with]-({name: "Iran"}) RETURN DISTINCT a ORDER BY a"#) == [
            ["Russia"], ["Turkey"],
        ])
    }

    /// The relations of a pattern predicate leave out negated facts and take the MATCH's scope,
    /// as every relation of the query does.
    @Test func thePatternsRelationsTakeTheDefaultFiltersAndTheScope() throws {
        // Turkey's only clash with Syria is negated: it does not count.
        #expect(try HandMadeGraph.rows(#"MATCH (a)-[r]->(b) WHERE (a)-[:clashes_with]-() RETURN count(*)"#) == [["0"]])
        // Turkey attacked in 2015, 2016 and 2018, Israel in 2019, the PKK in 2016: in 2016, Turkey and the PKK.
        #expect(try HandMadeGraph.rows("MATCH (a)-[r]->(b) WHERE (a)-[:attacks]->() DURING 2016 RETURN DISTINCT a ORDER BY a") == [
            ["Kurdistan Workers' Party"], ["Turkey"],
        ])
    }

    @Test func mistakesPointAtTheirPlaceWithAWayOut() {
        let newVariables = HandMadeGraph.errorText("MATCH (a)-[r]->(b) WHERE (a)-[x:attacks]->(c) RETURN a")
        #expect(newVariables.contains("""
            error: 'c' is not bound by the MATCH; a pattern predicate only tests the variables it binds
             --> query:1:44
            1 | MATCH (a)-[r]->(b) WHERE (a)-[x:attacks]->(c) RETURN a
              |                                            ^ new variable
              = leave the node anonymous: ()
            """))
        #expect(newVariables.contains("""
             --> query:1:31
            1 | MATCH (a)-[r]->(b) WHERE (a)-[x:attacks]->(c) RETURN a
              |                               ^ new variable
              = leave the relation anonymous: -[:attacks]->
            """))
        #expect(HandMadeGraph.errorText(#"PATHS FROM "Iran" TO "Syria" MAX 2 WHERE ("Iran")-[:supports]->()"#).contains(
            "a pattern predicate can only be in the WHERE of a MATCH or an OPTIONAL MATCH"))
        #expect(HandMadeGraph.errorText("MATCH (a)-[r]->(b) WHERE (a)-[:attacks*1..2]->() RETURN a").contains("= a pattern predicate follows one fact per relation"))
        #expect(HandMadeGraph.errorText("MATCH (a)-[r]->(b) WHERE (a)-[:atacks]->() RETURN a").contains("did you mean 'attacks'?"))
    }

    /// `EXISTS { [MATCH] pattern }` is the same predicate as Cypher also writes it.
    @Test func existsWithBracesIsThePatternPredicate() throws {
        #expect(try HandMadeGraph.rows("MATCH (a)-[r]->(b) WHERE NOT EXISTS { MATCH (a)-[:attacks]->() } RETURN DISTINCT a ORDER BY a")
            == HandMadeGraph.rows("MATCH (a)-[r]->(b) WHERE NOT (a)-[:attacks]->() RETURN DISTINCT a ORDER BY a"))
        #expect(try HandMadeGraph.rows("MATCH (a)-[r:supports]->(b) WHERE EXISTS { (b)-[:supports]->(:organisation) } RETURN a, b ORDER BY a") == [
            ["Iran", "Syria"], ["Russia", "Syria"],
        ])
        #expect(HandMadeGraph.errorText(#"MATCH (a)-[r]->(b) WHERE EXISTS { MATCH (a)-[:attacks]->() WHERE a.name = "x" } RETURN a"#).contains(
            "expected '}' to close EXISTS (test other conditions in the WHERE around it)"))
    }

    /// A parenthesised condition is still one: only a node followed by a relation is a pattern.
    @Test func parenthesesStillGroupConditions() throws {
        #expect(try HandMadeGraph.rows(#"MATCH (a)-[r]->(b) WHERE (a.name = "Iran") AND (b.name = "Syria" OR b.name = "Hezbollah") RETURN DISTINCT b ORDER BY b"#) == [
            ["Hezbollah"], ["Syria"],
        ])
    }
}
