import ArgumentParser
import Entente
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the graph, or part of it, as DOT, GraphML, JSON or CSV.",
        discussion: """
            dot: GraphViz, nodes shaped by kind (actor ellipse, organisation box, place house), edges \
            coloured by class (cooperation green, conflict red, neutral grey, structural black), wider \
            with more sources, dashed when negated, modal or uncertain, one edge per relation with its \
            count and dates unless --all-facts. Hypothetical, future, advocated and hedged facts are \
            left out unless --include-modal, which draws them dashed, their modality in the label. graphml: Gephi and yEd. json: nodes and links. csv: one line \
            per edge. Output is sorted, so exports of the same graph diff cleanly.

            Examples:
              entente export dot --around Turkey --depth 2 -o turkey.dot --render svg
              entente export dot --as-of 2016-06-30 --clusters -o june.dot
              entente export dot --around Russia --frames-by quarter -o frames
              entente export graphml --since 2016 --until 2017 -o entente.graphml
              entente export json --query 'MATCH (a)-[r:supports]->(b) RETURN r'
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case dot, graphml, json, csv

        var exportFormat: ExportFormat { ExportFormat(rawValue: rawValue)! }
    }

    enum Render: String, ExpressibleByArgument, CaseIterable {
        case svg, png, pdf
    }

    @OptionGroup var store: StoreOptions

    @Argument(help: "dot, graphml, json or csv.")
    var format: Format

    @OptionGroup var neighbourhood: NeighbourhoodOptions

    @Option(name: .long, help: "Only the relations and entities this query returns.")
    var query: String?

    @Option(name: .long, help: "Only facts overlapping this date and after.")
    var since: FactDate?

    @Option(name: .long, help: "Only facts overlapping this date and before.")
    var until: FactDate?

    @Option(name: .long, help: "Only relations alive on this day (see 'entente snapshot').")
    var asOf: FactDate?

    @Option(name: .long, parsing: .unconditional, help: "With --as-of: how long a point event stays alive (default 180d).")
    var window = TimeWindow(days: 180)

    @Option(name: .long, parsing: .unconditional, help: "Only relations reported by at least this many sources.")
    var minSources = 1

    @Option(name: .long, parsing: .unconditional, help: "Only facts of at least this confidence (0 to 1).")
    var minConfidence = 0.0

    @Option(name: .long, parsing: .unconditional, help: "Draw edges below this confidence dashed (default 0.5).")
    var dashedBelow = 0.5

    @Flag(name: .long, help: "Include negated facts (drawn dashed, labelled 'not …').")
    var includeNegated = false

    @OptionGroup var domestic: DomesticOption

    @Flag(name: .long, help: "Include hypothetical, future, advocated and hedged facts (one edge per modality, dashed, labelled with it).")
    var includeModal = false

    @Flag(name: .long, help: "One edge per fact instead of one per relation.")
    var allFacts = false

    @Flag(name: .long, help: "dot: group actors and places of one country in a cluster.")
    var clusters = false

    @Flag(name: .long, help: "dot: leave out the legend.")
    var noLegend = false

    @Option(name: .long, help: "dot: write one file per period (day, week, month, quarter, year) into the -o directory (made if missing), node IDs stable across files.")
    var framesBy: Timeline.Bucket?

    @Option(name: .long, help: "dot: also run GraphViz on the -o file, writing beside it (g.dot → g.svg): svg, png or pdf (needs 'dot' installed).")
    var render: Render?

    @Option(
        name: [.customShort("o"), .long],
        help: ArgumentHelp("Write here instead of standard output (- is standard output; a device or FIFO is written in place).", valueName: "file"))
    var output: OutputFile?

    func validate() throws {
        try checkOrder(since: since, until: until)
        if asOf != nil, since != nil || until != nil {
            throw ValidationError("Please give either --as-of or --since/--until, not both.")
        }
        if neighbourhood.around != nil, query != nil {
            throw ValidationError("Please give either --around or --query, not both.")
        }
        try ArgumentCheck.notEmpty(query, "--query", "a query")
        try output?.validate(option: "-o")
        if minSources < 1 { throw ValidationError("Please give a --min-sources of at least 1, not \(minSources).") }
        try ArgumentCheck.within(minConfidence, 0...1, "--min-confidence")
        try ArgumentCheck.within(dashedBelow, 0...1, "--dashed-below")
        try ArgumentCheck.window(window)
        if format != .dot, framesBy != nil || render != nil || clusters || noLegend {
            throw ValidationError("--frames-by, --render, --clusters and --no-legend apply to 'export dot' only.")
        }
        if framesBy != nil || render != nil, output == nil {
            throw ValidationError("--frames-by and --render need an output path: give -o.")
        }
        if framesBy != nil, asOf != nil {
            throw ValidationError("--frames-by draws one frame per period; it cannot be combined with --as-of.")
        }
        if let output, output.isStandardOutput {
            if framesBy != nil { throw ValidationError("--frames-by writes one file per period into a directory: give -o a directory, not '-'.") }
            if render != nil { throw ValidationError("--render writes its picture beside the -o file: give -o a file name, not '-'.") }
        }
        if let output, let render, framesBy == nil, GraphViz.target(of: output, as: render.rawValue) == output {
            throw ValidationError("--render \(render.rawValue) would write over the -o file itself: give -o a name ending in .dot.")
        }
    }

    var selection: RelationSelection {
        let time: RelationSelection.Time =
            if let asOf { .asOf(asOf.end, window: window) } else if since != nil || until != nil {
                .overlapping(since: since?.start, until: until?.end)
            } else { .always }
        return RelationSelection(
            time: time, includeNegated: includeNegated, minSources: minSources, minConfidence: minConfidence, perFact: allFacts,
            includeModal: includeModal, excludeDomestic: domestic.noDomestic)
    }

    var subject: GraphExportRequest.Subject {
        if let around = neighbourhood.around { return .around(around, depth: neighbourhood.depth) }
        if let query { return .query(query, source: "--query", parameters: [:]) }
        return .everything
    }

    func run() throws {
        if let output { try checkWritable(output) }
        let graph = try store.open(.readOnly)
        let whole = try graph.exportGraph(GraphExportRequest(subject: subject, selection: selection))
        if whole.edges.isEmpty, whole.nodes.isEmpty {
            throw NothingFound("Nothing to export: no relation matches\(since != nil || until != nil || asOf != nil ? " in that period" : "").")
        }
        // Said once the drawing is written: a write that fails says only why.
        let warning = format == .dot && whole.isLargerThanAScreen ? sizeWarning(whole) : nil
        let countries = format == .dot && clusters ? try graph.countries(ofPeople: Set(whole.nodes.map(\.id))) : [:]
        if let framesBy, let output {
            try writeFrames(of: whole, by: framesBy, graph: graph, into: output, countries: countries)
        } else {
            let text = rendered(whole, countries: countries)
            if let output {
                try output.write(text)
                if let render { try GraphViz.render(output, as: render.rawValue) }
            } else {
                Output.write(text)
            }
        }
        if let warning { Output.writeError(warning) }
    }

    /// Every file the command would write, checked before the graph is read.
    func checkWritable(_ output: OutputFile) throws {
        if framesBy != nil { return try output.checkFolder() }
        try output.checkWritable(readingFrom: store.path)
        guard let render else { return }
        guard case .replace = try output.destination() else {
            throw output.failure("--render writes its picture beside a regular file, and this is a device, FIFO or socket")
        }
        let picture = GraphViz.target(of: output, as: render.rawValue)
        try picture.checkWritable(readingFrom: store.path)
    }

    /// The warning for a drawing larger than a screen, with the options that narrow it.
    func sizeWarning(_ graph: ExportGraph) -> String {
        var narrower = minSources < 2 ? ["--min-sources 2"] : ["--min-sources \(minSources + 1)"]
        if neighbourhood.around == nil, query == nil {
            narrower.append("--around NAME --depth 1")
        } else if neighbourhood.around != nil, neighbourhood.depth > 1 {
            narrower.append("--depth 1")
        }
        if asOf == nil, since == nil, until == nil { narrower.append("--since/--until") }
        return "Warning: the drawing has \(graph.nodes.count) nodes and \(graph.edges.count) edges, more than a screen shows "
            + "(about \(ExportGraph.screenful.nodes) nodes or \(ExportGraph.screenful.edges) edges); "
            + "narrow it with \(narrower.joined(separator: ", ")).\n"
    }

    func rendered(_ graph: ExportGraph, title: String? = nil, countries: [Int64: String] = [:]) -> String {
        format.exportFormat.render(
            graph,
            dot: .init(clustersByCountry: clusters, legend: !noLegend, dashedBelowConfidence: dashedBelow, title: title, countries: countries))
    }

    /// One DOT file per period in the directory `output`, each with every node of the whole
    /// export (same IDs) and the relations of that period.
    func writeFrames(
        of whole: ExportGraph, by bucket: Timeline.Bucket, graph: any GraphStoring, into output: OutputFile, countries: [Int64: String]
    ) throws {
        let days = whole.edges.flatMap { [$0.firstSeen, $0.lastSeen] }.compactMap { $0.flatMap { CalendarDay(iso: $0) } }
        guard let first = since?.start ?? days.min(), let last = until?.end ?? days.max() else {
            throw NothingFound("Nothing to animate: the relations to export are undated.")
        }
        try output.makeFolder()
        let keys = Set(whole.edges.map { "\($0.subject.id) \($0.predicate) \($0.object.id) \($0.negated)" })
        let ids = Set(whole.nodes.map(\.id))
        var start: CalendarDay? = bucket.start(of: first)
        var written = 0
        while let periodStart = start, periodStart <= last {
            let next = bucket.next(after: periodStart)
            let periodEnd = next?.adding(days: -1) ?? periodStart
            var frameSelection = selection
            frameSelection.time = .overlapping(since: periodStart, until: periodEnd)
            let edges = try graph.relations(frameSelection, touching: ids).filter {
                keys.contains("\($0.subject.id) \($0.predicate) \($0.object.id) \($0.negated)")
            }
            let label = bucket.label(periodStart)
            let frame = output.appending("frame-\(label).dot")
            try frame.write(rendered(ExportGraph(nodes: whole.nodes, edges: edges), title: label, countries: countries))
            if let render { try GraphViz.render(frame, as: render.rawValue) }
            written += 1
            start = next
        }
        Output.writeError("Wrote \(written) frame\(written == 1 ? "" : "s") to \(output)/\n")
    }
}
