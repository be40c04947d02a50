import EntenteModel
import EntenteQuery

/// The planner's view of a store: entities by name, alias or code, and predicates. A read that
/// fails throws its `StoreError`.
struct StoreResolver: EntityResolver {
    let store: any GraphStoring
    let predicates: Set<String>

    func candidates(named name: String) throws -> [ResolvedEntity] {
        let rows = try store.candidates(for: EntitySelector(name))
        return rows.sorted { $0.id < $1.id }.map { ResolvedEntity(id: $0.id, name: $0.name, kind: $0.kind.rawValue, type: $0.type) }
    }

    func suggestions(for name: String) throws -> [String] {
        try store.suggestions(for: NameKey(name).rawValue)
    }
}
