import EntenteModel
import EntenteStore
import EntenteQuery
import GRDB

extension QueryExecution {
    /// PATHS: every acyclic path up to MAX hops, shortest first, by `PathEnumeration`, stopping
    /// at the LIMIT (or one path past the row budget, which is then an error).
    func run(_ plan: PathSearchPlan) throws -> QueryResult {
        // In time order each step also reads its facts' days, and only dated facts.
        let dated = plan.timeOrder != nil
        let outward = try PreparedStep(
            dated ? dialect.datedStepStatement(plan.hops, from: .subject) : dialect.stepStatement(plan.hops, from: .subject, withPredicate: true), db)
        let inward = try PreparedStep(
            dated ? dialect.datedStepStatement(plan.hops, from: .object) : dialect.stepStatement(plan.hops, from: .object, withPredicate: true), db)
        var predicateNumbers: [String: Int] = [:]
        let neighbours: PathEnumeration.Neighbours
        if let indexed {
            neighbours = { entity, outOfSubject in indexed.index.neighbours(of: entity, outOfSubject: outOfSubject, indexed.filter) }
        } else {
            let dialect = self.dialect
            neighbours = { entity, outOfSubject in
                let step = outOfSubject ? outward : inward
                let rows = try Row.fetchCursor(step.statement, arguments: step.arguments(dialect.idList([entity])))
                var facts: [PathEnumeration.Neighbour] = []
                while let row = try rows.next() {
                    let predicate: String = row[3]
                    let number = predicateNumbers[predicate] ?? predicateNumbers.count
                    predicateNumbers[predicate] = number
                    var days: ClosedRange<Int>?
                    if dated, let first = CalendarDay(iso: row[4] as String? ?? ""), let last = CalendarDay(iso: row[5] as String? ?? ""),
                        first <= last
                    {
                        days = first.dayNumber...last.dayNumber
                    }
                    facts.append(PathEnumeration.Neighbour(fact: row[0], there: outOfSubject ? row[2] : row[1], predicate: number, days: days))
                }
                return facts
            }
        }
        let rows = try QueryRows.pathSearchRows(plan, timeout: timeout, neighbours: neighbours) { try readHops($0, evidence: plan.withEvidence) }
        return QueryResult(columns: columns, rows: rows)
    }

    /// SHORTEST and ALL SHORTEST: a breadth-first search over the adjacency index when there is
    /// one, else over SQL.
    func run(_ plan: ShortestPathPlan) throws -> QueryResult {
        if let indexed {
            var search = BreadthFirstSearch(source: IndexNeighbours(index: indexed.index, filter: indexed.filter), budget: plan.maxExpansions)
            return try run(plan, &search)
        }
        var search = BreadthFirstSearch(source: try SQLNeighbours(plan.hops, dialect: dialect, db), budget: plan.maxExpansions)
        return try run(plan, &search)
    }

    private func run<Source: NeighbourSource>(_ plan: ShortestPathPlan, _ search: inout BreadthFirstSearch<Source>) throws -> QueryResult {
        QueryResult(columns: columns, rows: try QueryRows.shortestRows(plan, &search) { try readHops($0, evidence: plan.withEvidence) })
    }
}
