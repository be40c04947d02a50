extension SQLiteDialect {
    /// The walk is a recursive CTE of (entity, depth, entities visited, facts taken); SQLite
    /// takes a LIMIT inside it, which stops the walk at the expansion budget.
    public func statement(for plan: WalkPlan) -> SQLStatement {
        let origin = QueryValue.integer(plan.origin)
        // In time order the walk also carries the days of the fact it took last.
        let dated = plan.timeOrder != nil
        var sql: SQLFragment = """
            WITH RECURSIVE walk(node, depth, visited, facts\(dated ? ", first_day, last_day" : "")) AS (
                SELECT \(bind: origin), 0, ',' || \(bind: origin) || ',', ''\(dated ? ", NULL, NULL" : "")
            """
        if plan.direction != .backward { sql += "\n    UNION ALL\n    \(Self.walkStep(plan, from: .subject))" }
        if plan.direction != .forward { sql += "\n    UNION ALL\n    \(Self.walkStep(plan, from: .object))" }
        sql += "\n    LIMIT \(bind: .integer(Int64(plan.maxExpansions)))\n)\nSELECT -1, '', count(*) FROM walk\nUNION ALL\n"
        let entity = TableAlias<EntityTable>.reached
        sql += """
            SELECT w.depth, w.facts, \(entity[.name]) FROM walk AS w JOIN \(declaring: entity) ON \(entity[.id]) = w.node
            WHERE w.depth >= \(bind: .integer(Int64(plan.hops.lowerBound)))
            """
        sql += StatementParts.walkEndConditions(plan.end, entity)
        sql += "\nORDER BY 1, 2"
        return statement(sql)
    }

    /// One step of the walk, along facts from their `end` to the other end, never back to an
    /// entity the walk visited.
    private static func walkStep(_ plan: WalkPlan, from end: FactEnd) -> SQLFragment {
        let fact = TableAlias<FactTable>.hop
        let next = fact[end == .subject ? .objectID : .subjectID]
        var sql: SQLFragment = """
            SELECT \(next), w.depth + 1, w.visited || \(next) || ',', w.facts || \(fact[.id]) || ','\(plan.timeOrder == nil ? "" : ", \(fact[.dateStart]), \(fact[.dateEnd])")
                FROM walk AS w JOIN \(declaring: fact) ON \(fact[end == .subject ? .subjectID : .objectID]) = w.node
            """
        sql += StatementParts.rowsBeside(fact, plan.hopFilter, article: false, speaker: false)
        sql += "\n    WHERE w.depth < \(bind: .integer(Int64(plan.hops.upperBound))) AND instr(w.visited, ',' || \(next) || ',') = 0"
        for condition in plan.hopFilter.conditions { sql += " AND \(condition)" }
        if let order = plan.timeOrder {
            // The rule of `TimeOrder.allows`, on the days of this fact and the one before.
            sql += " AND \(fact[.dateStart]) IS NOT NULL AND (w.first_day IS NULL OR (\(fact[.dateEnd]) >= w.first_day"
            if let gap = order.maxGapDays {
                sql += " AND \(fact[.dateStart]) <= date(w.last_day, '+' || \(bind: .integer(Int64(gap))) || ' days')"
            }
            sql += "))"
        }
        return sql
    }
}
