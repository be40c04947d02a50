import Entente
import EntenteTestSupport
import Testing

/// Variable-length relations anywhere in a MATCH (walk CTEs of the join), path functions,
/// chained WITH stages, OPTIONAL MATCH of several relations, relation property maps, labels(n)
/// and CASE, on the hand-made graph. Kùzu agrees with these forms (`Tests/differential/kuzu_check.py`).
@Suite struct VariableLengthJoinTests {
    @Test func aWalkFollowsAFixedHopAndJoinsLikeAnyRelation() throws {
        // Iran supports Syria, which supports Hezbollah: the walk starts where the fixed hop ends.
        #expect(try HandMadeGraph.rows(#"MATCH (a {name: "Iran"})-[:supports]->(b)-[:supports*1..2]->(c) RETURN b, c"#) == [["Syria", "Hezbollah"]])
        // Two walks and a fixed hop in one query, several patterns sharing `a`.
        #expect(try HandMadeGraph.rows(#"MATCH (a)-[:supports|arms*1..2]->("Hezbollah"), (a)-[:meets_with]-(m) RETURN DISTINCT a, m ORDER BY a, m"#) == [
            ["Iran", "Russia"], ["Iran", "Turkey"], ["Russia", "Iran"], ["Russia", "Turkey"],
        ])
    }

    @Test func aWalkBindsOncePerPathSoAggregatesCountWalks() throws {
        // One row per walk (per sequence of facts), as Cypher binds a variable-length relation.
        #expect(try HandMadeGraph.rows(#"MATCH ("Iran")-[r*1..2]->(b) RETURN b, count(*) AS walks ORDER BY walks DESC, b"#) == [
            ["Hezbollah", "3"], ["Syria", "1"],
        ])
        #expect(try HandMadeGraph.rows("MATCH (a)-[r*2..2]->(b) RETURN count(*) AS walks, count(DISTINCT a) AS starts") == [["60", "8"]])
        // The aggregate max(…) is a call although MAX is a keyword of path searches.
        #expect(try HandMadeGraph.rows("MATCH p = (a)-[*1..3]->(b) RETURN max(length(p)) AS longest") == [["3"]])
    }

    @Test func walksAreAcyclicAndDepthBounded() throws {
        let result = try HandMadeGraph.run("MATCH p = (a)-[*1..3]-(b) RETURN nodes(p), length(p)")
        #expect(!result.rows.isEmpty)
        for row in result.rows {
            guard case .string(let list) = row[0], case .integer(let length) = row[1] else {
                Issue.record("not a node list and a length: \(row)")
                continue
            }
            let names = list.dropFirst(2).dropLast(2).split(separator: "\",\"", omittingEmptySubsequences: false)
            #expect(names.count == Int(length) + 1)
            #expect(Set(names).count == names.count, "a walk entered an entity twice: \(list)")
            #expect((1...3).contains(length))
        }
    }

    @Test func theWhereTestsEachHopOfAWalkAndLengthIsAValue() throws {
        let rows = try HandMadeGraph.rows(#"MATCH p = ("Iran")-[r*1..2]-(b) WHERE length(p) = 2 AND r.date >= 2017 RETURN DISTINCT b ORDER BY b"#)
        #expect(rows == [["Iraq"], ["Israel"], ["People's Protection Units"], ["Russia"], ["Syria"], ["Turkey"], ["United States"]])
        // Every hop of every walk kept is dated 2017 or later.
        let result = try HandMadeGraph.run(#"MATCH p = ("Iran")-[r*1..2]-(b) WHERE r.date >= 2017 RETURN relationships(p) ORDER BY length(p)"#)
        for row in result.rows {
            guard case .path(let hops) = row[0] else {
                Issue.record("not a path: \(row)")
                continue
            }
            #expect(hops.allSatisfy { ($0.date ?? "") >= "2017" })
        }
        #expect(HandMadeGraph.errorText(#"MATCH ("Iran")-[r*1..2]-(b) WHERE r.date >= 2017 OR b.kind = 'actor' RETURN b"#).contains(
            "this condition mixes the variable-length relation 'r' with other variables"))
    }

    @Test func aWalkThatOutgrowsTheBudgetStops() throws {
        let store = try HandMadeGraph.sqliteStore()
        #expect(throws: QueryBudgetError.expansions(20)) {
            try HandMadeGraph.run(store, "MATCH (a)-[*1..3]-(b)-[:supports]->(c) RETURN count(*)", options: .init(maxExpansions: 20))
        }
        // An empty answer carries no count of the walk's rows; they are counted apart, and still stop it.
        #expect(throws: QueryBudgetError.expansions(20)) {
            try HandMadeGraph.run(store, "MATCH (a)-[*1..3]-(b) WHERE a.name = 'nobody' RETURN a", options: .init(maxExpansions: 20))
        }
        // The same query within its budget answers.
        let within = try HandMadeGraph.run(store, "MATCH (a)-[*1..3]-(b)-[:supports]->(c) RETURN count(*) > 0")
        #expect(HandMadeGraph.strings(within) == [["1"]])
    }

    @Test func withStagesChain() throws {
        #expect(try HandMadeGraph.rows("MATCH (a)-[r]->(b) WITH a, count(r) AS n WHERE n > 1 WITH a, n ORDER BY n DESC, a LIMIT 3 RETURN a, n") == [
            ["Russia", "7"], ["Turkey", "7"], ["Iran", "3"],
        ])
        // Aggregates of aggregates, a stage after a walk.
        #expect(try HandMadeGraph.rows(#"MATCH ("Iran")-[r*1..2]->(b) WITH b, count(*) AS walks WITH sum(walks) AS total, count(b) AS ends RETURN total, ends"#) == [
            ["4", "2"]
        ])
        #expect(HandMadeGraph.errorText("MATCH (a)-[r]->(b) WITH a, b WITH a, count(b) AS n RETURN a, b").contains("= in scope here: a, n"))
    }

    @Test func anOptionalMatchOfSeveralRelationsMatchesWholeOrNotAtAll() throws {
        #expect(try HandMadeGraph.rows("MATCH (a)-[:supports]->(b) OPTIONAL MATCH (b)-[r]->(c)-[s:attacks]->(d) RETURN a, b, type(r), c, d ORDER BY a, b") == [
            ["Iran", "Hezbollah", "", "", ""], ["Iran", "Syria", "", "", ""], ["Russia", "Syria", "", "", ""], ["Syria", "Hezbollah", "", "", ""],
            ["United States", "People's Protection Units", "affiliated_with", "Kurdistan Workers' Party", "Turkey"],
            ["United States", "People's Protection Units", "affiliated_with", "Kurdistan Workers' Party", "Turkey"],
        ])
        // Syria's facts lead on (Syria supports Hezbollah), but no second step attacks: NULL, not half a match.
        #expect(try HandMadeGraph.rows(#"MATCH (a {name: "Russia"})-[:supports]->(b) OPTIONAL MATCH (b)-[r]->(c)-[s:attacks]->(d) RETURN b, count(r) AS r"#) == [
            ["Syria", "0"]
        ])
    }

    @Test func relationMapsLabelsAndCase() throws {
        #expect(try HandMadeGraph.rows("MATCH (a)-[r:clashes_with {negated: true}]->(b) RETURN a, b, r") == [
            ["Turkey", "Syria", "Turkey –not clashes_with→ Syria (2017-03-23)"]
        ])
        #expect(try HandMadeGraph.rows(#"MATCH (a)-[{date: 2016}]->(b {name: "Hezbollah"}) RETURN a"#) == [["Syria"]])
        #expect(try HandMadeGraph.rows(#"""
            MATCH (a)-[r]->(b {name: "Hezbollah"}) RETURN a, labels(a), CASE WHEN r.date < 2016 THEN "before 2016" ELSE "since" END AS era,
            CASE b.kind WHEN "actor" THEN "state" WHEN "organisation" THEN "group" END AS target ORDER BY a, era
            """#) == [
            ["Iran", #"["actor","state"]"#, "before 2016", "group"], ["Iran", #"["actor","state"]"#, "since", "group"],
            ["Israel", #"["actor","state"]"#, "since", "group"], ["Syria", #"["actor","state"]"#, "since", "group"],
        ])
        #expect(HandMadeGraph.errorText("MATCH (a)-[r]->(b) RETURN CASE WHEN a.kind = 'actor' THEN 1 ELS 2 END").contains("= did you mean 'ELSE'?"))
    }
}
