import ArgumentParser
import Entente

struct Facts: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List facts with their dates, sources and evidence.",
        discussion: """
            A date bound keeps the facts whose date overlaps it: a fact dated 2017-03 is kept by \
            --since 2017-03-15. Undated facts are left out when a bound is given.

            Examples:
              entente facts --about Turkey
              entente facts --about Ankara --since 2017-01 --until 2017-06
              entente facts --format csv > facts.csv
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOption

    @Option(name: .long, help: "Only facts with this entity (a name, alias or code) as subject or object.")
    var about: String?

    @Option(name: .long, help: "Only facts on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    var since: FactDate?

    @Option(name: .long, help: "Only facts on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    var until: FactDate?

    @Option(name: .long, parsing: .unconditional, help: "At most this many rows.")
    var limit: Int?

    @OptionGroup var domestic: DomesticOption

    func validate() throws {
        try ArgumentCheck.notEmpty(about, "--about")
        if let since, let until, until.end < since.start {
            throw ValidationError("Please give an --until (\(until)) that is not before --since (\(since)).")
        }
        if let limit, limit < 1 { throw ValidationError("Please give a --limit of at least 1.") }
    }

    func run() throws {
        let rows = try store.open(.readOnly).facts(
            about: about, since: since, until: until, limit: limit, excludeDomestic: domestic.noDomestic)
        let table = TextTable(
            columns: ["date", "subject", "predicate", "object", "negated", "modality", "speaker", "source", "evidence"],
            rows: rows.map { row in
                [
                    row.date ?? "", row.subjectLabel, row.predicate, row.objectLabel, row.negated ? "yes" : "", row.modality.rawValue,
                    row.speaker ?? "", row.articleTitle ?? row.articleSource ?? "", row.evidence ?? "",
                ]
            })
        try output.print(table, json: ["facts": rows])
    }
}
