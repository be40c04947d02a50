import Entente
import EntenteTestSupport
import Testing

/// Cypher's conveniences over MATCH, answered on the hand-made graph whose answers are known by
/// hand: property maps, `type(r)`, string predicates, `coalesce`, `collect`, `count(DISTINCT …)`,
/// `SKIP`. (The Kùzu differential check compares the same constructs with Kùzu's answers.)
@Suite struct CypherConveniencesTests {
    @Test func aPropertyMapNamesTheNodeAndTestsTheRest() throws {
        #expect(try HandMadeGraph.rows(#"MATCH (a {name: "Iran"})-[r]->(b {kind: "organisation"}) RETURN DISTINCT b"#) == [["Hezbollah"]])
        // `{name: …}` names the entity as `("…")` does, so an alias or code finds it too, and a
        // parameter may give it.
        #expect(try HandMadeGraph.rows(#"MATCH (a {name: "Iran"})-[r:arms]->(b) RETURN b"#) == HandMadeGraph.rows(#"MATCH ("Iran")-[r:arms]->(b) RETURN b"#))
        #expect(try HandMadeGraph.rows(#"MATCH (a {kind: "organisation"})-[r]->(b {kind: "actor"}) RETURN a, type(r), b"#) == [
            ["Kurdistan Workers' Party", "attacks", "Turkey"]
        ])
        // An empty map is no condition.
        #expect(try HandMadeGraph.rows(#"MATCH (a {})-[r:arms]->(b) RETURN DISTINCT a ORDER BY a"#) == [["Iran"], ["United States"]])
        // The far end of a variable-length match may be tested too.
        #expect(try Set(HandMadeGraph.rows(#"MATCH ("Russia")-[*1..2]->(b {kind: "organisation"}) RETURN DISTINCT b"#)) == [
            ["Hezbollah"], ["Kurdistan Workers' Party"], ["People's Protection Units"],
        ])
    }

    @Test func typeIsThePredicate() throws {
        #expect(try HandMadeGraph.rows(#"MATCH ("Iran")-[r]->(b) RETURN type(r), b ORDER BY type(r), b"#) == [
            ["arms", "Hezbollah"], ["supports", "Hezbollah"], ["supports", "Syria"],
        ])
    }

    @Test func stringPredicatesAreCaseSensitiveAndTakeNoPatterns() throws {
        #expect(try HandMadeGraph.rows(#"MATCH (a)-[r]->(b) WHERE b.name STARTS WITH "Kurd" RETURN DISTINCT a ORDER BY a"#) == [
            ["People's Protection Units"], ["Turkey"],
        ])
        #expect(try HandMadeGraph.rows(#"MATCH (a)-[r]->(b) WHERE b.name STARTS WITH "kurd" RETURN count(*)"#) == [["0"]])
        #expect(try HandMadeGraph.rows(#"MATCH (a)-[r]->(b) WHERE a.name ENDS WITH "ia" RETURN DISTINCT a ORDER BY a"#) == [["Russia"], ["Syria"]])
        #expect(try HandMadeGraph.rows(#"MATCH (a)-[r]->(b) WHERE b.name CONTAINS "Party" RETURN DISTINCT a ORDER BY a"#) == [
            ["People's Protection Units"], ["Turkey"],
        ])
        // `%` and `_` are characters, not LIKE's wildcards.
        #expect(try HandMadeGraph.rows(#"MATCH (a)-[r]->(b) WHERE a.name CONTAINS "%" OR a.name STARTS WITH "_" RETURN count(*)"#) == [["0"]])
        // Russia has a capital R only.
        #expect(try HandMadeGraph.rows(#"MATCH (a)-[r]->(b) WHERE NOT a.name CONTAINS "r" RETURN DISTINCT a ORDER BY a"#) == [
            ["Egypt"], ["Russia"], ["United States"],
        ])
    }

    @Test func collectGathersAGroupAndCountDistinctCountsIt() throws {
        #expect(try HandMadeGraph.rows(#"MATCH (a)-[r:supports]->(b) RETURN a, collect(DISTINCT b) AS supported, count(DISTINCT b) AS n ORDER BY a"#) == [
            ["Iran", #"["Hezbollah","Syria"]"#, "2"], ["Russia", #"["Syria"]"#, "1"], ["Syria", #"["Hezbollah"]"#, "1"],
            ["United States", #"["People's Protection Units"]"#, "1"],
        ])
        // Without DISTINCT, one item per fact: the United States supported the YPG twice.
        #expect(try HandMadeGraph.rows(#"MATCH ("United States")-[r:supports]->(b) RETURN collect(b)"#) == [
            [#"["People's Protection Units","People's Protection Units"]"#]
        ])
    }

    @Test func coalesceTakesTheFirstValueThatIsThere() throws {
        #expect(try HandMadeGraph.rows(#"MATCH ("Egypt")-[r]->(b) RETURN coalesce(r.role, r.speaker, b.name)"#) == [["Israel"]])
        // With nothing there, NULL.
        let none = try HandMadeGraph.run(try HandMadeGraph.sqliteStore(), #"MATCH ("Egypt")-[r]->(b) RETURN coalesce(NULL)"#)
        #expect(none.rows == [[.null]])
    }

    @Test func variableLengthMatchesTakeNamesOrderSkipAndLimit() throws {
        // The issue's first example: properties and ORDER BY over a variable-length match.
        #expect(try HandMadeGraph.rows(#"MATCH ("Iran")-[:supports*1..2]->(b) RETURN DISTINCT b.name ORDER BY b.name"#) == [["Hezbollah"], ["Syria"]])
        let all = try HandMadeGraph.rows(#"MATCH ("Russia")-[r*1..2]->(b) RETURN DISTINCT b AS target ORDER BY target DESC"#)
        #expect(all == all.sorted { $0[0] > $1[0] })
        #expect(all.count == 7)
        #expect(try HandMadeGraph.rows(#"MATCH ("Russia")-[r*1..2]->(b) RETURN DISTINCT b ORDER BY b DESC SKIP 1 LIMIT 3"#) == Array(all[1..<4]))
        // Paths sort by length, then text; ties keep the walk's order.
        let paths = try HandMadeGraph.run(
            try HandMadeGraph.sqliteStore(), #"MATCH ("Russia")-[r:supports|mediates*1..2]->(b) RETURN b.name, r ORDER BY b.name DESC, r"#)
        let names = paths.rows.map { $0[0].description }
        #expect(names == ["Turkey", "Syria", "Syria", "Hezbollah", "Hezbollah"])
        let lengths = paths.rows.map { row -> Int in if case .path(let hops) = row[1] { hops.count } else { 0 } }
        #expect(lengths == [1, 1, 1, 2, 2])
    }

    @Test func aPathVariableNamesTheWalkAndLengthCountsItsHops() throws {
        let result = try HandMadeGraph.run(
            try HandMadeGraph.sqliteStore(), #"MATCH p = ("Iran")-[:supports|arms*1..2]->(b) RETURN b, length(p), p ORDER BY b, length(p)"#)
        #expect(result.columns == ["b", "length(p)", "p"])
        #expect(result.rows.map { [$0[0].description, $0[1].description] } == [
            ["Hezbollah", "1"], ["Hezbollah", "1"], ["Hezbollah", "2"], ["Syria", "1"],
        ])
        for row in result.rows {
            guard case .path(let hops) = row[2], case .integer(let length) = row[1] else {
                Issue.record("not a path and a length: \(row)")
                continue
            }
            #expect(hops.count == Int(length))
        }
        // length() of the relation variable is the same.
        #expect(try HandMadeGraph.rows(#"MATCH ("Russia")-[r*1..2]->(b:organisation) RETURN DISTINCT b, length(r) ORDER BY b"#) == [
            ["Hezbollah", "2"], ["Kurdistan Workers' Party", "2"], ["People's Protection Units", "2"],
        ])
        // A path variable names single hops too: its length is theirs, its nodes theirs in order.
        #expect(try HandMadeGraph.rows("MATCH p = (a {name: 'Iran'})-[r]->(b)-[s:supports]->(c) RETURN c, length(p), nodes(p)") == [
            ["Hezbollah", "2", #"["Iran","Syria","Hezbollah"]"#]
        ])
    }

    @Test func skipLeavesOutTheFirstRowsOfTheOrderedAnswer() throws {
        let all = try HandMadeGraph.rows("MATCH (a)-[r]->(b) RETURN DISTINCT a ORDER BY a")
        #expect(all.count == 10)
        #expect(try HandMadeGraph.rows("MATCH (a)-[r]->(b) RETURN DISTINCT a ORDER BY a SKIP 2 LIMIT 4") == Array(all[2..<6]))
        #expect(try HandMadeGraph.rows("MATCH (a)-[r]->(b) RETURN DISTINCT a ORDER BY a SKIP 9") == [all[9]])
        #expect(try HandMadeGraph.rows("MATCH (a)-[r]->(b) RETURN DISTINCT a ORDER BY a SKIP 10").isEmpty)
    }
}
