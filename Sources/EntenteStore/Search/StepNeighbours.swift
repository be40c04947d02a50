import EntenteQuery

/// A `NeighbourSource` from a function that gives one entity's steps at a time: for a search
/// whose steps are read and kept elsewhere, as PATHS keeps each entity's steps once.
struct StepNeighbours: NeighbourSource {
    /// Calls `visit(fact, there)` for each step from `entity` along `end`.
    typealias Steps = (_ entity: Int64, _ end: FactEnd, _ visit: (_ fact: Int64, _ there: Int64) throws -> Void) throws -> Void

    let steps: Steps
    /// Told each level's entities before their steps are asked for one by one.
    let before: (_ entities: [Int64], _ end: FactEnd) throws -> Void

    /// A source giving `steps`, telling `before` of each level's entities first.
    init(_ steps: @escaping Steps, before: @escaping (_ entities: [Int64], _ end: FactEnd) throws -> Void = { _, _ in }) {
        self.steps = steps
        self.before = before
    }

    func makeMarks() -> SparseMarks { SparseMarks() }

    func factID(_ fact: Int64) -> Int64 { fact }

    mutating func facts(
        around entities: [Int64], from end: FactEnd, inOrder: Bool, allowance: Int,
        _ visit: (_ fact: Int64, _ here: Int64, _ there: Int64) throws -> Void
    ) throws -> Int {
        var visited = 0
        try before(entities, end)
        for entity in entities {
            try steps(entity, end) { fact, there in
                visited += 1
                try visit(fact, entity, there)
            }
        }
        return visited
    }
}
