public import Entente
public import Foundation
import Testing

/// `Fixtures/graph/facts.jsonl`: a small hand-made graph (27 facts) whose query answers are
/// known by hand; `Tests/differential/kuzu_check.py` loads the same facts into Kùzu.
public enum HandMadeGraph {
    /// The facts file.
    public static var url: URL {
        get throws {
            guard let url = Bundle.module.url(forResource: "Fixtures/graph/facts", withExtension: "jsonl") else {
                throw CocoaError(.fileNoSuchFile)
            }
            return url
        }
    }

    /// Loads the graph into `store`, which must be empty, and returns it.
    @discardableResult
    public static func load<Store: GraphStoring>(into store: Store) throws -> Store {
        let outcome = try KnowledgeGraph(store: store).importTriples(InputFile(name: try url.path))
        #expect(outcome.factsAdded == 27)
        return store
    }

    /// The graph in a new in-memory SQLite store.
    public static func sqliteStore() throws -> GraphStore {
        try load(into: GraphStore.inMemory())
    }

    /// Compiles `text` against `store` and runs it.
    public static func run(_ store: any GraphStoring, _ text: String, options: Planner.Options = .init()) throws -> QueryResult {
        let compiled = try Planner.compile(SourceText(text), resolver: try store.resolver(), options: options)
        return try store.run(compiled)
    }

    /// Each cell of each row as text.
    public static func strings(_ result: QueryResult) -> [[String]] { result.rows.map { $0.map(\.description) } }

    /// A query's answer on a fresh SQLite copy of the graph.
    public static func run(_ query: String) throws -> QueryResult { try run(try sqliteStore(), query) }

    /// A query's rows as text, on a fresh SQLite copy of the graph.
    public static func rows(_ query: String) throws -> [[String]] { strings(try run(query)) }

    /// What a query's error says, or "no error".
    public static func errorText(_ query: String) -> String {
        do {
            _ = try run(query)
            return "no error"
        } catch {
            return "\(error)"
        }
    }
}
