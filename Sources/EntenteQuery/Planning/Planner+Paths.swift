import EntenteModel

extension Planner {
    /// Plans `PATHS | SHORTEST | ALL SHORTEST FROM a TO b … MAX n` as a recursive CTE that walks
    /// facts from `a`, at most `n` hops, never entering an entity twice (acyclic paths), and
    /// stops after the expansion budget. Within a WHERE clause, `r` is each hop.
    mutating func plan(_ query: PathQuery, explain: Bool) -> CompiledQuery? {
        let from = query.from.reference.flatMap { resolve($0) }
        let to = query.to.reference.flatMap { resolve($0) }
        if query.from.reference == nil { error(.expected("a named entity", found: .symbol(.rightParenthesis)), at: query.from.range) }
        if query.to.reference == nil { error(.expected("a named entity", found: .symbol(.rightParenthesis)), at: query.to.range) }
        bindings["r"] = .edge(alias: "f", index: 1)
        if let filter = query.filter { noteNegation(in: filter) }

        // The conditions every hop must meet, written once per direction of travel.
        func hopConditions(_ planner: inout Planner, next: String) -> SQLFragment {
            var conditions: [SQLFragment] = [
                SQLFragment("w.depth < ?", [.integer(Int64(query.maxHops))]),
                SQLFragment("w.node <> ?", [.integer(to?.id ?? -1)]),
                SQLFragment("instr(w.visited, ',' || \(next) || ',') = 0"),
            ]
            conditions += planner.hopFilters(relations: query.via, scope: query.scope, filter: query.filter)
            return SQLFragment.joined(conditions, separator: " AND ")
        }
        let usesClass = query.via.contains { RelationClass(parsing: $0.text) != nil }
        if usesClass { predicateJoins.insert("f") }
        let forward = hopConditions(&self, next: "f.object_id")
        let backward = query.directed ? nil : hopConditions(&self, next: "f.subject_id")
        let (predicateJoin, articleJoin, speakerJoin) = (
            predicateJoins.contains("f"), articleJoins.contains("f"), speakerJoins.contains("f")
        )
        func joins(_ column: String) -> String {
            var text = "FROM walk AS w JOIN fact AS f ON f.\(column) = w.node"
            if predicateJoin { text += " JOIN predicate AS p ON p.name = f.predicate" }
            if articleJoin { text += " JOIN article AS a ON a.id = f.article_id" }
            if speakerJoin { text += " LEFT JOIN entity AS s ON s.id = f.speaker_id" }
            return text
        }
        guard diagnostics.isEmpty, let from, let to else { return nil }
        if query.selector != .all {
            // Shortest paths: a breadth-first frontier search, level by level, over indexed lookups.
            let filters = hopFilters(relations: query.via, scope: query.scope, filter: query.filter)
            let out = frontierSQL("subject_id", filters: filters)
            var compiled = CompiledQuery(
                sql: out.text, arguments: out.arguments, columns: ["path"], outputs: [.path(1)], strategy: .frontier,
                pathSelection: query.selector, withEvidence: query.withEvidence, explain: explain,
                limit: query.limit.map { min($0, options.maxRows) } ?? options.maxRows)
            // Facts into an entity: the second direction of an undirected search, and how a
            // search from the end walks back along directed facts.
            let into = frontierSQL("object_id", filters: filters)
            compiled.reverseSQL = into.text
            compiled.reverseArguments = into.arguments
            compiled.frontier = .init(from: from.id, to: to.id, maxHops: query.maxHops, maxExpansions: options.maxExpansions)
            compiled.frontier?.directed = query.directed
            compiled.frontier?.traversal = traversalFilter(relations: query.via, scope: query.scope, filter: query.filter)
            return compiled
        }

        var sql = SQLFragment(
            """
            WITH RECURSIVE walk(node, depth, visited, facts) AS (
                SELECT ?, 0, ',' || ? || ',', ''
                UNION ALL
                SELECT f.object_id, w.depth + 1, w.visited || f.object_id || ',', w.facts || f.id || ','
                \(joins("subject_id"))
                WHERE 
            """, [.integer(from.id), .integer(from.id)])
        sql = sql + forward
        if let backward {
            sql = sql + SQLFragment(
                """

                    UNION ALL
                    SELECT f.subject_id, w.depth + 1, w.visited || f.subject_id || ',', w.facts || f.id || ','
                    \(joins("object_id"))
                    WHERE 
                """) + backward
        }
        let limit = query.limit.map { min($0, options.maxRows) } ?? options.maxRows
        sql = sql + SQLFragment(
            """

                LIMIT ?
            )
            SELECT -1, '', count(*) FROM walk
            UNION ALL
            SELECT w.depth, w.facts, 0 FROM walk AS w WHERE w.node = ? AND w.depth > 0
            ORDER BY 1, 2
            """, [.integer(Int64(options.maxExpansions)), .integer(to.id)])
        var compiled = CompiledQuery(
            sql: sql.text, arguments: sql.arguments, columns: ["path"], outputs: [.path(1)], strategy: .recursivePath,
            pathSelection: query.selector, withEvidence: query.withEvidence, explain: explain, limit: limit)
        compiled.expansionBudget = options.maxExpansions
        return compiled
    }
}
