import ArgumentParser
import Entente
import Foundation

struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Ask the graph who does what to whom, over paths and dates.",
        discussion: """
            The query language is described in docs/query-language.md; Examples/queries has more.
            The database is opened read-only: no query can change it. Negated facts match only when \
            a WHERE asks about r.negated; hypothetical, future, advocated and hedged facts only when \
            a WHERE asks about r.modality or with --include-modal.

            Examples:
              entente query 'MATCH ("Russia")-[r:mediates]->(b) RETURN b, r.date'
              entente query 'MATCH (a)-[r:material-conflict]->("Turkey") DURING 2016 RETURN a, count(r) AS facts ORDER BY facts DESC'
              entente query 'SHORTEST FROM "Iran" TO "Turkey" MAX 3 RETURN p WITH EVIDENCE' --format json
              entente query -f Examples/queries/01-who-russia-mediates.kgq
              entente query 'MATCH (a)-[r]->($target) RETURN a, r' --param target=Syria
              entente query 'MATCH (a)-[r]->(b) WHERE r.modality = "future" RETURN a, r, b'
            """)

    @OptionGroup var store: StoreOptions

    @Option(name: .long, help: "Output format: table, json, csv or dot.")
    var format: QueryFormat = .table

    @Option(name: [.customShort("f"), .long], help: ArgumentHelp("Read the query from this file.", valueName: "file"))
    var file: String?

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("A value for $name in the query.", valueName: "name=value"))
    var param: [String] = []

    @Option(name: .long, parsing: .unconditional, help: "Stop a query that returns more rows than this; a LIMIT within it cuts the answer instead.")
    var maxRows = 10_000

    @Option(name: .long, parsing: .unconditional, help: "Stop a path search that visits more steps than this.")
    var maxExpansions = Planner.Options.defaultMaxExpansions

    @Option(name: .long, parsing: .unconditional, help: "Stop a query that runs longer than this many seconds (at most a day).")
    var timeout = 10.0

    @OptionGroup var domestic: DomesticOption

    @Flag(name: .long, help: "Let every relation match hypothetical, future, advocated and hedged facts too (TIMELINE and DIFF count them).")
    var includeModal = false

    @Argument(help: "The query; read from --file or standard input when absent.")
    var query: String?

    enum QueryFormat: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv, dot
    }

    func validate() throws {
        if query != nil && file != nil { throw ValidationError("Please give the query either as an argument or with --file, not both.") }
        try ArgumentCheck.notEmpty(file, "--file", "a file name")
        for item in param where !item.contains("=") || item.hasPrefix("=") {
            throw ValidationError("Please write --param as name=value, not '\(item)'.")
        }
        if maxRows < 1 { throw ValidationError("Please give a --max-rows of at least 1, not \(maxRows).") }
        if maxExpansions < 1 { throw ValidationError("Please give a --max-expansions of at least 1, not \(maxExpansions).") }
        // Above zero, and a day at most: a longer timer is no budget at all.
        if !(timeout > 0 && timeout <= 86_400) { throw ValidationError("Please give a --timeout above 0 and at most 86400 seconds, not \(timeout).") }
    }

    func run() throws {
        let (text, name) = try queryText()
        let graph = KnowledgeGraph(store: try store.open(.readOnly))
        let request = QueryRequest(
            text, sourceName: name, parameters: try QueryParameters.parse(param),
            budgets: QueryBudgets(maxRows: maxRows, maxExpansions: maxExpansions, timeout: timeout), includeModal: includeModal,
            excludeDomestic: domestic.noDomestic)
        let answer: KnowledgeGraph.QueryAnswer
        do {
            answer = try graph.answer(request)
        } catch {
            guard case .invalidQuery(let query) = error else { throw error }
            // The rendered diagnostics already say "error:" and where; print them as they are.
            Output.writeError(query.description)
            throw ExitCode.failure
        }
        switch answer {
        case .explanation(let explanation): Output.write(explanation.text)
        case .rows(let result):
            switch format {
            case .json: try Output.writeJSON(result)
            case .table: Output.write(result.table())
            case .csv: Output.write(TextTable(columns: result.columns, rows: result.rows.map { $0.map(\.description) }).csv())
            case .dot: Output.write(try graph.dot(answering: result, includeModal: includeModal, excludeDomestic: domestic.noDomestic))
            }
        }
    }

    private func queryText() throws -> (String, String) {
        if let query { return (query, "query") }
        if let file { return (String(decoding: try InputFile(name: file).read(), as: UTF8.self), file) }
        let text = String(decoding: try InputFile(name: "-").read(), as: UTF8.self)
        guard !text.allSatisfy(\.isWhitespace) else { throw ValidationError("Please give a query: as an argument, with --file, or on standard input.") }
        return (text, "stdin")
    }
}

extension QueryResult {
    /// The result as an aligned table; a path is read whole: its column wraps between hops
    /// instead of being cut at 100 characters.
    func table() -> String {
        let paths = Set(columns.indices.filter { column in
            rows.contains { row in
                if column < row.count, case .path = row[column] { return true }
                return false
            }
        })
        return TextTable(columns: columns, rows: rows.map { $0.map(\.description) }).rendered(maxWidth: 100, wrapping: paths)
    }
}
