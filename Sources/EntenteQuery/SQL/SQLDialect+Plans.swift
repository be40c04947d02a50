extension SQLDialect {
    /// The statement EXPLAIN shows: the SELECT of a join, a walk's CTE, a search's first level;
    /// none for TIMELINE and DIFF, which run no statement of their own.
    public func firstStatement(of plan: QueryPlan) -> SQLStatement {
        switch plan {
        case .join(let plan): statement(for: plan)
        case .union(let plan): statement(for: plan)
        case .walk(let plan): statement(for: plan)
        case .shortestPaths(let plan): stepStatement(plan.hops, from: .subject, withPredicate: false)
        case .pathSearch(let plan) where plan.timeOrder != nil: datedStepStatement(plan.hops, from: .subject)
        case .pathSearch(let plan): stepStatement(plan.hops, from: .subject, withPredicate: true)
        case .reach(let plan): stepStatement(plan.hopFilter, from: plan.direction == .backward ? .object : .subject, withPredicate: false)
        case .timeline, .diff: SQLStatement(text: "", arguments: [])
        }
    }
}

extension SQLDialect {
    /// Every statement a plan runs, in the order of `firstStatement(of:)` first: a search's
    /// steps in each direction it takes and its end filter, a path read's hop statement.
    public func statements(of plan: QueryPlan) -> [SQLStatement] {
        switch plan {
        case .join(let plan): [statement(for: plan)]
        case .union(let plan): [statement(for: plan)]
        case .walk(let plan): [statement(for: plan), hopsStatement()]
        case .shortestPaths(let plan):
            [stepStatement(plan.hops, from: .subject, withPredicate: false), stepStatement(plan.hops, from: .object, withPredicate: false), hopsStatement()]
        case .pathSearch(let plan) where plan.timeOrder != nil:
            [datedStepStatement(plan.hops, from: .subject), datedStepStatement(plan.hops, from: .object), hopsStatement()]
        case .pathSearch(let plan):
            [stepStatement(plan.hops, from: .subject, withPredicate: true), stepStatement(plan.hops, from: .object, withPredicate: true), hopsStatement()]
        case .reach(let plan):
            [stepStatement(plan.hopFilter, from: plan.direction == .backward ? .object : .subject, withPredicate: false)]
                + (plan.direction == .both ? [stepStatement(plan.hopFilter, from: .object, withPredicate: false)] : [])
                + [endStatement(plan.end)]
        case .timeline, .diff: []
        }
    }
}
