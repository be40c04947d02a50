/// What the planner needs to know about the graph, without touching it:
/// which entities a name may mean, and which predicates exist.
public protocol EntityResolver {
    /// Entities a name, alias or code may mean; empty when none.
    func candidates(named name: String) -> [ResolvedEntity]
    /// Close names, for "did you mean".
    func suggestions(for name: String) -> [String]
    /// Every predicate the graph or the vocabulary knows.
    var predicates: Set<String> { get }
}

public struct ResolvedEntity: Sendable, Equatable {
    public var id: Int64
    public var name: String
    public var kind: String
    public var type: String

    public init(id: Int64, name: String, kind: String, type: String) {
        self.id = id
        self.name = name
        self.kind = kind
        self.type = type
    }
}

/// A resolver over a fixed list, for tests and for compiling without a database.
public struct StaticResolver: EntityResolver, Sendable {
    public var entities: [StaticEntry]
    public var predicates: Set<String>

    public init(entities: [(entity: ResolvedEntity, names: [String])], predicates: Set<String>) {
        self.entities = entities.map { StaticEntry(entity: $0.entity, names: $0.names) }
        self.predicates = predicates
    }

    public func candidates(named name: String) -> [ResolvedEntity] {
        let key = name.lowercased()
        return entities.filter { $0.names.contains { $0.lowercased() == key } }.map(\.entity)
    }

    public func suggestions(for name: String) -> [String] { [] }
}

/// An entity and the names it answers to, for `StaticResolver`.
public struct StaticEntry: Sendable {
    public var entity: ResolvedEntity
    public var names: [String]
}
