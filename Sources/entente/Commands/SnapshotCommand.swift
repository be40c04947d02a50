import ArgumentParser
import Entente

struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "List the relations alive on a date.",
        discussion: """
            A point event (a clash, a visit, a statement) keeps its relation alive for --window \
            after its date. A lasting relation (member of, ally of, leader of, part of, located in) \
            holds from the fact that opens it until a later negated fact closes it; the table shows \
            since when. Hypothetical, future, advocated and hedged facts are left out unless \
            --include-modal, which lists them as relations of their own, marked with their modality.

            Examples:
              entente snapshot --as-of 2016-06-30
              entente snapshot --as-of 2017-03 --window 90d --around Turkey --depth 2
              entente snapshot --as-of 2016 --format json
            """)

    @OptionGroup var store: StoreOptions

    @Option(name: .long, help: "The day to look at (YYYY-MM-DD; a month or year means its last day).")
    var asOf: FactDate

    @Option(name: .long, parsing: .unconditional, help: "How long a point event stays alive: 180d (default), 12w, 6m, 1y.")
    var window = TimeWindow(days: 180)

    @OptionGroup var neighbourhood: NeighbourhoodOptions

    @OptionGroup var domestic: DomesticOption

    @Flag(name: .long, help: "Also list hypothetical, future, advocated and hedged facts, each modality as a relation of its own.")
    var includeModal = false

    @Option(name: .long, help: "Output format: table, json or csv.")
    var format: OutputFormat = .table

    func validate() throws {
        try ArgumentCheck.window(window)
    }

    func run() throws {
        let graph = try store.open(.readOnly)
        let selection = RelationSelection(time: .asOf(asOf.end, window: window), includeModal: includeModal, excludeDomestic: domestic.noDomestic)
        let relations: [RelationSummary]
        if let around = neighbourhood.around {
            relations = try graph.neighbourhood(around: try graph.entity(named: around).id, depth: neighbourhood.depth, selection)
        } else {
            relations = try graph.relations(selection)
        }
        guard !relations.isEmpty else {
            throw NothingFound("Nothing is alive on \(asOf.end) with a \(window) window\(neighbourhood.around.map { " around \($0)" } ?? "").")
        }
        let table = TextTable(
            columns: ["subject", "predicate", "object", "class", "facts", "sources", "dates", "since"],
            rows: relations.map {
                [
                    $0.subjectLabel, $0.predicateLabel, $0.objectLabel, $0.relationClass.rawValue, String($0.facts), String($0.sources),
                    $0.dateRange, $0.validFrom ?? "",
                ]
            })
        switch format {
        case .json:
            try Output.writeJSON(SnapshotReport(asOf: asOf.end, window: window, relations: relations))
        case .csv: Output.write(table.csv())
        case .table: Output.write("Alive on \(asOf.end) (events within \(window.days) days before)\n\n" + table.rendered())
        }
    }
}
