import EntenteQuery
import EntenteStore

/// The levels of a reach, each counted on the server (`PostgresDialect.levelStatement`): the
/// search is handed each entity a level reaches once, not each fact, and the number of facts
/// read is the server's count, so the expansion budget is kept exactly as over the facts.
///
/// Only for `BreadthFirstSearch.reach`, which looks at where a fact leads and nothing else: the
/// fact and the entity it was reached from are not read back.
struct PostgresLevels: NeighbourSource {
    /// No fact: a level names entities only.
    struct NoFact {}

    let session: PostgresSession
    let dialect: PostgresDialect
    let hops: HopFilter

    func makeMarks() -> SparseMarks { SparseMarks() }

    func factID(_ fact: NoFact) -> Int64 {
        preconditionFailure("a level read on the server names entities, not facts: for a reach only")
    }

    /// `visit(_, 0, there)` once for each entity the level reaches; returns the facts read.
    func facts(
        around entities: [Int64], from end: FactEnd, inOrder: Bool, allowance: Int,
        _ visit: (_ fact: NoFact, _ here: Int64, _ there: Int64) throws -> Void
    ) throws -> Int {
        // One fact past the allowance is enough to know it is exceeded.
        let statement = dialect.levelStatement(hops, from: end, limit: min(allowance, Int.max - 1) + 1)
        let rows = try session.rows(statement, idList: dialect.idList(entities))
        let read = rows.reduce(0) { $0 + Int($1.int(1)) }
        if read > allowance { throw NeighbourAllowanceExceeded() }
        for row in rows { try visit(NoFact(), 0, row.int(0)) }
        return read
    }
}
