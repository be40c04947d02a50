import EntenteStore
import EntenteQuery
import GRDB

extension QueryExecution {
    /// PATHS: every acyclic path up to MAX hops, shortest first, by `PathEnumeration`, stopping
    /// at the LIMIT (or one path past the row budget, which is then an error).
    func run(_ plan: PathSearchPlan) throws -> QueryResult {
        let outward = try PreparedStep(dialect.stepStatement(plan.hops, from: .subject, withPredicate: true), db)
        let inward = try PreparedStep(dialect.stepStatement(plan.hops, from: .object, withPredicate: true), db)
        var predicateNumbers: [String: Int] = [:]
        let neighbours: PathEnumeration.Neighbours
        if let indexed {
            neighbours = { entity, outOfSubject in indexed.index.neighbours(of: entity, outOfSubject: outOfSubject, indexed.filter) }
        } else {
            let dialect = self.dialect
            neighbours = { entity, outOfSubject in
                let step = outOfSubject ? outward : inward
                let rows = try Row.fetchCursor(step.statement, arguments: step.arguments(dialect.idList([entity])))
                var facts: [(fact: Int64, there: Int64, predicate: Int)] = []
                while let row = try rows.next() {
                    let predicate: String = row[3]
                    let number = predicateNumbers[predicate] ?? predicateNumbers.count
                    predicateNumbers[predicate] = number
                    facts.append((row[0], outOfSubject ? row[2] : row[1], number))
                }
                return facts
            }
        }
        var enumeration = PathEnumeration(
            from: plan.from, to: plan.to, maxHops: plan.maxHops, directed: plan.directed, budget: plan.maxExpansions, timeout: timeout,
            neighbours: neighbours)
        let found = try enumeration.paths(limit: plan.limitIsBudget ? plan.limit + 1 : plan.limit)
        if plan.limitIsBudget, found.count > plan.limit { throw QueryBudgetError.rows(plan.limit) }
        let hops = try readHops(found.flatMap { $0 }, evidence: plan.withEvidence)
        return QueryResult(columns: columns, rows: found.map { [.path($0.compactMap { hops[$0] })] })
    }

    /// SHORTEST and ALL SHORTEST.
    func run(_ plan: ShortestPathPlan) throws -> QueryResult {
        let outward = try PreparedStep(dialect.stepStatement(plan.hops, from: .subject, withPredicate: false), db)
        let inward = try PreparedStep(dialect.stepStatement(plan.hops, from: .object, withPredicate: false), db)
        return plan.allShortest
            ? try allShortest(plan, outward: outward, inward: inward) : try shortest(plan, outward: outward, inward: inward)
    }

    /// Every shortest path by breadth-first search: each level is one query for the facts out of
    /// (and, undirected, into) the entities first reached at the level before. The search stops at
    /// the first level that reaches the end; every shortest path is rebuilt from the predecessors.
    private func allShortest(_ plan: ShortestPathPlan, outward: PreparedStep, inward: PreparedStep) throws -> QueryResult {
        var distance: [Int64: Int] = [plan.from: 0]
        // For each entity reached, the (previous entity, fact) steps that reach it at its distance.
        var predecessors: [Int64: [(Int64, Int64)]] = [:]
        var frontier: [Int64] = [plan.from]
        var expansion = FrontierExpansion(budget: plan.maxExpansions, indexed: indexed)
        var level = 0
        while !frontier.isEmpty, level < plan.maxHops, distance[plan.to] == nil {
            level += 1
            var next: [Int64] = []
            func visit(_ fact: Int64, _ here: Int64, _ there: Int64) {
                if let known = distance[there] {
                    if known == level { predecessors[there, default: []].append((here, fact)) }
                    return
                }
                distance[there] = level
                predecessors[there] = [(here, fact)]
                next.append(there)
            }
            try expansion.facts(around: frontier, outward, dialect, outOfSubject: true, visit)
            if !plan.directed { try expansion.facts(around: frontier, inward, dialect, outOfSubject: false, visit) }
            frontier = next
        }
        guard distance[plan.to] != nil else { return QueryResult(columns: columns, rows: []) }
        // Rebuild paths backwards from the end, as fact-id lists from the start.
        var paths: [[Int64]] = []
        let cap = plan.limit * 4
        func unwind(_ node: Int64, _ suffix: [Int64]) {
            guard paths.count < cap else { return }
            if node == plan.from {
                paths.append(suffix)
                return
            }
            for (previous, fact) in predecessors[node] ?? [] { unwind(previous, [fact] + suffix) }
        }
        unwind(plan.to, [])
        let distinct = try distinctPaths(paths.sorted { $0.lexicographicallyPrecedes($1) }, evidence: plan.withEvidence, limit: plan.limit)
        return QueryResult(columns: columns, rows: distinct.map { [.path($0)] })
    }

    /// One shortest path by searching from both ends at once, always widening the smaller frontier,
    /// until the two searches meet; the level being widened is finished so the meeting is shortest.
    private func shortest(_ plan: ShortestPathPlan, outward: PreparedStep, inward: PreparedStep) throws -> QueryResult {
        // For each side: distance from its end, and the (previous entity, fact) that first reached an entity.
        var distances: [[Int64: Int]] = [[plan.from: 0], [plan.to: 0]]
        var parents: [[Int64: (Int64, Int64)]] = [[:], [:]]
        var frontiers: [[Int64]] = [[plan.from], [plan.to]]
        var depths = [0, 0]
        var expansion = FrontierExpansion(budget: plan.maxExpansions, indexed: indexed)
        var meeting: (node: Int64, length: Int)?
        if plan.from == plan.to { return QueryResult(columns: columns, rows: []) }
        while meeting == nil, !frontiers[0].isEmpty, !frontiers[1].isEmpty, depths[0] + depths[1] < plan.maxHops {
            let side = frontiers[0].count <= frontiers[1].count ? 0 : 1
            let other = 1 - side
            depths[side] += 1
            let entities = frontiers[side]
            var next: [Int64] = []
            func visit(_ fact: Int64, _ here: Int64, _ there: Int64) {
                guard distances[side][there] == nil else { return }
                distances[side][there] = depths[side]
                parents[side][there] = (here, fact)
                next.append(there)
                if let across = distances[other][there] {
                    let length = depths[side] + across
                    if meeting == nil || length < meeting!.length { meeting = (there, length) }
                }
            }
            // The start side follows facts forward; the end side walks them backward.
            let forward = (outward, true)
            let backward = (inward, false)
            for (step, outOfSubject) in (side == 0 ? [forward, backward] : [backward, forward]).prefix(plan.directed ? 1 : 2) {
                try expansion.facts(around: entities, step, dialect, outOfSubject: outOfSubject, visit)
            }
            frontiers[side] = next
        }
        guard let meeting, meeting.length <= plan.maxHops else { return QueryResult(columns: columns, rows: []) }
        var facts: [Int64] = []
        var node = meeting.node
        while node != plan.from, let (previous, fact) = parents[0][node] {
            facts.insert(fact, at: 0)
            node = previous
        }
        node = meeting.node
        while node != plan.to, let (previous, fact) = parents[1][node] {
            facts.append(fact)
            node = previous
        }
        let hops = try readHops(facts, evidence: plan.withEvidence)
        return QueryResult(columns: columns, rows: [[.path(facts.compactMap { hops[$0] })]])
    }
}
