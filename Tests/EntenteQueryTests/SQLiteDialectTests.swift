import EntenteQuery
import Foundation
import Testing

/// The planner's plans as SQLite writes them, compared as text (golden), and their arguments.
@Suite struct SQLiteDialectTests {
    static let resolver = StaticResolver(
        entities: [
            (ResolvedEntity(id: 1, name: "Russia", kind: "actor", type: "state"), ["Russia", "Moscow", "RUS"]),
            (ResolvedEntity(id: 2, name: "Turkey", kind: "actor", type: "state"), ["Turkey", "Ankara", "TUR"]),
            (ResolvedEntity(id: 3, name: "Georgia", kind: "actor", type: "state"), ["Georgia"]),
            (ResolvedEntity(id: 4, name: "Georgia", kind: "place", type: "region"), ["Georgia"]),
            (ResolvedEntity(id: 5, name: "Kurdistan Workers' Party", kind: "organisation", type: "armed-group"), ["PKK"]),
        ],
        predicates: ["supports", "arms", "mediates", "clashes_with", "meets_with"])

    static func compile(_ text: String, parameters: [String: QueryValue] = [:], options: Planner.Options = .init()) throws -> CompiledQuery {
        try Planner.compile(SourceText(text), resolver: resolver, parameters: parameters, options: options)
    }

    static let dialect = SQLiteDialect()

    /// The statement EXPLAIN shows: a join's SELECT, a walk's CTE, a search's first step.
    static func first(_ compiled: CompiledQuery) -> SQLStatement { dialect.firstStatement(of: compiled.plan) }
    static func sql(_ compiled: CompiledQuery) -> String { first(compiled).text }

    static func error(_ text: String) -> String {
        do {
            _ = try compile(text)
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test func oneHopFromANamedEntity() throws {
        let compiled = try Self.compile(#"MATCH ("Moscow")-[r:mediates]->(b) RETURN b, r.date"#)
        #expect(Self.sql(compiled) == """
            SELECT n2.name AS c1, CASE f1.date_precision WHEN 'day' THEN f1.date_start WHEN 'month' THEN substr(f1.date_start, 1, 7) \
            WHEN 'year' THEN substr(f1.date_start, 1, 4) END AS c2
            FROM entity AS n1
            JOIN fact AS f1 ON f1.subject_id = n1.id
            JOIN entity AS n2 ON n2.id = f1.object_id
            WHERE n1.id = ?
              AND f1.predicate IN (?)
              AND f1.negated = 0
              AND f1.modality IN (?, ?)
            LIMIT ?
            """)
        #expect(Self.first(compiled).values == [.integer(1), .string("mediates"), .string("asserted"), .string("reported"), .integer(10_001)])
        #expect(compiled.columns == ["b", "r.date"])
        #expect(compiled.strategy == .join)
    }

    @Test func theObjectsRoleIsAColumnComparedWithABoundArgument() throws {
        let compiled = try Self.compile("MATCH (a)-[r]->(b) WHERE r.object_role = 'civilians; DROP TABLE fact' RETURN r.role, r.object_role")
        #expect(Self.sql(compiled) == """
            SELECT f1.role AS c1, f1.object_role AS c2
            FROM entity AS n1
            JOIN fact AS f1 ON f1.subject_id = n1.id
            JOIN entity AS n2 ON n2.id = f1.object_id
            WHERE f1.negated = 0
              AND f1.modality IN (?, ?)
              AND f1.object_role = ?
            LIMIT ?
            """)
        #expect(Self.first(compiled).values == [.string("asserted"), .string("reported"), .string("civilians; DROP TABLE fact"), .integer(10_001)])
        #expect(compiled.columns == ["r.role", "r.object_role"])
        #expect(Self.error("MATCH (a)-[r]->(b) RETURN r.objectrole").contains("a relation has"))
        #expect(Self.error("MATCH (a)-[r]->(b) RETURN a.object_role").contains("an entity has"))
    }

    @Test func classesKindsScopeAndAggregates() throws {
        let compiled = try Self.compile("""
            MATCH (a:actor)-[r:supports|material-conflict]-(b) DURING 2016..2017-03
            RETURN a, count(r) AS facts, sources(r) ORDER BY facts DESC LIMIT 20
            """)
        #expect(Self.sql(compiled) == """
            SELECT n1.name AS c1, count(f1.id) AS c2, count(DISTINCT coalesce(a1.source, a1.content_hash)) AS c3
            FROM entity AS n1
            JOIN fact AS f1 ON (f1.subject_id = n1.id OR f1.object_id = n1.id)
            JOIN entity AS n2 ON n2.id = CASE WHEN f1.subject_id = n1.id THEN f1.object_id ELSE f1.subject_id END
            JOIN predicate AS p1 ON p1.name = f1.predicate
            JOIN article AS a1 ON a1.id = f1.article_id
            WHERE n1.kind = ?
              AND (f1.predicate IN (?) OR p1.class IN (?))
              AND f1.negated = 0
              AND f1.modality IN (?, ?)
              AND f1.date_end >= ?
              AND f1.date_start <= ?
            GROUP BY n1.name
            ORDER BY c2 DESC
            LIMIT ?
            """)
        #expect(Self.first(compiled).values == [
            .string("actor"), .string("supports"), .string("material-conflict"), .string("asserted"), .string("reported"),
            .string("2016-01-01"), .string("2017-03-31"), .integer(20),
        ])
    }

    @Test func askingAboutNegationKeepsNegatedFacts() throws {
        let compiled = try Self.compile(#"MATCH ("Turkey")-[r:clashes_with]-(b) WHERE r.negated RETURN b"#)
        #expect(!Self.sql(compiled).contains("f1.negated = 0"))
        #expect(Self.sql(compiled).contains("AND f1.negated\n"))
    }

    @Test func askingAboutModalityKeepsEveryModality() throws {
        let plain = try Self.compile(#"MATCH ("Turkey")-[r:supports]->(b) RETURN b"#)
        #expect(Self.sql(plain).contains("AND f1.modality IN (?, ?)"))
        let asked = try Self.compile(#"MATCH ("Turkey")-[r:supports]->(b) WHERE r.modality = 'hypothetical' RETURN b"#)
        #expect(!Self.sql(asked).contains("f1.modality IN"))
        #expect(Self.sql(asked).contains("AND f1.modality = ?"))
        let included = try Self.compile(#"MATCH ("Turkey")-[r:supports]->(b) RETURN b"#, options: .init(includeModal: true))
        #expect(!Self.sql(included).contains("modality"))
        // A MATCH has the option in its SQL; a TIMELINE, which the store counts itself, carries it.
        let timeline = try Self.compile(#"TIMELINE "Russia" AND "Turkey""#, options: .init(includeModal: true))
        guard case .timeline(let plan) = timeline.plan else {
            Issue.record("not a timeline: \(timeline.strategy)")
            return
        }
        #expect(plan.includeModal)
    }

    @Test func datesCompareByPrecision() throws {
        let compiled = try Self.compile(#"MATCH (a)-[r]->(b) WHERE r.date = 2017-03 AND r.confidence >= 0.5 RETURN a"#)
        #expect(Self.sql(compiled).contains("((f1.date_start <= ? AND f1.date_end >= ?) AND f1.confidence >= ?)"))
        #expect(Self.first(compiled).values.prefix(5) == [
            .string("asserted"), .string("reported"), .string("2017-03-31"), .string("2017-03-01"), .double(0.5),
        ])
    }

    @Test func shortestPathsAreAFrontierSearch() throws {
        let compiled = try Self.compile(#"ALL SHORTEST FROM "Russia" TO "PKK" VIA supports|arms MAX 3 DURING 2017"#)
        #expect(compiled.strategy == .frontier)
        guard case .shortestPaths(let plan) = compiled.plan else {
            Issue.record("not a shortest-path search: \(compiled.strategy)")
            return
        }
        #expect(Self.sql(compiled) == """
            SELECT f.id, f.subject_id, f.object_id FROM fact AS f
            WHERE f.subject_id IN (SELECT value FROM json_each(?)) AND f.negated = 0 AND f.modality IN (?, ?) \
            AND f.predicate IN (?, ?) AND f.date_end >= ? AND f.date_start <= ?
            """)
        let backward = Self.dialect.stepStatement(plan.hops, from: .object, withPredicate: false)
        #expect(backward.text.contains("WHERE f.object_id IN (SELECT value FROM json_each(?))"))
        #expect(Self.first(compiled).values == [
            .string("asserted"), .string("reported"), .string("supports"), .string("arms"), .string("2017-01-01"), .string("2017-12-31"),
        ])
        // The entities of each level are bound first, when the step runs.
        #expect(Self.first(compiled).arguments.first == .idList)
        #expect(plan.from == 1)
        #expect(plan.to == 5)
        #expect(plan.maxHops == 3)
        #expect(plan.directed == false)
    }

    @Test func reachabilityIsAFrontierSearchAndPathsAWalk() throws {
        let reach = try Self.compile(#"MATCH ("Russia")-[r:supports*1..3]->(b:organisation) RETURN DISTINCT b"#)
        #expect(reach.strategy == .reach)
        guard case .reach(let plan) = reach.plan else {
            Issue.record("not a reach: \(reach.strategy)")
            return
        }
        #expect(Self.sql(reach) == """
            SELECT f.id, f.subject_id, f.object_id FROM fact AS f
            WHERE f.subject_id IN (SELECT value FROM json_each(?)) AND f.negated = 0 AND f.modality IN (?, ?) AND f.predicate IN (?)
            """)
        // One direction: one step statement, then the end filter.
        #expect(Self.dialect.statements(of: reach.plan).count == 2)
        #expect(plan.direction == .forward)
        #expect(Self.dialect.endStatement(plan.end).text == "SELECT n.id, n.name FROM entity AS n WHERE n.id IN (SELECT value FROM json_each(?)) AND n.kind = ?")
        #expect(plan.hops.upperBound == 3)
        let backwards = try Self.compile(#"MATCH (a)-[r*2..2]->("Turkey") RETURN a"#)
        guard case .reach(let backwardPlan) = backwards.plan else {
            Issue.record("not a reach: \(backwards.strategy)")
            return
        }
        #expect(backwardPlan.direction == .backward)
        #expect(Self.sql(backwards).contains("WHERE f.object_id IN"))
        let walk = try Self.compile(#"MATCH ("Russia")-[r*1..2]-(b) RETURN b, r"#)
        #expect(walk.strategy == .variableLength)
        #expect(Self.sql(walk).hasPrefix("WITH RECURSIVE walk(node, depth, visited, facts) AS ("))
    }

    @Test func pathsAreADepthFirstSearchOverIndexedSteps() throws {
        let compiled = try Self.compile(#"PATHS FROM "Russia" TO "PKK" VIA supports|arms MAX 3 DIRECTED LIMIT 7"#)
        #expect(compiled.strategy == .pathSearch)
        guard case .pathSearch(let plan) = compiled.plan else {
            Issue.record("not a path search: \(compiled.strategy)")
            return
        }
        // One indexed read per entity entered and direction, with the predicate to merge parallel facts.
        #expect(Self.sql(compiled) == """
            SELECT f.id, f.subject_id, f.object_id, f.predicate FROM fact AS f
            WHERE f.subject_id IN (SELECT value FROM json_each(?)) AND f.negated = 0 AND f.modality IN (?, ?) AND f.predicate IN (?, ?)
            """)
        #expect(Self.dialect.stepStatement(plan.hops, from: .object, withPredicate: true).text == """
            SELECT f.id, f.subject_id, f.object_id, f.predicate FROM fact AS f
            WHERE f.object_id IN (SELECT value FROM json_each(?)) AND f.negated = 0 AND f.modality IN (?, ?) AND f.predicate IN (?, ?)
            """)
        #expect(Self.first(compiled).values == [.string("asserted"), .string("reported"), .string("supports"), .string("arms")])
        #expect(plan.from == 1)
        #expect(plan.to == 5)
        #expect(plan.maxHops == 3)
        #expect(plan.directed == true)
        #expect(plan.maxExpansions == 5_000_000)
        #expect(plan.limit == 7)
        #expect(!plan.limitIsBudget)
        let unlimited = try Self.compile(#"PATHS FROM "Russia" TO "PKK" MAX 3"#)
        guard case .pathSearch(let unlimitedPlan) = unlimited.plan else {
            Issue.record("not a path search: \(unlimited.strategy)")
            return
        }
        #expect(unlimitedPlan.limit == 10_000)
        #expect(unlimitedPlan.limitIsBudget)
    }

    @Test func valuesAreBoundNeverPasted() throws {
        let hostile = #"x'); DROP TABLE fact; --"#
        let compiled = try Self.compile(#"MATCH (a)-[r]->(b) WHERE a.name = $name OR b.name = "\#(hostile)" RETURN a"#, parameters: ["name": .string(hostile)])
        #expect(!Self.sql(compiled).contains("DROP"))
        #expect(Self.first(compiled).values.filter { $0 == .string(hostile) }.count == 2)
    }
}
