@testable import EntenteQuery
import Testing

/// How Cypher's conveniences parse, and how their mistakes are shown: property maps, string
/// predicates, SKIP, and the functions type, coalesce and collect.
@Suite struct CypherSyntaxTests {
    static func match(_ text: String) throws -> MatchQuery? {
        guard case .match(let query) = try Parser.parse(SourceText(text)).body else { return nil }
        return query
    }

    static func planError(_ text: String) -> String {
        do {
            _ = try Planner.compile(SourceText(text), resolver: SQLCorpusTests.CorpusResolver())
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test func aPropertyMapsNameIsTheNodesReferenceAndTheRestAreProperties() throws {
        let query = try #require(try Self.match(#"MATCH (a:actor {name: "Iran", kind: "actor", iso3: $code})-[r]->(b) RETURN b"#))
        let node = try #require(query.patterns.first?.nodes.first)
        guard case .name("Iran", _)? = node.reference else {
            Issue.record("name is not the reference: \(String(describing: node.reference))")
            return
        }
        #expect(node.properties.map(\.key.text) == ["kind", "iso3"])
        #expect(node.labels.map(\.text) == ["actor"])
        // A node already named keeps a second name as a property, tested exactly.
        let named = try #require(try Self.match(#"MATCH ("Iran" {name: "Iran"})-[r]->(b) RETURN b"#))
        #expect(named.patterns.first?.nodes.first?.properties.map(\.key.text) == ["name"])
    }

    @Test func stringPredicatesAndSkipParse() throws {
        let query = try #require(try Self.match(#"MATCH (a)-[r]->(b) WHERE a.name STARTS WITH "I" RETURN a ORDER BY a SKIP 3 LIMIT 2"#))
        guard case .binary(.startsWith, .property, .string("I", _))? = query.filter else {
            Issue.record("not STARTS WITH: \(String(describing: query.filter))")
            return
        }
        #expect(query.skip?.count == 3)
        #expect(query.limit == 2)
        for (word, op) in [("ENDS WITH", BinaryOperator.endsWith), ("CONTAINS", .contains), ("contains", .contains)] {
            let parsed = try Self.match(#"MATCH (a)-[r]->(b) WHERE a.name \#(word) "x" RETURN a"#)
            guard case .binary(let found, _, _)? = parsed?.filter else {
                Issue.record("\(word) did not parse")
                continue
            }
            #expect(found == op)
        }
        // The words are not reserved: they still name variables.
        #expect(try Self.match("MATCH (starts)-[contains]->(skip) RETURN starts, skip") != nil)
    }

    @Test func theNewFormsCompileToBoundSQL() throws {
        let compiled = try Planner.compile(
            SourceText(#"MATCH (a {kind: "actor"})-[r]->(b) WHERE b.name CONTAINS "x'; DROP TABLE fact; --" RETURN a, type(r), collect(DISTINCT b), coalesce(r.role, 'none') ORDER BY a SKIP 5 LIMIT 10"#),
            resolver: SQLCorpusTests.CorpusResolver())
        let statement = SQLiteDialect().firstStatement(of: compiled.plan)
        #expect(!statement.text.contains("DROP TABLE"))
        #expect(statement.values.contains(.string("x'; DROP TABLE fact; --")))
        #expect(statement.values.contains(.string("actor")))
        #expect(statement.text.contains("instr(n2.name, ?) > 0"))
        #expect(statement.text.contains("json_group_array(DISTINCT n2.name) FILTER (WHERE n2.name IS NOT NULL)"))
        #expect(statement.text.contains("coalesce(f1.role, ?)"))
        #expect(statement.text.hasSuffix("LIMIT ? OFFSET ?"))
    }

    @Test func mistakesPointAtTheirPlaceWithAWayOut() {
        #expect(Self.planError(#"MATCH (a {nmae: "Iran"})-[r]->(b) RETURN b"#) == """
            error: 'a' has no property 'nmae'
             --> query:1:11
            1 | MATCH (a {nmae: "Iran"})-[r]->(b) RETURN b
              |           ^^^^ unknown property
              = did you mean 'name'?
              = a node has cameo, id, iso3, kind, latitude, longitude, name, type

            """)
        #expect(Self.planError(#"PATHS FROM (a {name: "Iran", kind: "actor"}) TO "Syria" MAX 2"#).contains("""
            error: this node can only be given by name here
            """))
        #expect(Self.planError(#"MATCH (a {kind: "actor"})-[r*1..2]->(b) WHERE r.date > 2016 OR b.kind = 'actor' RETURN b"#).contains(
            "= a variable-length relation is a list of hops: a condition on it tests each hop alone"))
        #expect(Self.planError(#"MATCH ("Iran")-[r*1..2]->(b) RETURN DISTINCT b ORDER BY r.kind"#).contains(
            "'r' is a variable-length relation, a list of hops, with no properties of its own"))
        #expect(Self.planError("MATCH (a)-[r]->(b) RETURN tpye(r)").contains("did you mean 'type'?"))
        #expect(Self.planError("MATCH (a)-[r]->(b) RETURN collect(a, b)").contains("expected one argument"))
        #expect(ParserTests.error(#"MATCH (a {name "Iran"})-[r]->(b) RETURN b"#).contains("expected ':' after the property name"))
        #expect(ParserTests.error(#"MATCH (a {name: "Iran")-[r]->(b) RETURN b"#).contains("expected '}' to close the properties"))
        #expect(ParserTests.error("MATCH (a)-[r]->(b) RETURN a SKIP LIMIT 2").contains("expected a number of rows to skip"))
    }
}
