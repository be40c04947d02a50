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
              entente entities --duplicates
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOption

    @Option(name: .long, help: "Only this kind: actor, place or organisation.")
    var kind: EntityKind?

    @Option(name: .long, help: "Only entities with a name, alias or code one of whose words starts with this text (case and accents ignored).")
    var search: String?

    @Option(name: .long, parsing: .unconditional, help: "At most this many rows.")
    var limit: Int?

    @Flag(name: .long, help: "List pairs of entities that are likely one (same name, one's name the other's alias, name variants), to merge with 'entente merge'.")
    var duplicates = false

    func validate() throws {
        try ArgumentCheck.notEmpty(search, "--search", "some text")
        if let limit, limit < 1 { throw ValidationError("Please give a --limit of at least 1.") }
        if duplicates, kind != nil || search != nil {
            throw ValidationError("Please use --duplicates without --kind or --search.")
        }
    }

    func run() throws {
        if duplicates { return try listDuplicates() }
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

    func listDuplicates() throws {
        let pairs = try store.open(.readOnly).duplicates(limit: limit)
        let table = TextTable(
            columns: ["reason", "detail", "first", "second", "merge with"],
            rows: pairs.map { pair in
                [
                    pair.reason.rawValue, pair.detail, "#\(pair.first.id) \(pair.first.describedWithCodes)",
                    "#\(pair.second.id) \(pair.second.describedWithCodes)",
                    "entente merge '#\(pair.first.id)' '#\(pair.second.id)'",
                ]
            })
        try output.print(table, json: ["duplicates": pairs])
    }
}
