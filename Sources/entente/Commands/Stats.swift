import ArgumentParser
import Entente

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Count the articles, entities, facts and relations in the graph.",
        discussion: """
            Examples:
              entente stats
              entente stats --format json
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let stats = try store.open(.readOnly).statistics()
        func breakdown(_ counts: [String: Int]) -> String {
            counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        }
        let table = TextTable(
            columns: ["what", "count", "detail"],
            rows: [
                ["articles", String(stats.articles), breakdown(stats.articlesByOrigin)],
                ["entities", String(stats.entities), breakdown(stats.entitiesByKind)],
                ["aliases", String(stats.aliases), ""],
                ["facts", String(stats.facts), "\(stats.negatedFacts) negated, \(stats.undatedFacts) undated"],
                ["relations", String(stats.relations), "distinct subject, predicate, object, negation"],
                ["classes", String(stats.factsByClass.count), breakdown(stats.factsByClass)],
                ["predicates", String(stats.predicatesUsed), "in use"],
                ["dates", "", [stats.firstDate, stats.lastDate].compactMap { $0 }.joined(separator: " to ")],
            ])
        try output.print(table, json: stats)
    }
}
