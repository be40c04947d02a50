import Entente
import EntenteTestSupport
import Foundation
import Testing

/// The façade front ends share: parameters, answers within budgets, EXPLAIN, DOT, and failures as
/// values that name what happened and which budget stopped the query, never a flag.
@Suite struct KnowledgeGraphQueryTests {
    static func graph() throws -> KnowledgeGraph { KnowledgeGraph(store: try HandMadeGraph.sqliteStore()) }

    @Test func parametersAreIntegersNumbersOrText() throws {
        let parameters = try QueryParameters.parse(["n=3", "x=0.5", "who=Iran", "eq=a=b", "empty="])
        #expect(parameters == ["n": .integer(3), "x": .double(0.5), "who": .string("Iran"), "eq": .string("a=b"), "empty": .string("")])
        #expect(throws: QueryParameters.Malformed(item: "=3")) { try QueryParameters.parse(["=3"]) }
        #expect(throws: QueryParameters.Malformed(item: "who")) { try QueryParameters.parse(["who"]) }
    }

    @Test func aRequestIsAnsweredWithItsParameters() throws {
        let graph = try Self.graph()
        let answer = try graph.answer(QueryRequest(#"MATCH ($who)-[r:mediates]->(b) RETURN b"#, parameters: ["who": .string("Egypt")]))
        guard case .rows(let result) = answer else {
            Issue.record("no rows: \(answer)")
            return
        }
        #expect(HandMadeGraph.strings(result) == [["Israel"]])
    }

    @Test func explainSaysHowAQueryRunsEvenWithoutAStatement() throws {
        let graph = try Self.graph()
        guard case .explanation(let match) = try graph.answer(QueryRequest(#"EXPLAIN MATCH ("Egypt")-[r]->(b) RETURN b"#)) else {
            Issue.record("no explanation")
            return
        }
        #expect(match.strategy == .join)
        #expect(match.text.hasPrefix("strategy: join: one fact row per relation of the pattern\nsql:\nSELECT n2.name AS c1\n"))
        #expect(!match.databasePlan.isEmpty)
        // A TIMELINE runs no statement of its own: nothing to plan, and no error.
        guard case .explanation(let timeline) = try graph.answer(QueryRequest(#"EXPLAIN TIMELINE "Russia" AND "Turkey""#)) else {
            Issue.record("no explanation")
            return
        }
        #expect(timeline.strategy == .timeline)
        #expect(timeline.statement.text.isEmpty)
        #expect(timeline.databasePlan.isEmpty)
    }

    @Test func failuresSayWhichBudgetStoppedTheQueryAndNameNoFlag() throws {
        let graph = try Self.graph()
        let rows = try #require(throws: QueryFailure.self) {
            try graph.answer(QueryRequest("MATCH (a)-[r]->(b) RETURN a, b", budgets: QueryBudgets(maxRows: 3)))
        }
        #expect(rows == .budgetReached(.rows(3)))
        #expect(rows.remedy == .raiseRowBudget)
        let steps = try #require(throws: QueryFailure.self) {
            try graph.answer(QueryRequest(#"PATHS FROM "Russia" TO "Israel" MAX 6"#, budgets: QueryBudgets(maxExpansions: 5)))
        }
        #expect(steps == .budgetReached(.expansions(5)))
        #expect(steps.remedy == .raiseExpansionBudget)
        let invalid = try #require(throws: QueryFailure.self) { try graph.answer(QueryRequest("MATCH (a)-[r]->(b) RETURN c")) }
        guard case .invalidQuery(let error) = invalid else {
            Issue.record("not a query error: \(invalid)")
            return
        }
        #expect(error.description.hasPrefix("error: 'c' is not bound by the pattern"))
        for failure in [rows, steps, .budgetReached(.time(seconds: 0.2))] {
            #expect(!failure.description.contains("--"), "\(failure)")
        }
    }

    @Test func storeErrorsNameNoFlagOrCommand() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let missing = try #require(throws: StoreError.self) { try GraphStore.open(path: scratch.path("none.sqlite"), mode: .readOnly) }
        #expect(missing.kind == .missingDatabase)
        #expect(missing.remedy == .createDatabase)
        #expect(missing.description == "\(scratch.path("none.sqlite")): no such database")
        #expect(!missing.description.contains("'entente "))
    }

    @Test func aResultIsDrawnOneNodePerEntity() throws {
        let graph = try Self.graph()
        guard case .rows(let result) = try graph.answer(QueryRequest(#"MATCH ("Iran")-[r:supports]->(b) RETURN r"#)) else {
            Issue.record("no rows")
            return
        }
        let dot = try graph.dot(answering: result)
        #expect(dot.hasPrefix("digraph entente {"))
        #expect(dot.contains(#"[label="Iran", shape=ellipse"#))
        #expect(dot.contains(#"label="supports"#))
        #expect(!dot.contains("cluster_legend"))
    }
}
