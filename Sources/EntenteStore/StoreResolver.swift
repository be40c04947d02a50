import EntenteModel
import EntenteQuery

/// The planner's view of a store: entities by name, alias or code, and predicates.
struct StoreResolver: EntityResolver {
    let store: any GraphStoring
    let predicates: Set<String>

    func candidates(named name: String) -> [ResolvedEntity] {
        let rows = (try? store.candidates(for: EntitySelector(name))) ?? []
        return rows.sorted { $0.id < $1.id }.map { ResolvedEntity(id: $0.id, name: $0.name, kind: $0.kind.rawValue, type: $0.type) }
    }

    func suggestions(for name: String) -> [String] {
        (try? store.suggestions(for: NameKey(name).rawValue)) ?? []
    }
}
