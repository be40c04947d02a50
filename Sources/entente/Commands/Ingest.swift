import ArgumentParser
import Entente

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read articles and store their entities and facts.",
        discussion: """
            Each article is stored in one transaction. An article already stored (same text) is \
            left unchanged. A file that cannot be read is reported and stores nothing; the others \
            are still stored, and the exit code is then 1.

            Examples:
              entente ingest Examples/articles
              entente ingest article.txt --include-comments
              curl -s https://example.org/feed.jsonl | entente ingest - --input-format jsonl
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var extraction: ExtractionOptions

    @Option(name: .long, help: "Summary format: table or json.")
    var format: OutputFormat = .table

    @Argument(help: ArgumentHelp("Article files, directories of them, or - for standard input.", valueName: "path"))
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Please give at least one file, directory or '-'.") }
        try ArgumentCheck.notEmpty(paths, "<path>")
        if format == .csv { throw ValidationError("Please choose table or json for the ingest summary.") }
    }

    func run() throws {
        let files = try InputFile.expand(paths)
        // The extra dictionaries are read before the database is opened: a missing one must not
        // leave a new, empty database behind.
        let extractor = try extraction.extractor()
        let opened = try store.open(.readWrite)
        let graph = KnowledgeGraph(store: opened, extractor: extractor)
        let bar = ProgressBar()
        let report = graph.ingest(files, format: extraction.inputFormat, progress: bar.map { bar in bar.show })
        bar?.clear()
        if report.factsAdded > 0 { store.refreshAfterWriting(opened) }
        try IngestSummary.print(report, format: format)
        if !report.failures.isEmpty { throw ExitCode.failure }
    }
}

enum IngestSummary {
    static func print(_ report: IngestReport, format: OutputFormat) throws {
        for failure in report.failures { Output.writeError("Error: \(CommandLineAdvice.message(for: failure))\n") }
        for warning in report.warnings { Output.writeError("Warning: \(warning)\n") }
        if format == .json {
            try Output.writeJSON(report)
            return
        }
        var text = "Articles: \(report.articlesNew) new, \(report.articlesUnchanged) unchanged"
        if !report.failures.isEmpty { text += ", \(report.failures.count) failed" }
        text += "\nEntities added: \(report.entitiesAdded)\nFacts added: \(report.factsAdded)\n"
        if report.articlesUndated > 0 {
            text += "Undated articles: \(report.articlesUndated) (their facts are undated unless the text gives a date)\n"
        }
        Output.write(text)
    }
}
