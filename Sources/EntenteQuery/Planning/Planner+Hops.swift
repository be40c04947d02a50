import EntenteModel

extension Planner {
    /// What every hop of a walk or a search must satisfy (see `HopFilter`), planned once for
    /// every direction the search takes, so a mistake in it is reported once.
    mutating func hopFilter(relations: [Name], scope: DateScope?, filter: Expression?) -> HopFilter {
        let fact = TableAlias<FactTable>.hop
        var conditions = defaultConditions(on: fact)
        if let relation = relationCondition(relations, on: fact) { conditions.append(relation) }
        conditions += scopeConditions(scope, on: fact)
        if let filter { conditions.append(condition(filter)) }
        return HopFilter(
            conditions: conditions, readsPredicate: predicateJoins.contains(fact), readsArticle: articleJoins.contains(fact),
            readsSpeaker: speakerJoins.contains(fact), traversal: traversalFilter(relations: relations, scope: scope, filter: filter))
    }

    /// The hop filters as a `TraversalFilter`, or nil when they need SQL: a WHERE clause on the
    /// relation, a question about negation, modal facts included, or AS OF (which depends on
    /// other facts).
    private func traversalFilter(relations: [Name], scope: DateScope?, filter: Expression?) -> TraversalFilter? {
        guard filter == nil, !negationMentioned.contains(.hop), !options.includeModal, !options.excludeDomestic, scope?.kind != .asOf
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
}
