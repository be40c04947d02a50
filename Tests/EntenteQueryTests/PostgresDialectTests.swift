import EntenteQuery
import Testing

/// The planner's plans as PostgreSQL's dialect writes them, compared as text (golden), beside
/// SQLite's: the same plans, other words where the two databases differ.
@Suite struct PostgresDialectTests {
    static let dialect = PostgresDialect()

    static func first(_ text: String, options: Planner.Options = .init()) throws -> SQLStatement {
        dialect.firstStatement(of: try SQLiteDialectTests.compile(text, options: options).plan)
    }

    @Test func placeholdersAreNumberedAndValuesBound() throws {
        let statement = try Self.first(#"MATCH ("Moscow")-[r:mediates]->(b) RETURN b, r.date"#)
        #expect(statement.text == """
            SELECT n2.name AS c1, CASE f1.date_precision WHEN 'day' THEN f1.date_start WHEN 'month' THEN substr(f1.date_start, 1, 7) \
            WHEN 'year' THEN substr(f1.date_start, 1, 4) END AS c2
            FROM entity AS n1
            JOIN fact AS f1 ON f1.subject_id = n1.id
            JOIN entity AS n2 ON n2.id = f1.object_id
            WHERE n1.id = $1
              AND f1.predicate IN ($2)
              AND f1.negated = 0
              AND f1.modality IN ($3, $4)
            LIMIT $5
            """)
        // The same values as SQLite's, in the same order.
        let sqlite = SQLiteDialectTests.first(try SQLiteDialectTests.compile(#"MATCH ("Moscow")-[r:mediates]->(b) RETURN b, r.date"#))
        #expect(statement.values == sqlite.values)
    }

    @Test func aNumberAsAConditionAndAConditionAsANumber() throws {
        let statement = try Self.first("MATCH (a)-[r]->(b) WHERE r.negated RETURN a.kind = b.kind, NOT r.negated")
        #expect(statement.text == """
            SELECT ((n1.kind = n2.kind)::integer) AS c1, ((NOT ((f1.negated) <> 0))::integer) AS c2
            FROM entity AS n1
            JOIN fact AS f1 ON f1.subject_id = n1.id
            JOIN entity AS n2 ON n2.id = f1.object_id
            WHERE f1.modality IN ($1, $2)
              AND ((f1.negated) <> 0)
            LIMIT $3
            """)
        // SQLite's words are unchanged: its conditions are numbers already.
        let sqlite = SQLiteDialectTests.sql(try SQLiteDialectTests.compile("MATCH (a)-[r]->(b) WHERE r.negated RETURN a.kind = b.kind, NOT r.negated"))
        #expect(sqlite.hasPrefix("SELECT n1.kind = n2.kind AS c1, NOT f1.negated AS c2"))
    }

    @Test func nullsAreOrderedAsSQLiteOrdersThem() throws {
        let statement = try Self.first("MATCH (a)-[r]->(b) RETURN a.iso3 AS code, b ORDER BY code, b DESC")
        #expect(statement.text.contains("ORDER BY c1 NULLS FIRST, n2.name DESC NULLS LAST"))
        let sqlite = SQLiteDialectTests.sql(try SQLiteDialectTests.compile("MATCH (a)-[r]->(b) RETURN a.iso3 AS code, b ORDER BY code, b DESC"))
        #expect(sqlite.contains("ORDER BY c1, n2.name DESC"))
    }

    @Test func textMatchesCollectAndTheAlwaysTrueJoin() throws {
        let matches = try Self.first("MATCH (a)-[r]->(b) WHERE a.name STARTS WITH 'Ru' AND b.name ENDS WITH 'ey' AND r.sentence CONTAINS 'talks' RETURN a")
        #expect(matches.text.contains("starts_with((n1.name)::text, ($3)::text)"))
        #expect(matches.text.contains("(right((n2.name)::text, length(($4)::text)) = ($5)::text)"))
        #expect(matches.text.contains("(strpos((f1.evidence)::text, ($6)::text) > 0)"))
        #expect(matches.values.suffix(5) == [.string("Ru"), .string("ey"), .string("ey"), .string("talks"), .integer(10_001)])
        let collected = try Self.first("MATCH (a)-[r]->(b) RETURN a, collect(DISTINCT b.name)")
        #expect(collected.text.contains(
            "coalesce('[' || string_agg(DISTINCT to_json(n2.name)::text, ',') FILTER (WHERE n2.name IS NOT NULL) || ']', '[]') AS c2"))
    }

    @Test func aSearchStepReadsAnArrayOfIdsInIndexOrder() throws {
        let compiled = try SQLiteDialectTests.compile(#"ALL SHORTEST FROM "Russia" TO "PKK" VIA supports|arms MAX 3 DURING 2017"#)
        let step = Self.dialect.firstStatement(of: compiled.plan)
        #expect(step.text == """
            SELECT f.id, f.subject_id, f.object_id FROM fact AS f
            WHERE f.subject_id IN (SELECT unnest($1::bigint[])) AND f.negated = 0 AND f.modality IN ($2, $3) \
            AND f.predicate IN ($4, $5) AND (f.date_end >= $6 AND f.start_year >= $7) AND (f.date_start <= $8 AND f.start_year <= $9)
            ORDER BY f.subject_id, f.predicate, f.date_start NULLS FIRST, f.id
            """)
        #expect(step.arguments.first == .idList)
        // DURING 2017 names the year of the partition to read as well as the days.
        #expect(step.values.suffix(4) == [.string("2017-01-01"), .integer(2017), .string("2017-12-31"), .integer(2017)])
        #expect(Self.dialect.idList([3, 1, 2]) == .string("{3,1,2}"))
    }

    @Test func aWalkTakesNoLimitInsideItsRecursion() throws {
        let compiled = try SQLiteDialectTests.compile(#"MATCH p = ("Russia")-[:supports*1..2]-(b) RETURN b, p"#)
        guard case .walk(let plan) = compiled.plan else {
            Issue.record("not a walk: \(compiled.strategy)")
            return
        }
        let walk = Self.dialect.statement(for: plan)
        #expect(walk.text.contains("WITH RECURSIVE walk(node, depth, visited, facts) AS (\n    SELECT $1::bigint, 0, ',' || $2 || ',', ''::text\n    UNION ALL"))
        #expect(walk.text.contains("FROM walk AS w CROSS JOIN LATERAL ("))
        #expect(walk.text.contains("WHERE f.subject_id = w.node AND strpos(w.visited, ',' || f.object_id || ',') = 0"))
        #expect(walk.text.contains("WHERE f.object_id = w.node AND strpos(w.visited, ',' || f.subject_id || ',') = 0"))
        #expect(walk.text.contains("taken AS MATERIALIZED (SELECT * FROM walk LIMIT $"))
        #expect(!walk.text.contains("json_each") && !walk.text.contains("instr("))
    }

    @Test func aUnionNamesEachPart() throws {
        let statement = try Self.first(#"MATCH ("Russia")-[:supports]->(b) RETURN b.name AS n UNION MATCH ("Turkey")-[:arms]->(b) RETURN b.name AS n"#)
        #expect(statement.text.hasPrefix("SELECT * FROM (SELECT * FROM (SELECT "))
        #expect(statement.text.contains(") AS part1\nUNION\nSELECT * FROM (SELECT "))
        #expect(statement.text.hasSuffix(") AS part2) AS parts\nLIMIT $\(statement.arguments.count)"))
    }

    @Test func aJoinedWalkIsCutByALimitOutsideItsRecursion() throws {
        let statement = try Self.first(#"MATCH ("Russia")-[:supports*1..3]-(b)-[s:arms]->(c) RETURN b, c"#)
        // The recursive CTE names itself once, both directions in one LATERAL step, with no LIMIT;
        // the CTE the join reads takes its first rows up to the budget.
        #expect(statement.text.hasPrefix("WITH RECURSIVE unbounded_walk1(origin, node, depth, visited, facts) AS (\n"))
        #expect(statement.text.contains("FROM unbounded_walk1 CROSS JOIN LATERAL ("))
        #expect(statement.text.contains(
            "WHERE f.subject_id = unbounded_walk1.node AND NOT (strpos((unbounded_walk1.visited)::text, (',' || f.object_id || ',')::text) > 0)"))
        #expect(statement.text.contains(
            "WHERE f.object_id = unbounded_walk1.node AND NOT (strpos((unbounded_walk1.visited)::text, (',' || f.subject_id || ',')::text) > 0)"))
        let recursion = statement.text.split(separator: "walk1 AS MATERIALIZED", maxSplits: 1).first ?? ""
        #expect(!recursion.contains("LIMIT"))
        #expect(statement.text.contains("walk1 AS MATERIALIZED (SELECT * FROM unbounded_walk1 LIMIT $"))
        // SQLite's walk keeps its LIMIT inside the recursive CTE.
        let sqlite = SQLiteDialectTests.sql(try SQLiteDialectTests.compile(#"MATCH ("Russia")-[:supports*1..3]-(b)-[s:arms]->(c) RETURN b, c"#))
        #expect(sqlite.hasPrefix("WITH RECURSIVE walk1(origin, node, depth, visited, facts) AS ("))
        #expect(!sqlite.contains("unbounded_walk1") && !sqlite.contains("LATERAL"))
    }

    @Test func aGroupByKeyThatIsAResultColumnIsItsPosition() throws {
        let query = "MATCH (a)-[r]->(b) RETURN CASE b.kind WHEN 'actor' THEN 'state' END AS k, a, count(*) AS n"
        #expect(try Self.first(query).text.contains("\nGROUP BY 1, 2\n"))
        // SQLite's GROUP BY repeats the expressions.
        let sqlite = SQLiteDialectTests.sql(try SQLiteDialectTests.compile(query))
        #expect(sqlite.contains("\nGROUP BY CASE n2.kind WHEN ? THEN ? END, n1.name\n"))
    }
}
