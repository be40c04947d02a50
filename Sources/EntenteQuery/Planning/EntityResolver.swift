/// What the planner needs to know about the graph, without touching it:
/// which entities a name may mean, and which predicates exist.
///
/// A resolver over a store throws what the store throws, so a failed read is reported as what it
/// is rather than as a name that means nothing.
public protocol EntityResolver {
    /// Entities a name, alias or code may mean; empty when none.
    func candidates(named name: String) throws -> [ResolvedEntity]
    /// ``candidates(named:)`` of each name, in order: a resolver over a store reads them all at
    /// once, where a read per name costs more than the lookup itself.
    func candidates(namedEach names: [String]) throws -> [[ResolvedEntity]]
    /// Close names, for "did you mean".
    func suggestions(for name: String) throws -> [String]
    /// Every predicate the graph or the vocabulary knows.
    var predicates: Set<String> { get }
}

extension EntityResolver {
    /// Each name looked up on its own.
    public func candidates(namedEach names: [String]) throws -> [[ResolvedEntity]] {
        try names.map { try candidates(named: $0) }
    }
}

/// An entity as the planner knows it.
public struct ResolvedEntity: Sendable, Equatable {
    /// Its id in the store.
    public var id: Int64
    /// Its canonical name.
    public var name: String
    /// `actor`, `place` or `organisation`.
    public var kind: String
    /// `state`, `person`, `armed-group`, …
    public var type: String

    /// An entity of these fields.
    public init(id: Int64, name: String, kind: String, type: String) {
        self.id = id
        self.name = name
        self.kind = kind
        self.type = type
    }
}

/// A resolver over a fixed list, for tests and for compiling without a database.
public struct StaticResolver: EntityResolver, Sendable {
    /// The entities and their names.
    public var entities: [StaticEntry]
    /// The predicates.
    public var predicates: Set<String>

    /// A resolver of these entities, each answering to its names (any case), and predicates.
    public init(entities: [(entity: ResolvedEntity, names: [String])], predicates: Set<String>) {
        self.entities = entities.map { StaticEntry(entity: $0.entity, names: $0.names) }
        self.predicates = predicates
    }

    /// The entities one of whose names is `name`, ignoring case.
    public func candidates(named name: String) -> [ResolvedEntity] {
        let key = name.lowercased()
        return entities.filter { $0.names.contains { $0.lowercased() == key } }.map(\.entity)
    }

    /// None: a fixed list suggests nothing.
    public func suggestions(for name: String) -> [String] { [] }
}

/// An entity and the names it answers to, for `StaticResolver`.
public struct StaticEntry: Sendable {
    /// The entity.
    public var entity: ResolvedEntity
    /// Its names, aliases and codes.
    public var names: [String]
}
