import EntenteModel
import EntenteQuery

/// A `NeighbourSource` whose steps are relations: each level is one read of the relations a
/// selection keeps that touch the level's entities, each relation a step to both its ends. It
/// keeps every relation it read, for a neighbourhood.
struct RelationNeighbours: NeighbourSource {
    let store: any GraphStoring
    let selection: RelationSelection
    /// The relations read so far.
    private(set) var found: Set<RelationSummary> = []

    init(store: any GraphStoring, selection: RelationSelection) {
        self.store = store
        self.selection = selection
    }

    func makeMarks() -> SparseMarks { SparseMarks() }

    /// A relation's step carries its subject's id: a neighbourhood needs no fact ids.
    func factID(_ fact: Int64) -> Int64 { fact }

    mutating func facts(
        around entities: [Int64], from end: FactEnd, inOrder: Bool, allowance: Int,
        _ visit: (_ fact: Int64, _ here: Int64, _ there: Int64) throws -> Void
    ) throws -> Int {
        let level = try store.relations(selection, touching: Set(entities))
        for relation in level {
            found.insert(relation)
            try visit(relation.subject.id, relation.subject.id, relation.object.id)
            try visit(relation.object.id, relation.object.id, relation.subject.id)
        }
        return level.count
    }
}
