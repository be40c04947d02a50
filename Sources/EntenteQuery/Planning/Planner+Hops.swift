import EntenteModel

extension Planner {
    /// What every hop of a walk or a search must satisfy, in this order: not negated and
    /// asserted or reported (unless the query asks about negation or modality), one of the
    /// relations, inside the scope, and the WHERE clause on `r`.
    mutating func hopFilters(relations: [Name], scope: DateScope?, filter: Expression?) -> [SQLFragment] {
        var filters = defaultConditions(fact: "f")
        let relation = fragment { $0.relationCondition(relations, fact: "f", predicate: "p") ?? "" }
        if !relation.text.isEmpty { filters.append(relation) }
        filters += scopeFragments(scope, fact: "f")
        if let filter { filters.append(fragment { $0.condition(filter) }) }
        return filters
    }

    /// The hop filters as a `TraversalFilter`, or nil when they need SQL: a WHERE clause on the
    /// relation, a question about negation, modal facts included, or AS OF (which depends on
    /// other facts).
    func traversalFilter(relations: [Name], scope: DateScope?, filter: Expression?) -> TraversalFilter? {
        guard filter == nil, !negationMentioned.contains("f"), !options.includeModal, !options.excludeDomestic, scope?.kind != .asOf
        else { return nil }
        var predicates: Set<String> = []
        var classes: Set<String> = []
        for relation in relations {
            if let relationClass = RelationClass(parsing: relation.text) {
                classes.insert(relationClass.rawValue)
            } else {
                predicates.insert(PredicateDefinition.normalisedName(relation.text))
            }
        }
        let first = scope?.start.flatMap { FactDate(parsing: $0) }?.start.description
        let last = scope?.end.flatMap { FactDate(parsing: $0) }?.end.description
        return TraversalFilter(
            predicates: relations.isEmpty ? nil : predicates, classes: relations.isEmpty ? nil : classes, firstDay: first,
            lastDay: last, within: scope?.kind == .within)
    }

    /// The scope as conditions on one fact, a fragment each.
    mutating func scopeFragments(_ scope: DateScope?, fact: String) -> [SQLFragment] {
        let saved = arguments
        arguments = []
        let conditions = scopeConditions(scope, fact: fact)
        let result = conditions.map { condition in
            let count = condition.filter { $0 == "?" }.count
            defer { arguments.removeFirst(count) }
            return SQLFragment(condition, Array(arguments.prefix(count)))
        }
        arguments = saved
        return result
    }

    /// One level of a frontier search: the facts out of (`subject_id`) or into (`object_id`) the
    /// entities given as a JSON array, that satisfy `filters`; with their predicate for a path search.
    func frontierSQL(_ column: String, filters: [SQLFragment], withPredicate: Bool = false) -> SQLFragment {
        var text = "SELECT f.id, f.subject_id, f.object_id\(withPredicate ? ", f.predicate" : "") FROM fact AS f"
        if predicateJoins.contains("f") { text += " JOIN predicate AS p ON p.name = f.predicate" }
        if articleJoins.contains("f") { text += " JOIN article AS a ON a.id = f.article_id" }
        if speakerJoins.contains("f") { text += " LEFT JOIN entity AS s ON s.id = f.speaker_id" }
        text += "\nWHERE f.\(column) IN (SELECT value FROM json_each(?))"
        return SQLFragment(text) + SQLFragment.joined([SQLFragment("")] + filters, separator: " AND ")
    }
}
