import ArgumentParser
import Entente
import Foundation

struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score the extractor against hand annotations.",
        discussion: """
            Give article files with a gold annotation beside each (article.txt and article.gold.json), \
            or directories of such pairs; or a PLOVER gold-standard file with --plover. Entities and \
            relations are matched by the rules in the README's "Measuring extraction" section.

            Examples:
              entente evaluate Tests/EntenteTests/Fixtures/gold
              entente evaluate article.txt --gold article.gold.json --verbose
              entente evaluate --plover plover-gsr-dev.json
            """)

    @OptionGroup var extraction: ExtractionOptions

    @Option(name: .long, help: ArgumentHelp("The gold annotation, when there is one article.", valueName: "file"))
    var gold: String?

    @Option(name: .long, help: ArgumentHelp("A PLOVER gold-standard JSON file to score instead.", valueName: "file"))
    var plover: String?

    @Option(name: .long, help: "Output format: table or json.")
    var format: OutputFormat = .table

    @Flag(name: .long, help: "List the relations missed and the facts that match no gold relation.")
    var verbose = false

    @Argument(help: ArgumentHelp("Articles with gold files beside them, or directories of them.", valueName: "path"))
    var paths: [String] = []

    func validate() throws {
        try ArgumentCheck.notEmpty(paths, "<path>")
        try ArgumentCheck.notEmpty(gold, "--gold", "a file name")
        try ArgumentCheck.notEmpty(plover, "--plover", "a file name")
        if plover == nil && paths.isEmpty { throw ValidationError("Please give articles to score, or --plover FILE.") }
        if gold != nil && paths.count != 1 { throw ValidationError("Please give exactly one article with --gold.") }
    }

    func run() throws {
        let extractor = try extraction.extractor()

        if let plover {
            let records = try PloverScorer.decode(try InputFile(name: plover).read(), name: plover)
            let result = PloverScorer(extractor: extractor).score(records)
            if format == .json { return try Output.writeJSON(result) }
            var table = TextTable(columns: ["type", "right", "records"])
            for (type, counts) in result.byType.sorted(by: { $0.key < $1.key }) {
                table.rows.append([type, String(counts[0]), String(counts[1])])
            }
            Output.write(table.rendered())
            if verbose { for line in result.wrong { Output.write(line + "\n") } }
            Output.write(
                """

                PLOVER sentences right (source, target and type): \(result.right) of \(result.records) = \(percent(result.share))
                right by quad class: \(result.rightByClass) = \(percent(result.shareByClass)); \
                right parties, any type: \(result.rightParties); no fact at all: \(result.silent)

                """)
            return
        }
        var scores: [ExtractionScore] = []
        for (article, goldPath) in try pairs() {
            let pages = try ArticleDecoder.pages(from: try InputFile(name: article).read(), name: article, format: extraction.inputFormat)
            let goldArticle = try GoldArticle.decode(try InputFile(name: goldPath).read(), name: goldPath)
            for page in pages {
                let extracted = extractor.extract(page)
                scores.append(ExtractionScorer(vocabulary: extractor.vocabulary).score(extracted, page: page, gold: goldArticle, name: article))
            }
        }
        if format == .json { return try Output.writeJSON(scores) }
        var table = TextTable(columns: ["article", "entity P", "R", "F1", "relation P", "R", "F1", "noise", "neg→pos"])
        func row(_ name: String, _ e: PrecisionRecall, _ r: PrecisionRecall, _ noise: Int, _ negated: Int) -> [String] {
            [name, fixed(e.precision), fixed(e.recall), fixed(e.f1), fixed(r.precision), fixed(r.recall), fixed(r.f1), String(noise), String(negated)]
        }
        for score in scores {
            table.rows.append(row(PathName(score.article).name, score.entities, score.relations, score.factsFromNoise, score.negatedEmittedAsPositive))
        }
        if scores.count > 1 {
            let entities = scores.map(\.entities).reduce(.zero, +)
            let relations = scores.map(\.relations).reduce(.zero, +)
            table.rows.append(row("all (micro)", entities, relations, scores.map(\.factsFromNoise).reduce(0, +), scores.map(\.negatedEmittedAsPositive).reduce(0, +)))
        }
        Output.write(table.rendered())
        if verbose {
            for score in scores {
                Output.write("\n\(PathName(score.article).name)\n")
                for line in score.missedEntities { Output.write("  missed entity:   \(line)\n") }
                for line in score.spuriousEntities { Output.write("  spurious entity: \(line)\n") }
                for line in score.missed { Output.write("  missed:   \(line)\n") }
                for line in score.spurious { Output.write("  spurious: \(line)\n") }
            }
        }
    }

    /// Each article with its gold file.
    private func pairs() throws -> [(String, String)] {
        if let gold { return [(paths[0], gold)] }
        var result: [(String, String)] = []
        // A gold folder documents itself in Markdown (sources, conventions); those are not articles.
        let named = Set(paths)
        for file in try InputFile.expand(paths)
        where !file.name.hasSuffix(".gold.json") && !(file.name.hasSuffix(".md") && !named.contains(file.name)) {
            let goldPath = PathName.replacingExtension(of: file.name, with: "gold.json")
            guard FileManager.default.fileExists(atPath: goldPath) else {
                throw InputError("\(file.name): no gold annotation beside it (expected \(goldPath))")
            }
            result.append((file.name, goldPath))
        }
        return result
    }

    private func fixed(_ value: Double) -> String { String(format: "%.2f", value) }
    private func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
}
