extension PostgresDialect {
    /// The walk is a recursive CTE of (entity, depth, entities visited, facts taken), as SQLite's,
    /// but PostgreSQL takes no LIMIT inside a recursive CTE: a second CTE takes the first rows of
    /// the walk instead, and since PostgreSQL runs a recursive CTE only as far as its reader pulls
    /// rows, that stops the walk at the expansion budget all the same. The count of the first row is
    /// text, as the names below it are: a UNION's column has one type in PostgreSQL.
    public func statement(for plan: WalkPlan) -> SQLStatement {
        let origin = QueryValue.integer(plan.origin)
        // In time order the walk also carries the days of the fact it took last.
        let dated = plan.timeOrder != nil
        var steps: [SQLFragment] = []
        if plan.direction != .backward { steps.append(Self.walkStep(plan, from: .subject)) }
        if plan.direction != .forward { steps.append(Self.walkStep(plan, from: .object)) }
        // The recursive term names the walk once (PostgreSQL allows no more): both directions are
        // one LATERAL subquery of it.
        var sql: SQLFragment = """
            WITH RECURSIVE walk(node, depth, visited, facts\(dated ? ", first_day, last_day" : "")) AS (
                SELECT \(bind: origin)::bigint, 0, ',' || \(bind: origin) || ',', ''::text\(dated ? ", NULL::text, NULL::text" : "")
                UNION ALL
                SELECT s.next, w.depth + 1, w.visited || s.next || ',', w.facts || s.fact || ','\(dated ? ", s.first_day, s.last_day" : "")
                FROM walk AS w CROSS JOIN LATERAL (
                    \(steps.joined(separator: "\n        UNION ALL\n        "))
                ) AS s
                WHERE w.depth < \(bind: .integer(Int64(plan.hops.upperBound)))
            ),
            taken AS MATERIALIZED (SELECT * FROM walk LIMIT \(bind: .integer(Int64(plan.maxExpansions))))
            SELECT -1, '', count(*)::text FROM taken
            UNION ALL

            """
        let entity = TableAlias<EntityTable>.reached
        sql += """
            SELECT w.depth, w.facts, \(entity[.name]) FROM taken AS w JOIN \(declaring: entity) ON \(entity[.id]) = w.node
            WHERE w.depth >= \(bind: .integer(Int64(plan.hops.lowerBound)))
            """
        sql += StatementParts.walkEndConditions(plan.end, entity)
        sql += "\nORDER BY 1, 2"
        return statement(sql)
    }

    /// One step of the walk from the entity `w.node`, along facts from their `end` to the other
    /// end, never back to an entity the walk visited.
    private static func walkStep(_ plan: WalkPlan, from end: FactEnd) -> SQLFragment {
        let fact = TableAlias<FactTable>.hop
        let next = fact[end == .subject ? .objectID : .subjectID]
        var sql: SQLFragment = "SELECT \(next) AS next, \(fact[.id]) AS fact"
        if plan.timeOrder != nil { sql += ", \(fact[.dateStart]) AS first_day, \(fact[.dateEnd]) AS last_day" }
        sql += " FROM \(declaring: fact)"
        sql += StatementParts.rowsBeside(fact, plan.hopFilter, article: false, speaker: false)
        sql += " WHERE \(fact[end == .subject ? .subjectID : .objectID]) = w.node AND strpos(w.visited, ',' || \(next) || ',') = 0"
        for condition in plan.hopFilter.conditions { sql += " AND \(condition)" }
        if let order = plan.timeOrder {
            // The rule of `TimeOrder.allows`, on the days of this fact and the one before.
            sql += " AND \(fact[.dateStart]) IS NOT NULL AND (w.first_day IS NULL OR (\(fact[.dateEnd]) >= w.first_day"
            if let gap = order.maxGapDays {
                sql += " AND \(fact[.dateStart]) <= to_char(w.last_day::date + \(bind: .integer(Int64(gap)))::integer, 'YYYY-MM-DD')"
            }
            sql += "))"
        }
        return sql
    }
}
