extension PostgresDialect {
    /// The walk CTEs of a join. PostgreSQL takes no LIMIT inside a recursive CTE, and the recursive
    /// term may name the CTE once: each walk is an unbounded recursive CTE (`unbounded_walk1`) whose
    /// steps in both directions are one LATERAL subquery, and the CTE the join reads (`walk1`) takes
    /// its first rows up to the expansion budget. PostgreSQL runs a recursive CTE only as far as
    /// its reader pulls rows, so the LIMIT stops a walk that grows without end, as SQLite's does,
    /// and the join and the count of its rows read the same rows (MATERIALIZED).
    static func walkClause(_ walks: [JoinedWalk]) -> SQLFragment {
        "WITH RECURSIVE \(walks.map(walkDefinitions).joined(separator: ",\n"))\n"
    }

    /// A walk's unbounded recursive CTE and the CTE of its first rows.
    private static func walkDefinitions(_ walk: JoinedWalk) -> SQLFragment {
        let (table, all) = (walk.table, walk.table.unbounded)
        let ends: [FactEnd] = walk.direction == .forward ? [.subject] : walk.direction == .backward ? [.object] : [.subject, .object]
        var parts = ends.map { StatementParts.firstHop(walk, from: $0) }
        if walk.hops.upperBound > 1 {
            parts.append("""
                SELECT \(all[.origin]), step.next, \(all[.depth]) + 1, \(all[.visited]) || step.next || ',', \(all[.facts]) || step.fact || ','
                    FROM \(all) CROSS JOIN LATERAL (
                        \(ends.map { step(walk, from: $0) }.joined(separator: "\n        UNION ALL\n        "))
                    ) AS step
                    WHERE \(all[.depth]) < \(bind: .integer(Int64(walk.hops.upperBound)))
                """)
        }
        return """
            \(all)(origin, node, depth, visited, facts) AS (
                \(parts.joined(separator: "\n    UNION ALL\n    "))
            ),
            \(table) AS MATERIALIZED (SELECT * FROM \(all) LIMIT \(bind: .integer(Int64(walk.maxExpansions))))
            """
    }

    /// One step of the walks from the entity a walk reached, along facts from their `end` to the
    /// other end, never back into an entity the walk visited.
    private static func step(_ walk: JoinedWalk, from end: FactEnd) -> SQLFragment {
        let fact = TableAlias<FactTable>.hop
        let all = walk.table.unbounded
        let (near, far) = end == .subject ? (fact[.subjectID], fact[.objectID]) : (fact[.objectID], fact[.subjectID])
        var sql: SQLFragment = "SELECT \(far) AS next, \(fact[.id]) AS fact"
        sql += " FROM \(declaring: fact)\(StatementParts.rowsBeside(fact, walk.hopFilter, article: true, speaker: true))"
        sql += " WHERE \(near) = \(all[.node]) AND NOT \(SQLFunction.textMatch(.contains, "\(all[.visited])", "',' || \(far) || ','"))"
        for condition in walk.hopFilter.conditions { sql += " AND \(condition)" }
        return sql
    }
}
