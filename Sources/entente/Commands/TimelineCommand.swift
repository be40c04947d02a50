import ArgumentParser
import Entente
import Foundation

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Count the facts between two actors per period, class by class.",
        discussion: """
            Each period, zero-filled, gives the facts in each relation class, the distinct sources, \
            the mean Goldstein score and the balance of cooperation against conflict, \
            (cooperation − conflict) / (cooperation + conflict). Negated and undated facts are left \
            out, and so are hypothetical, future, advocated and hedged ones unless --include-modal \
            (then a 'modal' column counts them); a fact counts in the period of its first day. The \
            table ends with a sparkline per series.

            Examples:
              entente timeline Russia Turkey --by quarter
              entente timeline Ankara Moscow --by month --since 2016 --until 2017 --format csv
              entente timeline "United States" Turkey --direction out --format json
              entente timeline Russia Turkey --by quarter --include-modal
            """)

    @OptionGroup var store: StoreOptions

    @Argument(help: "The first actor: a name, alias or code.")
    var first: String

    @Argument(help: "The second actor.")
    var second: String

    @Option(name: .long, help: "Period: day, week, month, quarter or year.")
    var by: Timeline.Bucket = .month

    @Option(name: .long, help: "Start at this date (YYYY, YYYY-MM or YYYY-MM-DD); default: the first fact.")
    var since: FactDate?

    @Option(name: .long, help: "End at this date; default: the last fact.")
    var until: FactDate?

    @Option(name: .long, help: "both (default), out (the first acts on the second) or in.")
    var direction: GraphStore.Direction = .both

    @OptionGroup var domestic: DomesticOption

    @Flag(name: .long, help: "Also count hypothetical, future, advocated and hedged facts (a 'modal' column says how many).")
    var includeModal = false

    @Option(name: .long, help: "Output format: table, json or csv.")
    var format: OutputFormat = .table

    @Option(
        name: .long,
        help: ArgumentHelp("Also write the timeline as an SVG chart to this file; - writes the chart to standard output instead of the table.", valueName: "file"))
    var svg: OutputFile?

    func validate() throws {
        try ArgumentCheck.notEmpty(first, "<first>")
        try ArgumentCheck.notEmpty(second, "<second>")
        try svg?.validate(option: "--svg")
        try checkOrder(since: since, until: until)
    }

    func run() throws {
        try svg?.checkWritable(readingFrom: store.path)
        let graph = try store.open(.readOnly)
        let a = try graph.entity(named: first)
        let b = try graph.entity(named: second)
        let entries = try graph.timelineEntries(between: a.id, and: b.id, direction: direction, since: since, until: until, includeModal: includeModal,
            excludeDomestic: domestic.noDomestic)
        guard let earliest = entries.map(\.day).min(), let latest = entries.map(\.day).max() else {
            throw try nothingToShow(graph, a, b)
        }
        let timeline = Timeline(entries, by: by, from: since?.start ?? earliest, to: until?.end ?? latest)
        if let svg {
            try svg.write(TimelineChart(title: "\(a.name) – \(b.name), by \(by.rawValue)", timeline: timeline).render())
            // The chart took standard output; the table would only corrupt it.
            if svg.isStandardOutput { return }
        }
        let classes = RelationClass.allCases.map(\.rawValue)
        let table = TextTable(
            columns: ["period", "facts"] + (includeModal ? ["modal"] : []) + ["sources"] + classes + ["goldstein", "balance"],
            rows: timeline.rows.map { row in
                [row.period, String(row.facts)] + (includeModal ? [String(row.modal ?? 0)] : []) + [String(row.sources)]
                    + classes.map { String(row.classes[$0] ?? 0) }
                    + [row.meanGoldstein.map { String(($0 * 100).rounded() / 100) } ?? "", row.balance.map { String(($0 * 100).rounded() / 100) } ?? ""]
            })
        switch format {
        case .json:
            try Output.writeJSON(TimelineReport(between: a.name, b.name, by: by, direction: direction, rows: timeline.rows))
        case .csv:
            Output.write(table.csv())
        case .table:
            var text = "\(a.name) – \(b.name), by \(by.rawValue)\n\n" + table.rendered()
            let width = max(["facts", "goldstein", "balance"].map(\.count).max() ?? 0, classes.map(\.count).max() ?? 0)
            func line(_ name: String, _ values: [Double?]) {
                text += name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + Timeline.sparkline(values) + "\n"
            }
            text += "\n"
            line("facts", timeline.rows.map { Double($0.facts) })
            if includeModal, timeline.rows.contains(where: { ($0.modal ?? 0) > 0 }) {
                line("modal", timeline.rows.map { Double($0.modal ?? 0) })
            }
            for name in classes where timeline.rows.contains(where: { ($0.classes[name] ?? 0) > 0 }) {
                line(name, timeline.rows.map { Double($0.classes[name] ?? 0) })
            }
            line("goldstein", timeline.rows.map(\.meanGoldstein))
            line("balance", timeline.rows.map(\.balance))
            Output.write(text)
        }
    }

    /// Why the timeline is empty: no facts at all, or the facts that `--no-domestic` or the
    /// modality left out, with the option that shows them.
    func nothingToShow(_ graph: any GraphStoring, _ a: EntityRow, _ b: EntityRow) throws -> NothingFound {
        func count(includeModal: Bool, excludeDomestic: Bool) throws -> Int {
            try graph.timelineEntries(
                between: a.id, and: b.id, direction: direction, since: since, until: until, includeModal: includeModal,
                excludeDomestic: excludeDomestic
            ).count
        }
        let removed = domestic.noDomestic ? try count(includeModal: includeModal, excludeDomestic: false) : 0
        let modal = includeModal ? 0 : try count(includeModal: true, excludeDomestic: domestic.noDomestic)
        var message = "There are no dated facts between \(a.name) and \(b.name)\(since != nil || until != nil ? " in that period" : "")"
        if removed > 0 {
            message += "; --no-domestic removed \(removed) domestic fact\(removed == 1 ? "" : "s"), whose two parties are one entity (leave it out to see \(removed == 1 ? "it" : "them"))."
        } else if modal > 0 {
            message += " that are asserted or reported; \(modal) hypothetical, future, advocated or hedged fact\(modal == 1 ? " is" : "s are") left out (--include-modal shows them)."
        } else {
            message += "."
        }
        return NothingFound(message)
    }
}
