import EntenteQuery
import Testing

/// What a dialect does with fragments: it numbers placeholders as it writes them, and a value
/// is always an argument, never text.
@Suite struct SQLDialectTests {
    /// PostgreSQL's placeholders, `$1`, `$2`, …, over SQLite's other words.
    struct NumberedPlaceholders: SQLDialect {
        let sqlite = SQLiteDialect()
        func placeholder(at index: Int) -> String { "$\(index + 1)" }
        func write(_ function: SQLFunction, into writer: inout SQLWriter) { sqlite.write(function, into: &writer) }
        func idList(_ ids: [Int64]) -> QueryValue { sqlite.idList(ids) }
        func statement(for plan: WalkPlan) -> SQLStatement { sqlite.statement(for: plan) }
    }

    @Test func placeholdersAreNumberedAsTheStatementIsWritten() throws {
        let compiled = try SQLiteDialectTests.compile(#"MATCH ("Moscow")-[r:mediates]->(b) DURING 2017 RETURN b"#)
        let statement = NumberedPlaceholders().firstStatement(of: compiled.plan)
        #expect(statement.text == """
            SELECT n2.name AS c1
            FROM entity AS n1
            JOIN fact AS f1 ON f1.subject_id = n1.id
            JOIN entity AS n2 ON n2.id = f1.object_id
            WHERE n1.id = $1
              AND f1.predicate IN ($2)
              AND f1.negated = 0
              AND f1.modality IN ($3, $4)
              AND f1.date_end >= $5
              AND f1.date_start <= $6
            LIMIT $7
            """)
        #expect(statement.values == SQLiteDialect().firstStatement(of: compiled.plan).values)
        // A search's step binds the level's entities where its id list stands.
        let search = try SQLiteDialectTests.compile(#"SHORTEST FROM "Russia" TO "Turkey" MAX 3"#)
        let step = NumberedPlaceholders().firstStatement(of: search.plan)
        #expect(step.text.hasSuffix("WHERE f.subject_id IN (SELECT value FROM json_each($1)) AND f.negated = 0 AND f.modality IN ($2, $3)"))
        #expect(step.arguments == [.idList, .value(.string("asserted")), .value(.string("reported"))])
    }

    /// A path's facts: a long list as one id list, a short one by primary key, each id bound, in
    /// both dialects' placeholders.
    @Test func hopsAreReadByAnIdListOrByBoundIds() {
        let select = """
            SELECT f.id, s.name, f.predicate, o.name, f.date_start, f.date_precision, f.negated, a.title, a.source, f.evidence,
                   f.modality
            FROM fact AS f
            JOIN entity AS s ON s.id = f.subject_id
            JOIN entity AS o ON o.id = f.object_id
            JOIN article AS a ON a.id = f.article_id
            """
        #expect(SQLiteDialect().hopsStatement() == SQLStatement(text: select + "\nWHERE f.id IN (SELECT value FROM json_each(?))", arguments: [.idList]))
        #expect(PostgresDialect().hopsStatement() == SQLStatement(text: select + "\nWHERE f.id IN (SELECT unnest($1::bigint[]))", arguments: [.idList]))
        let ids: [SQLArgument] = [.value(.integer(12)), .value(.integer(7)), .value(.integer(40))]
        #expect(SQLiteDialect().hopsStatement(ids: [12, 7, 40]) == SQLStatement(text: select + "\nWHERE f.id IN (?, ?, ?)", arguments: ids))
        #expect(PostgresDialect().hopsStatement(ids: [12, 7, 40]) == SQLStatement(text: select + "\nWHERE f.id IN ($1, $2, $3)", arguments: ids))
        #expect(SQLiteDialect().hopsStatement(ids: [5]).text == select + "\nWHERE f.id IN (?)")
    }

    @Test func aValueIsAnArgumentAndTheWordsAreTheFragments() {
        let fact = SQLColumn(alias: SQLAliasName(stem: .fact, number: 1), .predicate, of: FactTable.self)
        let fragment: SQLFragment = "\(fact) = \(bind: .string("x'); DROP TABLE fact; --"))"
        #expect(fragment.elements == [.column(fact), .text(" = "), .value(.string("x'); DROP TABLE fact; --"))])
        let statement = SQLiteDialect().statement(fragment)
        #expect(statement.text == "f1.predicate = ?")
        #expect(statement.values == [.string("x'); DROP TABLE fact; --")])
    }
}
