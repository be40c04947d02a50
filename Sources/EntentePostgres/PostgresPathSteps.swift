import EntenteModel
import EntenteQuery
import EntenteStore

/// The facts PATHS steps along, read for many entities in one statement when the search says
/// which it will ask for next (`PathEnumeration.Prefetch`), then handed over one entity at a
/// time exactly as a read of that entity alone gives them: the statement orders its rows by
/// entity, then as SQLite's index does.
final class PostgresPathSteps {
    private let session: PostgresSession
    private let dialect: PostgresDialect
    private let dated: Bool
    private let outward: SQLStatement
    private let inward: SQLStatement
    private var predicateNumbers: [String: Int] = [:]
    /// Facts read ahead, by entity and direction, until asked for.
    private var readAhead: [Key: [PathEnumeration.Neighbour]] = [:]

    private struct Key: Hashable {
        let entity: Int64
        let outOfSubject: Bool
    }

    init(_ plan: PathSearchPlan, session: PostgresSession, dialect: PostgresDialect) {
        self.session = session
        self.dialect = dialect
        dated = plan.timeOrder != nil
        outward = dated ? dialect.datedStepStatement(plan.hops, from: .subject) : dialect.stepStatement(plan.hops, from: .subject, withPredicate: true)
        inward = dated ? dialect.datedStepStatement(plan.hops, from: .object) : dialect.stepStatement(plan.hops, from: .object, withPredicate: true)
    }

    /// The facts out of or into `entity`, read ahead or now.
    func neighbours(of entity: Int64, outOfSubject: Bool) throws -> [PathEnumeration.Neighbour] {
        if let read = readAhead.removeValue(forKey: Key(entity: entity, outOfSubject: outOfSubject)) { return read }
        return try read([entity], outOfSubject: outOfSubject)[entity] ?? []
    }

    /// Reads the facts of `entities` in one statement, to hand over as they are asked for.
    func prefetch(_ entities: [Int64], outOfSubject: Bool) throws {
        let wanted = entities.filter { readAhead[Key(entity: $0, outOfSubject: outOfSubject)] == nil }
        guard !wanted.isEmpty else { return }
        let read = try read(wanted, outOfSubject: outOfSubject)
        for entity in wanted { readAhead[Key(entity: entity, outOfSubject: outOfSubject)] = read[entity] ?? [] }
    }

    private func read(_ entities: [Int64], outOfSubject: Bool) throws -> [Int64: [PathEnumeration.Neighbour]] {
        var facts: [Int64: [PathEnumeration.Neighbour]] = [:]
        for row in try session.rows(outOfSubject ? outward : inward, idList: dialect.idList(entities)) {
            let predicate = row.string(3)
            let number = predicateNumbers[predicate] ?? predicateNumbers.count
            predicateNumbers[predicate] = number
            var days: ClosedRange<Int>?
            if dated, let first = CalendarDay(iso: row.string(4)), let last = CalendarDay(iso: row.string(5)), first <= last {
                days = first.dayNumber...last.dayNumber
            }
            let (here, there) = outOfSubject ? (row.int(1), row.int(2)) : (row.int(2), row.int(1))
            facts[here, default: []].append(PathEnumeration.Neighbour(fact: row.int(0), there: there, predicate: number, days: days))
        }
        return facts
    }
}
