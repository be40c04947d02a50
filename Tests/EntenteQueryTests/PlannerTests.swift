import EntenteQuery
import Foundation
import Testing

/// What the planner says about queries it cannot plan: each mistake once, at its place.
@Suite struct PlannerTests {
    @Test func unknownNamesSuggestAndAmbiguousNamesListCandidates() {
        #expect(SQLiteDialectTests.error(#"MATCH ("Georgia")-[r]->(b) RETURN b"#) == """
            error: 'Georgia' names more than one entity
             --> query:1:8
            1 | MATCH ("Georgia")-[r]->(b) RETURN b
              |        ^^^^^^^^^ ambiguous name
              = 'Georgia' (actor, state, #3)
              = 'Georgia' (place, region, #4)

            """)
        #expect(SQLiteDialectTests.error(#"MATCH ("Russia")-[r:suports]->(b) RETURN b"#).contains("= did you mean 'supports'?"))
        #expect(SQLiteDialectTests.error(#"MATCH (a:organsation) RETURN a"#).contains("= did you mean 'organisation'?"))
        #expect(SQLiteDialectTests.error(#"MATCH (a)-[r]->(b) RETURN c"#).hasPrefix("error: 'c' is not bound by the pattern"))
        #expect(SQLiteDialectTests.error(#"MATCH (a)-[r]->(b) RETURN r.colour"#).hasPrefix("error: 'r' has no property 'colour'"))
        #expect(SQLiteDialectTests.error(#"MATCH ($who)-[r]->(b) RETURN b"#).hasPrefix("error: no value for parameter '$who'; pass --param who=VALUE"))
        #expect(SQLiteDialectTests.error(#"MATCH (a)-[r]->(b) RETURN cnt(r)"#).contains("= did you mean 'count'?"))
        #expect(SQLiteDialectTests.error(#"MATCH (a)-[r]->(b) DURING 2018..2017 RETURN a"#).hasPrefix("error: the period ends before it starts"))
    }

    /// A search that follows facts both ways plans its hop filter once, so a mistake in it is
    /// reported once, not once per direction.
    @Test(arguments: [
        #"PATHS FROM "Russia" TO "Turkey" VIA suports MAX 3"#,
        #"SHORTEST FROM "Russia" TO "Turkey" VIA suports MAX 3"#,
        #"MATCH ("Russia")-[r:suports*1..2]-(b) RETURN DISTINCT b"#,
        #"MATCH ("Russia")-[r:suports*1..2]-(b) RETURN b, r"#,
    ])
    func anUndirectedSearchReportsAnUnknownRelationOnce(_ query: String) {
        let message = SQLiteDialectTests.error(query)
        #expect(message.components(separatedBy: "'suports' is neither a predicate nor a relation class").count == 2, "\(message)")
        #expect(message.contains("= did you mean 'supports'?"))
    }
}

/// A resolver that cannot read its store: the planner reports the store's error, not a name that
/// means nothing.
@Suite struct ResolverFailureTests {
    struct Unreadable: Error, Equatable {}

    struct FailingResolver: EntityResolver {
        let predicates: Set<String> = ["supports"]
        func candidates(named name: String) throws -> [ResolvedEntity] { throw Unreadable() }
        func suggestions(for name: String) throws -> [String] { throw Unreadable() }
    }

    @Test func aResolverErrorIsReportedAsItself() {
        #expect(throws: Unreadable()) {
            try Planner.compile(SourceText(#"MATCH ("Russia")-[r:supports]->(b) RETURN b"#), resolver: FailingResolver())
        }
        #expect(throws: Unreadable()) {
            try Planner.compile(SourceText(#"PATHS FROM "Russia" TO "Turkey" MAX 2"#), resolver: FailingResolver())
        }
    }
}
