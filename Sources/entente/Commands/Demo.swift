import ArgumentParser
import Entente
import EntenteExamples
import Foundation

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build a graph from the example articles and take a short tour of it.",
        discussion: """
            The example articles (Examples/articles in the source tree) are built into the binary, \
            so the demo runs anywhere. Running it again changes nothing: articles already stored \
            are left as they are.

            Examples:
              entente demo
              entente demo --db /tmp/demo.sqlite
              entente demo --from my-articles/
            """)

    @OptionGroup var store: StoreOptions

    @Option(name: .long, help: ArgumentHelp("Read articles from this directory instead of the built-in examples.", valueName: "dir"))
    var from: String?

    func validate() throws {
        try ArgumentCheck.notEmpty(from, "--from", "a directory")
    }

    func run() throws {
        let graph = KnowledgeGraph(store: try store.open(.readWrite))
        let report: IngestReport
        if let from {
            report = graph.ingest(try InputFile.expand([from]))
        } else {
            report = graph.ingest(examples: ExampleArticles.all)
        }
        for failure in report.failures { Output.writeError("Error: \(CommandLineAdvice.message(for: failure))\n") }
        let stats = try graph.store.statistics()
        // The full path, so the reader knows which file was written and the lines below work anywhere;
        // a server's URL as given, less its password.
        let database = store.isPostgres ? store.shownName : URL(fileURLWithPath: store.path).standardizedFileURL.path
        let db = Self.shellQuoted(database)
        var text = """
            Built \(database) from \(report.articles.count) example articles \
            (\(report.articlesNew) new, \(report.articlesUnchanged) already stored).

            The graph holds \(stats.entities) entities (\(stats.entitiesByKind["actor"] ?? 0) actors, \
            \(stats.entitiesByKind["organisation"] ?? 0) organisations, \(stats.entitiesByKind["place"] ?? 0) places) \
            and \(stats.facts) facts (\(stats.negatedFacts) negated) from \(stats.firstDate ?? "?") to \(stats.lastDate ?? "?").


            """
        // A story of what happened: asserted and reported facts, as every view shows by default.
        let facts = try graph.store.facts(about: "Russia", committedOnly: true).filter { $0.subject == "Turkey" || $0.object == "Turkey" }
        text += "How Russia and Turkey went from a downed jet to coordinating in Syria:\n\n"
        // Eight facts spread over the whole period, so the tour tells the story from start to end.
        let shown = facts.count <= 8 ? facts : (0..<8).map { facts[$0 * (facts.count - 1) / 7] }
        for fact in shown {
            let negation = fact.negated ? " (negated)" : ""
            text += "  \(fact.date ?? "undated")  \(fact.subject) –\(fact.predicate.replacingUnderscores)– \(fact.object)\(negation)\n"
            if let evidence = fact.evidence {
                text += "              “\(evidence.count > 110 ? String(evidence.prefix(109)) + "…" : evidence)”\n"
            }
        }
        text += """

            Next, try (from any directory):
              entente stats --db \(db)
              entente entities --db \(db) --kind actor
              entente facts --db \(db) --about Turkey --since 2016-06
              entente timeline --db \(db) Russia Turkey --by quarter --include-modal

            """
        Output.write(text)
        if !report.failures.isEmpty { throw ExitCode.failure }
    }
}

extension Demo {
    /// A path as a shell reads it: as it is when it is plain, else in single quotes.
    static func shellQuoted(_ path: String) -> String {
        let plain = path.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "/._-+,:@".unicodeScalars.contains(scalar))
        }
        return plain ? path : "'" + path.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }
}

extension String {
    var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}
