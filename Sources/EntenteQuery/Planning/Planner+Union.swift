import EntenteModel

extension Planner {
    /// Plans `MATCH … UNION [ALL] MATCH …` as one compound SELECT of the parts' SELECTs. Each part
    /// is planned as a MATCH of its own (its variables are its own) and must be a join that returns
    /// values (names, properties, aggregates), the same number of them in every part; the columns
    /// are named by the first part.
    mutating func plan(_ union: UnionQuery, explain: Bool) -> CompiledQuery? {
        var parts: [JoinPlan] = []
        // The first part's columns, once a part has planned: the others are compared with them.
        var columns: [String]?
        for (index, part) in union.parts.enumerated() {
            // A fresh planner per part: bindings and joins belong to one MATCH.
            var planner = Planner(source: source, resolver: resolver, parameters: parameters, options: options)
            planner.prefersJoin = true
            let compiled = planner.plan(part, explain: false)
            diagnostics += planner.diagnostics
            if let failure = planner.resolverFailure, resolverFailure == nil { resolverFailure = failure }
            guard let compiled else { continue }
            guard case .join(let plan) = compiled.plan else {
                error(
                    .expected("a MATCH that is one SELECT", found: .symbol(.star)), at: union.partRanges[index],
                    notes: ["a part of a UNION is one SELECT; a shortest path or a time-ordered walk is a search: return its values from a MATCH of its own"])
                continue
            }
            if plan.outputs.contains(where: { if case .value = $0 { false } else { true } }) {
                error(
                    .expected("values in RETURN", found: .identifier("a relation")), at: union.partRanges[index],
                    notes: ["a part of a UNION returns names and values: return type(r), r.date … rather than r, and no WITH EVIDENCE"])
                continue
            }
            if let columns, compiled.columns.count != columns.count {
                error(
                    .unionColumnCount(compiled.columns.count, expected: columns.count), at: union.partRanges[index],
                    notes: ["every part of a UNION returns as many columns as the first (\(columns.joined(separator: ", ")))"])
                continue
            }
            if columns == nil { columns = compiled.columns }
            parts.append(plan)
        }
        guard diagnostics.isEmpty, parts.count == union.parts.count, let columns else { return nil }
        let plan = UnionPlan(
            parts: parts, all: union.all, statementLimit: options.maxRows == .max ? .max : options.maxRows + 1, rowBudget: options.maxRows)
        return CompiledQuery(plan: .union(plan), columns: columns, explain: explain)
    }
}
