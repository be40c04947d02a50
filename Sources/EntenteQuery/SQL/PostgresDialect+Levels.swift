extension PostgresDialect {
    /// One level of a reach, counted on the server: the entities at the other end of the facts
    /// whose `end` is one of the id list's entities and that pass `hops`, one row each with the
    /// number of those facts that lead there. At most `limit` facts are read, so a level past a
    /// search's budget stops on the server, and the client sees the budget exceeded all the same.
    ///
    /// A reach needs only which entities a level reaches, not each fact: the server sends back
    /// one row per entity (at most the graph's entities) instead of one per fact (hundreds of
    /// thousands for a level of hubs).
    public func levelStatement(_ hops: HopFilter, from end: FactEnd, limit: Int) -> SQLStatement {
        let fact = TableAlias<FactTable>.hop
        let (here, there) = end == .subject ? (fact[.subjectID], fact[.objectID]) : (fact[.objectID], fact[.subjectID])
        // The frontier joined as a table rather than `= ANY(…)`: without an ORDER BY to lead it to
        // the index, the planner tested each fact against the whole array (minutes at 5,000 ids).
        var writer = SQLWriter(dialect: self)
        writer.append("SELECT level.there, count(*) FROM (SELECT \(there) AS there\nFROM (SELECT DISTINCT u.id FROM unnest(")
        writer.append(argument: .idList)
        var sql: SQLFragment = "::bigint[]) AS u(id)) AS frontier\nJOIN \(declaring: fact) ON \(here) = frontier.id"
        sql += StatementParts.rowsBeside(fact, hops, article: true, speaker: true)
        if !hops.conditions.isEmpty { sql += "\nWHERE \(hops.conditions.joined(separator: " AND "))" }
        sql += "\nLIMIT \(bind: .integer(Int64(limit)))) AS level\nGROUP BY level.there"
        writer.append(sql)
        return writer.statement
    }
}
