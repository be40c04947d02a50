import Entente
import EntenteTestSupport
import Foundation
import Testing

/// PATHS on a dense generated graph (40 actors, about 1,600 facts, up to five parallel facts per
/// pair): far too many fact-level walks for the old recursive CTE, which ran past its expansion
/// budget even with a LIMIT. The answers are checked against an enumeration written here in Swift;
/// speed is measured in Benchmarks, not here.
@Suite struct PathSearchTests {
    struct Relation: Hashable {
        var subject: String
        var predicate: String
        var object: String
    }

    static let predicates = ["attacks", "meets_with", "supports"]

    static func name(_ index: Int) -> String { index < 10 ? "E0\(index)" : "E\(index)" }

    /// About two pairs in three are related, by one predicate, through one to five dated facts.
    static let facts: [(Relation, date: String)] = {
        var facts: [(Relation, date: String)] = []
        for i in 0..<40 {
            for j in (i + 1)..<40 where (i * j + i + j) % 3 != 0 {
                let (subject, object) = (i + j) % 2 == 0 ? (name(i), name(j)) : (name(j), name(i))
                let relation = Relation(subject: subject, predicate: predicates[(i * 7 + j) % 3], object: object)
                for copy in 0...((i + j) % 5) { facts.append((relation, "2016-0\(copy + 1)-1\(copy)")) }
            }
        }
        return facts
    }()

    static func graph() throws -> GraphStore {
        let store = try GraphStore.inMemory()
        let lines = facts.map { fact, date in
            #"{"subject": "\#(fact.subject)", "subject_kind": "actor", "predicate": "\#(fact.predicate)", "object": "\#(fact.object)", "object_kind": "actor", "date": "\#(date)"}"#
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("entente-paths-\(UUID().uuidString).jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let outcome = try KnowledgeGraph(store: store).importTriples(InputFile(name: file.path))
        #expect(outcome.factsAdded == facts.count)
        return store
    }

    /// Every acyclic path of at most `maxHops` relations from `start` to `end` (entering the end only
    /// last), as relation sequences: what PATHS must answer, in no particular order.
    static func expectedPaths(
        from start: String, to end: String, maxHops: Int, directed: Bool, via: Set<String>? = nil
    ) -> Set<[Relation]> {
        let relations = Set(facts.map(\.0)).filter { via?.contains($0.predicate) ?? true }
        var steps: [String: [(Relation, String)]] = [:]
        for relation in relations {
            steps[relation.subject, default: []].append((relation, relation.object))
            if !directed { steps[relation.object, default: []].append((relation, relation.subject)) }
        }
        var found: Set<[Relation]> = []
        func walk(_ here: String, _ path: [Relation], _ visited: Set<String>) {
            guard path.count < maxHops else { return }
            for (relation, there) in steps[here] ?? [] where !visited.contains(there) {
                if there == end {
                    found.insert(path + [relation])
                } else {
                    walk(there, path + [relation], visited.union([there]))
                }
            }
        }
        walk(start, [], [start])
        return found
    }

    static func run(_ store: GraphStore, _ query: String, options: Planner.Options = .init()) throws -> [[Relation]] {
        let result = try HandMadeGraph.run(store, query, options: options)
        return result.rows.map { row in
            guard case .path(let hops)? = row.first else { return [] }
            return hops.map { Relation(subject: $0.subject, predicate: $0.predicate, object: $0.object) }
        }
    }

    /// Each path starts at `start`, ends at `end`, follows stored relations, and enters no entity twice.
    static func checkWellFormed(_ paths: [[Relation]], from start: String, to end: String, maxHops: Int) {
        let relations = Set(facts.map(\.0))
        for path in paths {
            #expect((1...maxHops).contains(path.count))
            var here = start
            var visited = [start]
            for hop in path {
                #expect(relations.contains(hop), "not a stored relation: \(hop)")
                #expect(hop.subject == here || hop.object == here)
                here = hop.subject == here ? hop.object : hop.subject
                #expect(!visited.contains(here), "enters \(here) twice")
                visited.append(here)
            }
            #expect(here == end)
        }
        // Shortest first.
        #expect(paths.map(\.count) == paths.map(\.count).sorted())
    }

    @Test func limitStopsTheSearchAndTheAnswerIsAPrefixOfTheWholeAnswer() throws {
        let store = try Self.graph()
        let limited = try Self.run(store, #"PATHS FROM "E00" TO "E01" MAX 3 LIMIT 10"#)
        #expect(limited.count == 10)
        Self.checkWellFormed(limited, from: "E00", to: "E01", maxHops: 3)

        let whole = try Self.run(store, #"PATHS FROM "E00" TO "E01" MAX 3"#)
        let expected = Self.expectedPaths(from: "E00", to: "E01", maxHops: 3, directed: false)
        #expect(expected.count > 500)
        #expect(whole.count == expected.count)
        #expect(Set(whole) == expected)
        #expect(Set(whole).count == whole.count, "a path is listed twice")
        Self.checkWellFormed(whole, from: "E00", to: "E01", maxHops: 3)
        for limit in [1, 10, 37, 200] {
            let prefix = try Self.run(store, #"PATHS FROM "E00" TO "E01" MAX 3 LIMIT \#(limit)"#)
            #expect(prefix == Array(whole.prefix(limit)), "LIMIT \(limit) is not the start of the whole answer")
        }
    }

    @Test func viaKeepsTheNamedRelations() throws {
        let store = try Self.graph()
        let whole = try Self.run(store, #"PATHS FROM "E07" TO "E09" VIA supports|attacks MAX 3"#)
        let expected = Self.expectedPaths(from: "E07", to: "E09", maxHops: 3, directed: false, via: ["supports", "attacks"])
        #expect(!expected.isEmpty)
        #expect(Set(whole) == expected)
        #expect(whole.count == expected.count)
    }

    @Test func directedPathsFollowTheArrows() throws {
        let store = try Self.graph()
        let whole = try Self.run(store, #"PATHS FROM "E02" TO "E05" MAX 3 DIRECTED"#)
        let expected = Self.expectedPaths(from: "E02", to: "E05", maxHops: 3, directed: true)
        #expect(!expected.isEmpty)
        #expect(whole.count == expected.count)
        #expect(Set(whole) == expected)
        for path in whole {
            var here = "E02"
            for hop in path {
                #expect(hop.subject == here)
                here = hop.object
            }
        }
        let limited = try Self.run(store, #"PATHS FROM "E02" TO "E05" MAX 3 DIRECTED LIMIT 5"#)
        #expect(limited == Array(whole.prefix(5)))
    }

    @Test func theAdjacencyIndexGivesTheSamePaths() throws {
        let store = try Self.graph()
        let indexed = store.withAdjacencyIndex()
        for query in [
            #"PATHS FROM "E00" TO "E01" MAX 3 LIMIT 50"#, #"PATHS FROM "E03" TO "E11" MAX 2"#,
            #"PATHS FROM "E02" TO "E05" MAX 3 DIRECTED"#, #"PATHS FROM "E07" TO "E09" VIA supports|attacks MAX 3 LIMIT 20"#,
        ] {
            let plain = try Self.run(store, query)
            #expect(!plain.isEmpty, "\(query)")
            #expect(try Self.run(indexed, query) == plain, "\(query)")
        }
    }

    @Test func aSearchThatCannotFinishSaysWhichBoundStoppedIt() throws {
        let store = try Self.graph()
        // Too many steps for the budget: stopped, naming --max-expansions.
        #expect(throws: QueryBudgetError.expansions(300)) {
            try Self.run(store, #"PATHS FROM "E00" TO "E01" MAX 4"#, options: .init(maxExpansions: 300))
        }
        // More paths than the row budget and no LIMIT: stopped, naming --max-rows.
        #expect(throws: QueryBudgetError.rows(25)) {
            try Self.run(store, #"PATHS FROM "E00" TO "E01" MAX 3"#, options: .init(maxRows: 25))
        }
        // With a LIMIT within the budget, the same search answers.
        #expect(try Self.run(store, #"PATHS FROM "E00" TO "E01" MAX 3 LIMIT 25"#, options: .init(maxRows: 25)).count == 25)
        // MAX 6 with a LIMIT stops early instead of walking every path of six hops.
        let deep = try Self.run(store, #"PATHS FROM "E00" TO "E39" MAX 6 LIMIT 10"#, options: .init(maxExpansions: 200_000))
        #expect(deep.count == 10)
        Self.checkWellFormed(deep, from: "E00", to: "E39", maxHops: 6)
    }
}
