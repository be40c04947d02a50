import ArgumentParser
import Entente

struct ChangesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "Tell the story of an actor's relations, newest first, with evidence.",
        discussion: """
            One line per fact: the date, what happened in words, the source, and the sentence it \
            comes from. Negated facts are marked as reported not to have happened. Hypothetical, \
            future, advocated and hedged facts are left out unless --include-modal, which marks \
            each with its modality.

            Examples:
              entente changes Turkey
              entente changes Ankara --since 2016-06 --limit 10
              entente changes Russia --format json
            """)

    @OptionGroup var store: StoreOptions

    @Argument(help: "The actor: a name, alias or code.")
    var name: String

    @Option(name: .long, help: "Only facts on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    var since: FactDate?

    @Option(name: .long, parsing: .unconditional, help: "At most this many facts.")
    var limit: Int?

    @OptionGroup var domestic: DomesticOption

    @Flag(name: .long, help: "Also tell hypothetical, future, advocated and hedged facts, marked with their modality.")
    var includeModal = false

    @Option(name: .long, help: "Output format: table (a readable chronology), json or csv.")
    var format: OutputFormat = .table

    func validate() throws {
        try ArgumentCheck.notEmpty(name, "<name>")
        if let limit, limit < 1 { throw ValidationError("Please give a --limit of at least 1.") }
    }

    func run() throws {
        let graph = try store.open(.readOnly)
        let entity = try graph.entity(named: name)
        let rows = try graph.facts(about: entity.name, since: since, newestFirst: true, limit: limit, committedOnly: !includeModal,
            excludeDomestic: domestic.noDomestic)
        switch format {
        case .json:
            try Output.writeJSON(["changes": rows])
        case .csv:
            Output.write(
                TextTable(
                    columns: ["date", "subject", "predicate", "object", "negated"] + (includeModal ? ["modality"] : []) + ["source", "evidence"],
                    rows: rows.map {
                        [$0.date ?? "", $0.subjectLabel, $0.predicate, $0.objectLabel, $0.negated ? "yes" : ""]
                            + (includeModal ? [$0.modality.rawValue] : []) + [$0.articleSource ?? "", $0.evidence ?? ""]
                    }
                ).csv())
        case .table:
            var text = "\(entity.name): \(rows.count) fact\(rows.count == 1 ? "" : "s"), newest first\n"
            for row in rows {
                let verb = row.predicate.replacingUnderscores
                let what = "\(row.subjectLabel) \(verb) \(row.objectLabel)" + (row.negated ? " — reported as not happening" : "")
                    + (row.modality.isCommitted ? "" : " (\(row.modality.rawValue))")
                let who = row.speaker.map { ", according to \($0)" } ?? ""
                text += "\n\(row.date ?? "undated")  \(what)\(who)\n"
                if let evidence = row.evidence {
                    text += "            “\(evidence)”" + (row.articleTitle.map { " — \($0)" } ?? "") + "\n"
                }
            }
            Output.write(text)
        }
    }
}
