extension StatementParts {
    /// `WITH RECURSIVE walk1(…) AS (…), …` before the SELECT of a join with variable-length
    /// relations, as the dialect writes it (see `SQLFunction.walks`).
    static func walkClause(_ walks: [JoinedWalk]) -> SQLFragment {
        walks.isEmpty ? SQLFragment() : "\(SQLFunction.walks(walks))"
    }

    /// The walk CTEs for a database that takes a LIMIT inside a recursive CTE (SQLite).
    static func limitedWalkClause(_ walks: [JoinedWalk]) -> SQLFragment {
        "WITH RECURSIVE \(walks.map(walkDefinition).joined(separator: ",\n"))\n"
    }

    /// One walk CTE: its first hops (from the origin when it is named), then a step per
    /// direction, never back into an entity it visited, at most `hops.upperBound` deep, and a
    /// LIMIT at the expansion budget so a walk that grows without end stops.
    static func walkDefinition(_ walk: JoinedWalk) -> SQLFragment {
        let table = walk.table
        let ends: [FactEnd] = walk.direction == .forward ? [.subject] : walk.direction == .backward ? [.object] : [.subject, .object]
        var parts = ends.map { firstHop(walk, from: $0) }
        if walk.hops.upperBound > 1 { parts += ends.map { step(walk, from: $0) } }
        return """
            \(table)(origin, node, depth, visited, facts) AS (
                \(parts.joined(separator: "\n    UNION ALL\n    "))
                LIMIT \(bind: .integer(Int64(walk.maxExpansions)))
            )
            """
    }

    /// The first hop of every walk, from its origin when the pattern names one.
    static func firstHop(_ walk: JoinedWalk, from end: FactEnd) -> SQLFragment {
        let fact = TableAlias<FactTable>.hop
        let (near, far) = end == .subject ? (fact[.subjectID], fact[.objectID]) : (fact[.objectID], fact[.subjectID])
        var sql: SQLFragment = """
            SELECT \(near), \(far), 1, ',' || \(near) || ',' || \(far) || ',', \(fact[.id]) || ','
                FROM \(declaring: fact)\(rowsBeside(fact, walk.hopFilter, article: true, speaker: true))
                WHERE \(near) <> \(far)
            """
        if let origin = walk.origin { sql += " AND \(near) = \(bind: .integer(origin))" }
        for condition in walk.hopFilter.conditions { sql += " AND \(condition)" }
        return sql
    }

    private static func step(_ walk: JoinedWalk, from end: FactEnd) -> SQLFragment {
        let fact = TableAlias<FactTable>.hop
        let table = walk.table
        let (near, far) = end == .subject ? (fact[.subjectID], fact[.objectID]) : (fact[.objectID], fact[.subjectID])
        var sql: SQLFragment = """
            SELECT \(table[.origin]), \(far), \(table[.depth]) + 1, \(table[.visited]) || \(far) || ',', \(table[.facts]) || \(fact[.id]) || ','
                FROM \(table) JOIN \(declaring: fact) ON \(near) = \(table[.node])\(rowsBeside(fact, walk.hopFilter, article: true, speaker: true))
                WHERE \(table[.depth]) < \(bind: .integer(Int64(walk.hops.upperBound))) \
            AND NOT \(SQLFunction.textMatch(.contains, "\(table[.visited])", "',' || \(far) || ','"))
            """
        for condition in walk.hopFilter.conditions { sql += " AND \(condition)" }
        return sql
    }
}

extension SQLDialect {
    /// How many rows a walk of a join holds, to stop a query whose walk reached the expansion
    /// budget (its CTE's LIMIT) rather than answer from a part of it.
    public func budgetStatement(for walk: JoinedWalk) -> SQLStatement {
        statement("\(StatementParts.walkClause([walk]))SELECT count(*) FROM \(walk.table)")
    }
}
