import ArgumentParser
import Entente
import Foundation

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print what ingest would store, without storing anything.",
        discussion: """
            Examples:
              entente extract Examples/articles/01-aleppo-coordination.txt
              entente extract article.json --format jsonl
              entente extract page.txt --format table
              entente extract page.txt --explain
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json
        case jsonl
        case table
    }

    @OptionGroup var extraction: ExtractionOptions

    @Option(name: .long, help: "Output format: json (one document), jsonl (one article a line) or table.")
    var format: Format = .json

    @Flag(name: .long, help: "For each body sentence, print the facts and why each was coded (rule or dictionary pattern, tree path), or why the sentence gave none.")
    var explain = false

    @Argument(help: ArgumentHelp("Article files, directories of them, or - for standard input.", valueName: "path"))
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Please give at least one file, directory or '-'.") }
        try ArgumentCheck.notEmpty(paths, "<path>")
    }

    func run() throws {
        let extractor = try extraction.extractor()
        if explain { return try explainAll(extractor) }
        var report = ExtractionReport()
        for file in try InputFile.expand(paths) {
            for page in try ArticleDecoder.pages(from: try file.read(), name: file.name, format: extraction.inputFormat) {
                report.add(extractor.extract(page), file: file.name, vocabulary: extractor.vocabulary)
                if let warning = page.yearlessDatelineWarning(file: file.name) { Output.writeError("Warning: \(warning)\n") }
            }
        }
        switch format {
        case .json:
            try Output.writeJSON(report)
        case .jsonl:
            for article in report.articles { try Output.writeJSONLine(article) }
        case .table:
            // Per article: where it comes from, what it names, and its facts or that it has none.
            var text = ""
            for (index, article) in report.articles.enumerated() {
                if index > 0 { text += "\n" }
                let heading = [article.title, article.published].compactMap { $0 }.joined(separator: ", ")
                text += "== \(article.file)\(heading.isEmpty ? "" : ": \(heading)")\n"
                text += article.entities.isEmpty
                    ? "entities: none named\n"
                    : "entities: " + article.entities.map { "\($0.name) (\($0.kind))" }.joined(separator: ", ") + "\n"
                guard !article.facts.isEmpty else {
                    text += "no facts: the article states no relation between the entities it names\n"
                    continue
                }
                var table = TextTable(columns: ["subject", "predicate", "object", "date", "negated", "modality", "speaker", "conf"])
                for fact in article.facts {
                    table.rows.append([
                        fact.subject, fact.predicate, fact.object, fact.date ?? "", fact.negated ? "yes" : "",
                        fact.modality, fact.speaker ?? "", String(format: "%.2f", fact.confidence),
                    ])
                }
                text += table.rendered()
            }
            Output.write(text)
        }
    }

    private func explainAll(_ extractor: Extractor) throws {
        for file in try InputFile.expand(paths) {
            for page in try ArticleDecoder.pages(from: try file.read(), name: file.name, format: extraction.inputFormat) {
                Output.write("== \(file.name)\(page.title.map { ": \($0)" } ?? "")\n")
                _ = extractor.read(page, mention: { _, _ in }, fact: { _ in }, explain: { sentence in
                    var text = "\n“\(sentence.sentence)”\n"
                    for explained in sentence.facts {
                        let fact = explained.fact
                        text += "  \(fact.subject.name) –\(fact.predicate)→ \(fact.object.name)"
                        if fact.negated { text += " (negated)" }
                        if fact.modality != .asserted { text += " [\(fact.modality.rawValue)]" }
                        if let code = fact.eventCode { text += " CAMEO \(code)" }
                        text += "\n      \(explained.reason)\n"
                    }
                    if sentence.facts.isEmpty {
                        text += sentence.notes.isEmpty ? "  no fact\n" : sentence.notes.map { "  no fact: \($0)\n" }.joined()
                    }
                    Output.write(text)
                })
            }
        }
    }
}
