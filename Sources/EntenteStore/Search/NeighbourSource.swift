public import EntenteQuery

/// Where a breadth-first search finds its next level: the facts out of or into the entities of a
/// level that pass the search's hop filter. A store's SQL provides one (an indexed read per level
/// and direction), its in-memory adjacency index another, a neighbourhood's relation reads a third.
public protocol NeighbourSource {
    /// How the search marks entities: an array over an index's dense ids, a dictionary otherwise.
    associatedtype Marks: EntityMarks
    /// How the source names a fact as it hands it over: its id, or where the source keeps it
    /// (so a search that needs no ids, a reach, never looks them up).
    associatedtype FactHandle

    /// Marks for this source's entities, none set.
    func makeMarks() -> Marks

    /// The id of a fact the source handed over.
    func factID(_ fact: FactHandle) -> Int64

    /// Calls `visit(fact, here, there)` for each fact whose `end` is one of `entities` (`here`),
    /// `there` being its other end, and returns how many it visited. With `inOrder`, facts come
    /// in a fixed order (by entity id, then as the store's index has them), so a search that
    /// keeps the first path it finds finds the same one from every source; without it, in any
    /// order.
    ///
    /// A source whose reads cost (SQL) throws `NeighbourAllowanceExceeded` as soon as it has read
    /// more than `allowance` facts; one that reads from memory may leave that to the search,
    /// which checks the count it returns.
    mutating func facts(
        around entities: [Int64], from end: FactEnd, inOrder: Bool, allowance: Int,
        _ visit: (_ fact: FactHandle, _ here: Int64, _ there: Int64) throws -> Void
    ) throws -> Int

    /// The first fact that `facts(around: entities, from:, inOrder: true)` would visit, along each
    /// of `ends` in turn, whose other end is one of `targets`; `.unknown` when finding it would
    /// cost about as much as reading every fact around `entities` (the default).
    ///
    /// A two-sided search asks it before widening a level: when the other side has reached few
    /// entities and this level holds a hub, it reads those few entities' facts instead of the hub's.
    func firstFact(around entities: [Int64], along ends: [FactEnd], reaching targets: [Int64: Int]) -> FirstReach<FactHandle>
}

/// What `NeighbourSource.firstFact(around:along:reaching:)` found.
public enum FirstReach<FactHandle> {
    /// The first fact in the level's order that reaches a target: from `here` to `there`.
    case found(fact: FactHandle, here: Int64, there: Int64)
    /// No fact of the level reaches a target.
    case none
    /// The source did not look: the level must be read.
    case unknown
}

extension NeighbourSource {
    /// Not looked for: a source whose reads cost (SQL) reads the level instead.
    @inlinable public func firstFact(around entities: [Int64], along ends: [FactEnd], reaching targets: [Int64: Int]) -> FirstReach<FactHandle> {
        .unknown
    }
}

/// A source read more facts than the search allowed it.
public struct NeighbourAllowanceExceeded: Error {
    /// The error.
    public init() {}
}

/// A number per entity, 0 until set: the level a search entered it at, say.
public protocol EntityMarks {
    /// The mark of `entity`, 0 until set.
    subscript(_ entity: Int64) -> Int32 { get set }
}

/// Marks in a dictionary, for entity ids of any size.
public struct SparseMarks: EntityMarks {
    @usableFromInline var values: [Int64: Int32] = [:]

    /// No entity marked.
    @inlinable public init() {}

    /// The mark of `entity`, 0 until set.
    @inlinable public subscript(_ entity: Int64) -> Int32 {
        get { values[entity] ?? 0 }
        set { values[entity] = newValue }
    }
}

/// Marks in an array over ids `0..<count`, for an index whose ids are dense; an id outside is
/// never marked.
public struct DenseMarks: EntityMarks {
    @usableFromInline var values: [Int32]

    /// No entity of `0..<count` marked.
    @inlinable public init(count: Int) { values = [Int32](repeating: 0, count: count) }

    /// The mark of `entity`, 0 until set or outside the ids.
    @inlinable public subscript(_ entity: Int64) -> Int32 {
        get { entity >= 0 && entity < Int64(values.count) ? values[Int(entity)] : 0 }
        set { if entity >= 0 && entity < Int64(values.count) { values[Int(entity)] = newValue } }
    }
}
