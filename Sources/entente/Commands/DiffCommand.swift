import ArgumentParser
import Entente

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare the relations of two periods.",
        discussion: """
            Lists the relations that appeared in the second period, those that disappeared from \
            the first, and the pairs whose dominant class changed (say, from material conflict to \
            verbal cooperation). A period is a year, a month, a day, or two of them joined by '..'. \
            Hypothetical, future, advocated and hedged facts are left out unless --include-modal, \
            which compares them as relations of their own, marked with their modality.

            Examples:
              entente diff 2016 2017
              entente diff 2015-11..2016-05 2016-06..2016-12 --around Turkey
              entente diff 2016 2017 --format csv
            """)

    @OptionGroup var store: StoreOptions

    @Argument(help: "The earlier period, for example 2016 or 2017-01..2017-03.")
    var before: Period

    @Argument(help: "The later period.")
    var after: Period

    @Option(name: .long, help: ArgumentHelp("Only relations of this entity.", valueName: "name"))
    var around: String?

    @OptionGroup var domestic: DomesticOption

    @Flag(name: .long, help: "Also compare hypothetical, future, advocated and hedged facts, each modality as a relation of its own.")
    var includeModal = false

    @Option(name: .long, help: "Output format: table, json or csv.")
    var format: OutputFormat = .table

    func validate() throws {
        try ArgumentCheck.notEmpty(around, "--around")
    }

    func run() throws {
        let graph = try store.open(.readOnly)
        let touching = try around.map { Set([try graph.entity(named: $0).id]) }
        func relations(_ period: Period) throws -> [RelationSummary] {
            let found = try graph.relations(
                .init(time: .aliveDuring(first: period.first, last: period.last), includeModal: includeModal,
                      excludeDomestic: domestic.noDomestic), touching: touching)
            guard !found.isEmpty else {
                throw NothingFound("There are no facts in \(period)\(around.map { " about \($0)" } ?? ""); nothing to compare.")
            }
            return found
        }
        let diff = RelationDiff(before: before, try relations(before), after: after, try relations(after))
        let table = TextTable(
            columns: ["change", "subject", "predicate", "object", "before", "after"],
            rows: diff.entries.map {
                [
                    $0.change.rawValue, $0.subject, $0.predicateLabel, $0.object,
                    $0.classBefore.map { "\($0.rawValue)" } ?? "", $0.classAfter.map { "\($0.rawValue)" } ?? "",
                ]
            })
        switch format {
        case .json: try Output.writeJSON(diff)
        case .csv: Output.write(table.csv())
        case .table:
            let counts = RelationDiff.Change.allCases.map { change in "\(diff.entries.filter { $0.change == change }.count) \(change.rawValue)" }
            Output.write("\(before) → \(after): \(counts.joined(separator: ", "))\n\n" + table.rendered())
        }
    }
}
