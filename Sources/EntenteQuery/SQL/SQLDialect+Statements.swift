/// The statements every dialect writes alike, in standard SQL; a dialect overrides one where
/// its database needs other words.
extension SQLDialect {
    /// See the requirement.
    public func statement(for plan: JoinPlan) -> SQLStatement {
        statement(StatementParts.select(plan))
    }

    /// See the requirement.
    public func statement(for plan: UnionPlan) -> SQLStatement {
        let glue: SQLFragment = plan.all ? "\nUNION ALL\n" : "\nUNION\n"
        var sql: SQLFragment = plan.parts.map { "SELECT * FROM (\(StatementParts.select($0)))" as SQLFragment }.joined(separator: glue)
        sql = "SELECT * FROM (\(sql))\nLIMIT \(bind: .integer(Int64(plan.statementLimit)))"
        return statement(sql)
    }
}

extension StatementParts {
    /// The SELECT of a join, as a fragment a compound statement can hold.
    static func select(_ plan: JoinPlan) -> SQLFragment {
        var sql = walkClause(plan.walks)
        sql += plan.distinct ? "SELECT DISTINCT " : "SELECT "
        sql += plan.selections.enumerated().map { "\($1) AS \(resultColumn: $0 + 1)" as SQLFragment }.joined(separator: ", ")
        sql += "\nFROM \(plan.tables.map(StatementParts.fromItem).joined(separator: "\n"))"
        if !plan.conditions.isEmpty { sql += "\nWHERE \(plan.conditions.joined(separator: "\n  AND "))" }
        if !plan.grouping.isEmpty { sql += "\nGROUP BY \(groupKeys(plan).joined(separator: ", "))" }
        if !plan.ordering.isEmpty { sql += "\nORDER BY \(plan.ordering.joined(separator: ", "))" }
        sql += "\nLIMIT \(bind: .integer(Int64(plan.statementLimit)))"
        if plan.offset > 0 { sql += " OFFSET \(bind: .integer(Int64(plan.offset)))" }
        return sql
    }
}

extension StatementParts {
    /// The GROUP BY of a join: each key that is a result column too as that column (see
    /// `SQLFunction.groupKey`); the planner groups by what it selects.
    static func groupKeys(_ plan: JoinPlan) -> [SQLFragment] {
        plan.grouping.map { key in
            plan.selections.firstIndex(of: key).map { "\(SQLFunction.groupKey(key, position: $0 + 1))" } ?? key
        }
    }
}

extension SQLDialect {
    /// See the requirement.
    public func hopsStatement() -> SQLStatement {
        let fact = TableAlias<FactTable>.hop
        return statement(StatementParts.hops + "\nWHERE \(SQLFunction.isInIDList(fact[.id]))")
    }

    /// See the requirement.
    public func hopsStatement(ids: [Int64]) -> SQLStatement {
        boundHopsStatement(ids: ids)
    }

    /// ``hopsStatement(ids:)`` as every dialect writes it.
    func boundHopsStatement(ids: [Int64]) -> SQLStatement {
        precondition(!ids.isEmpty, "a statement of no facts")
        let fact = TableAlias<FactTable>.hop
        let list = ids.map { "\(bind: .integer($0))" as SQLFragment }.joined(separator: ", ")
        return statement(StatementParts.hops + "\nWHERE \(fact[.id]) IN (\(list))")
    }

    /// See the requirement.
    public func stepStatement(_ hops: HopFilter, from end: FactEnd, withPredicate: Bool) -> SQLStatement {
        statement(StatementParts.step(hops, from: end, withPredicate: withPredicate))
    }

    /// See the requirement.
    public func datedStepStatement(_ hops: HopFilter, from end: FactEnd) -> SQLStatement {
        statement(StatementParts.datedStep(hops, from: end))
    }

    /// See the requirement.
    public func endStatement(_ end: WalkEnd) -> SQLStatement {
        let entity = TableAlias<EntityTable>.reached
        var sql: SQLFragment = "SELECT \(entity[.id]), \(entity[.name]) FROM \(declaring: entity) WHERE \(SQLFunction.isInIDList(entity[.id]))"
        sql += StatementParts.walkEndConditions(end, entity)
        return statement(sql)
    }
}

/// Parts of statements more than one statement writes.
enum StatementParts {
    /// The SELECT of facts as hops (see `SQLDialect.hopsStatement()`), before its WHERE.
    static let hops: SQLFragment = """
        SELECT f.id, s.name, f.predicate, o.name, f.date_start, f.date_precision, f.negated, a.title, a.source, f.evidence,
               f.modality
        FROM fact AS f
        JOIN entity AS s ON s.id = f.subject_id
        JOIN entity AS o ON o.id = f.object_id
        JOIN article AS a ON a.id = f.article_id
        """

    /// The SELECT of a search's level (see `SQLDialect.stepStatement`).
    static func step(_ hops: HopFilter, from end: FactEnd, withPredicate: Bool) -> SQLFragment {
        let fact = TableAlias<FactTable>.hop
        var sql: SQLFragment = "SELECT \(fact[.id]), \(fact[.subjectID]), \(fact[.objectID])"
        if withPredicate { sql += ", \(fact[.predicate])" }
        sql += " FROM \(declaring: fact)\(StatementParts.rowsBeside(fact, hops, article: true, speaker: true))"
        sql += "\nWHERE \(SQLFunction.isInIDList(fact[end == .subject ? .subjectID : .objectID]))"
        for condition in hops.conditions { sql += " AND \(condition)" }
        return sql
    }

    /// The SELECT of a time-ordered search's level (see `SQLDialect.datedStepStatement`).
    static func datedStep(_ hops: HopFilter, from end: FactEnd) -> SQLFragment {
        let fact = TableAlias<FactTable>.hop
        var sql: SQLFragment = "SELECT \(fact[.id]), \(fact[.subjectID]), \(fact[.objectID]), \(fact[.predicate]), \(fact[.dateStart]), \(fact[.dateEnd])"
        sql += " FROM \(declaring: fact)\(StatementParts.rowsBeside(fact, hops, article: true, speaker: true))"
        sql += "\nWHERE \(SQLFunction.isInIDList(fact[end == .subject ? .subjectID : .objectID])) AND \(fact[.dateStart]) IS NOT NULL"
        for condition in hops.conditions { sql += " AND \(condition)" }
        return sql
    }

    static func fromItem(_ table: JoinedTable) -> SQLFragment {
        let on = table.condition.map { " ON \($0)" as SQLFragment } ?? SQLFragment()
        switch table.kind {
        case .first: return table.table
        case .cross: return "CROSS JOIN \(table.table)"
        case .inner: return "JOIN \(table.table)\(on)"
        case .leftOuter: return "LEFT JOIN \(table.table)\(on)"
        }
    }

    /// The joins of the rows beside a hop's fact that its filter reads (a walk joins only the
    /// predicate row).
    static func rowsBeside(_ fact: TableAlias<FactTable>, _ hops: HopFilter, article: Bool, speaker: Bool) -> SQLFragment {
        var sql = SQLFragment()
        if hops.readsPredicate {
            let predicate = fact.predicateRow
            sql += " JOIN \(declaring: predicate) ON \(predicate[.name]) = \(fact[.predicate])"
        }
        if article, hops.readsArticle {
            let row = fact.articleRow
            sql += " JOIN \(declaring: row) ON \(row[.id]) = \(fact[.articleID])"
        }
        if speaker, hops.readsSpeaker {
            let row = fact.speakerRow
            sql += " LEFT JOIN \(declaring: row) ON \(row[.id]) = \(fact[.speakerID])"
        }
        return sql
    }

    static func walkEndConditions(_ end: WalkEnd, _ entity: TableAlias<EntityTable>) -> SQLFragment {
        var sql = SQLFragment()
        if !end.labels.isEmpty { sql += " AND \(end.labels)" }
        if let target = end.target { sql += " AND \(entity[.id]) = \(bind: .integer(target))" }
        return sql
    }
}
