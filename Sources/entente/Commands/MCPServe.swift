import ArgumentParser
import Entente
import EntenteMCP

struct MCPServe: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Answer an assistant over the Model Context Protocol (standard input and output).",
        discussion: """
            Offers the tools query, entities, facts, neighbourhood, timeline, snapshot, diff and \
            changes, each giving the JSON the matching command prints with --format json, and the \
            query language's guide as the resource entente://docs/query-language. The database is \
            opened read-only. Configure an assistant to start: entente mcp --db /path/to/entente.sqlite
            """)

    @OptionGroup var store: StoreOptions

    func run() throws {
        // (SQLite's without the index file beside it: the server keeps its index in memory and writes nothing.)
        let server = store.isPostgres
            ? GraphMCPServer(store: try store.open(.readOnly), name: store.shownName, version: EntenteVersion.current)
            : try GraphMCPServer(databasePath: store.path, version: EntenteVersion.current)
        try AsyncBridge.wait { try await server.run() }
    }
}
