import ArgumentParser
import Entente

struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List entities, most connected first.",
        discussion: """
            Examples:
              entente entities --kind actor
              entente entities --search turk
              entente entities --format json
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOption

    @Option(name: .long, help: "Only this kind: actor, place or organisation.")
    var kind: EntityKind?

    @Option(name: .long, help: "Only entities with a name, alias or code starting with this text (case and accents ignored).")
    var search: String?

    @Option(name: .long, parsing: .unconditional, help: "At most this many rows.")
    var limit: Int?

    func validate() throws {
        try ArgumentCheck.notEmpty(search, "--search", "some text")
        if let limit, limit < 1 { throw ValidationError("Please give a --limit of at least 1.") }
    }

    func run() throws {
        let rows = try store.open(.readOnly).entities(kind: kind, search: search, limit: limit)
        let table = TextTable(
            columns: ["name", "kind", "type", "code", "facts", "aliases"],
            rows: rows.map { row in
                [
                    row.name, row.kind.rawValue, row.type, row.iso3 ?? row.cameo ?? "", String(row.factCount),
                    row.aliases.filter { $0 != row.name }.joined(separator: "; "),
                ]
            })
        try output.print(table, json: ["entities": rows])
    }
}
