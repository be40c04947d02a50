import EntenteModel
import EntenteQuery

/// The planner's view of a store: entities by name, alias or code, and predicates. A read that
/// fails throws its `StoreError`.
struct StoreResolver: EntityResolver {
    let store: any GraphStoring
    let predicates: Set<String>

    func candidates(named name: String) throws -> [ResolvedEntity] {
        try store.resolvedCandidates(for: EntitySelector(name))
    }

    func candidates(namedEach names: [String]) throws -> [[ResolvedEntity]] {
        try store.resolvedCandidates(forEach: names.map(EntitySelector.init))
    }

    func suggestions(for name: String) throws -> [String] {
        try store.suggestions(for: NameKey(name).rawValue)
    }
}
