import EntenteQuery
import Foundation
import Synchronization
import Testing

/// A query naming two entities asks its resolver for both names at once (one read of a store),
/// and plans what it planned when it asked for each on its own.
@Suite struct NameLookupTests {
    /// The test resolver's entities, counting how it is asked.
    final class CountingResolver: EntityResolver, Sendable {
        let names = SQLiteDialectTests.resolver
        let calls = Mutex<[String]>([])

        var predicates: Set<String> { names.predicates }

        func candidates(named name: String) throws -> [ResolvedEntity] {
            calls.withLock { $0.append("one \(name)") }
            return names.candidates(named: name)
        }

        func candidates(namedEach names: [String]) throws -> [[ResolvedEntity]] {
            calls.withLock { $0.append("each \(names.joined(separator: ", "))") }
            return names.map { self.names.candidates(named: $0) }
        }

        func suggestions(for name: String) throws -> [String] { [] }
    }

    @Test(arguments: [
        #"SHORTEST FROM "Russia" TO "Turkey" MAX 3"#,
        #"PATHS FROM "Moscow" TO $to MAX 2 LIMIT 5"#,
        #"TIMELINE "Russia" AND "Ankara" BY year"#,
    ])
    func bothNamesAreLookedUpInOneCall(_ text: String) throws {
        let resolver = CountingResolver()
        let compiled = try Planner.compile(SourceText(text), resolver: resolver, parameters: ["to": .string("Turkey")])
        #expect(resolver.calls.withLock { $0 }.count == 1)
        #expect(resolver.calls.withLock { $0 }.first?.hasPrefix("each ") == true)
        // The plan a name-by-name lookup gives.
        #expect(compiled == (try Planner.compile(SourceText(text), resolver: SQLiteDialectTests.resolver, parameters: ["to": .string("Turkey")])))
    }

    @Test func oneNameTwiceIsLookedUpOnceAndAMistakeIsStillReportedInPlace() throws {
        let resolver = CountingResolver()
        _ = try Planner.compile(SourceText(#"SHORTEST FROM "Russia" TO "Russia" MAX 3"#), resolver: resolver)
        #expect(resolver.calls.withLock { $0 } == ["each Russia"])
        #expect(SQLiteDialectTests.error(#"TIMELINE "Georgia" AND $missing"#).contains("'Georgia' names more than one entity"))
        #expect(SQLiteDialectTests.error(#"TIMELINE "Georgia" AND $missing"#).contains("missing"))
    }
}
