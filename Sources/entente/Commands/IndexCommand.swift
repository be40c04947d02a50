import ArgumentParser
import Entente
import Foundation

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build, check or remove the adjacency index file beside the database.",
        discussion: """
            Searches (reachability, shortest paths, PATHS) step from entity to entity through an \
            adjacency index: a file beside the database (graph.sqlite.adjacency for graph.sqlite) that \
            a new process maps instead of reading every fact. Imports and ingests write it at their \
            end; a query builds it when it is missing or was built from other data (after a merge, \
            say) and its folder is writable. It is used only when it matches the data stored now, so \
            it is never a source of answers of its own: removing it only makes searches slower.

            Examples:
              entente index status
              entente index build --db graph.sqlite
              entente index drop
            """,
        subcommands: [Build.self, Status.self, Drop.self])

    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the adjacency index file from the data stored now (or bring it up to date).")

        @OptionGroup var store: StoreOptions

        func run() throws {
            let status = try store.openSQLite(.readOnly).buildAdjacencyIndex()
            Output.write("\(status.path): \(IndexCommand.describe(status))\n")
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Say whether the adjacency index file matches the data stored now.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var output: FormatOption

        func run() throws {
            let status = try store.openSQLite(.readOnly).adjacencyIndexStatus()
            let table = TextTable(
                columns: ["file", "state", "facts", "entities", "bytes"],
                rows: [[status.path, IndexCommand.state(status), status.facts.map(String.init) ?? "", status.entities.map(String.init) ?? "",
                        status.bytes.map(String.init) ?? ""]])
            try output.print(table, json: StatusJSON(status))
        }
    }

    struct Drop: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove the adjacency index file; searches run in SQL, or build it again, until it is rebuilt.")

        @OptionGroup var store: StoreOptions

        func run() throws {
            // Opened first, so a wrong --db is an error rather than a silent "nothing to remove".
            let opened = try store.openSQLite(.readOnly)
            let path = opened.adjacencyIndexPath ?? store.path + ".adjacency"
            Output.write(opened.dropAdjacencyIndex() ? "Removed \(path).\n" : "\(path): no index file; nothing removed.\n")
        }
    }

    static func state(_ status: AdjacencyIndexStatus) -> String {
        switch status.state {
        case .absent: "absent"
        case .current: "current"
        case .behind: "behind"
        case .stale: "stale"
        case .damaged: "damaged"
        }
    }

    static func describe(_ status: AdjacencyIndexStatus) -> String {
        switch status.state {
        case .absent: "no index file"
        case .current: "current, \(status.facts ?? 0) facts, \(status.entities ?? 0) entity ids, \(status.bytes ?? 0) bytes"
        case .behind(let newer):
            "\(status.facts ?? 0) facts; \(newer) newer fact ids are read from the database by each search until it is rebuilt"
        case .stale: "stale: built from other data (a fact changed since); searches do not use it"
        case .damaged(let reason): "\(reason); searches do not use it"
        }
    }

    /// `index status --format json`.
    struct StatusJSON: Encodable {
        let path: String
        let state: String
        let detail: String
        let facts: Int?
        let entities: Int?
        let bytes: Int?

        init(_ status: AdjacencyIndexStatus) {
            path = status.path
            state = IndexCommand.state(status)
            detail = IndexCommand.describe(status)
            facts = status.facts
            entities = status.entities
            bytes = status.bytes
        }
    }
}
