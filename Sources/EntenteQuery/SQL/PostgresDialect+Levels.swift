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
        let there = fact[end == .subject ? .objectID : .subjectID]
        var sql: SQLFragment = "SELECT level.there, count(*) FROM (SELECT \(there) AS there FROM \(declaring: fact)"
        sql += StatementParts.rowsBeside(fact, hops, article: true, speaker: true)
        sql += "\nWHERE \(SQLFunction.isInIDList(fact[end == .subject ? .subjectID : .objectID]))"
        for condition in hops.conditions { sql += " AND \(condition)" }
        sql += "\nLIMIT \(bind: .integer(Int64(limit)))) AS level\nGROUP BY level.there"
        return statement(sql)
    }
}
