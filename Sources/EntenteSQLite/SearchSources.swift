import EntenteQuery
import EntenteStore
import GRDB

/// A search's levels read with SQL: one indexed read of a level's facts per direction.
struct SQLNeighbours<Dialect: SQLDialect>: NeighbourSource {
    let dialect: Dialect
    /// The steps along facts from their subject and from their object.
    let fromSubject: PreparedStep
    let fromObject: PreparedStep

    init(_ hops: HopFilter, dialect: Dialect, withPredicate: Bool = false, _ db: Database) throws {
        self.dialect = dialect
        fromSubject = try PreparedStep(dialect.stepStatement(hops, from: .subject, withPredicate: withPredicate), db)
        fromObject = try PreparedStep(dialect.stepStatement(hops, from: .object, withPredicate: withPredicate), db)
    }

    func makeMarks() -> SparseMarks { SparseMarks() }

    func factID(_ fact: Int64) -> Int64 { fact }

    /// SQL reads the entities of `IN (SELECT value FROM json_each(?))` in ascending order: always in order.
    func facts(
        around entities: [Int64], from end: FactEnd, inOrder: Bool, allowance: Int,
        _ visit: (_ fact: Int64, _ here: Int64, _ there: Int64) throws -> Void
    ) throws -> Int {
        let step = end == .subject ? fromSubject : fromObject
        let rows = try Row.fetchCursor(step.statement, arguments: step.arguments(dialect.idList(entities)))
        var read = 0
        while let row = try rows.next() {
            // Each row read costs: stop at the row past the allowance, not after the level.
            read += 1
            if read > allowance { throw NeighbourAllowanceExceeded() }
            let (subject, object): (Int64, Int64) = (row[1], row[2])
            try visit(row[0], end == .subject ? subject : object, end == .subject ? object : subject)
        }
        return read
    }
}

/// A search's levels read from the in-memory adjacency index, with the search's hop filter
/// resolved against it.
struct IndexNeighbours: NeighbourSource {
    let index: AdjacencyIndex
    let filter: AdjacencyIndex.Filter

    func makeMarks() -> DenseMarks { DenseMarks(count: index.entityCount) }

    /// A fact's position in the index: its id is looked up only when a search needs it.
    func factID(_ position: Int) -> Int64 { index.factIDs[position] }

    /// Reads from memory: the search checks the count after the level.
    @inline(__always)
    func facts(
        around entities: [Int64], from end: FactEnd, inOrder: Bool, allowance: Int,
        _ visit: (_ position: Int, _ here: Int64, _ there: Int64) throws -> Void
    ) throws -> Int {
        try index.positions(around: entities, outOfSubject: end == .subject, inOrder: inOrder, filter, visit)
    }
}
