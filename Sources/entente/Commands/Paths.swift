import ArgumentParser
import Entente
import Foundation

struct Paths: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the chains of relations between two entities.",
        discussion: """
            The same as the query 'PATHS FROM "A" TO "B" MAX n' (or SHORTEST with --shortest), with \
            the names passed as parameters. Paths are acyclic and undirected unless --directed; \
            a table wraps each path between its hops.

            Examples:
              entente paths Iran Turkey --max 3
              entente paths Russia PKK --via supports,arms --max 4 --directed
              entente paths Iran Syria --shortest --format json
              entente paths Israel Lebanon --max 3 --directed --in-time-order --within 30d
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOption

    @Argument(help: "Where the paths start.")
    var from: String

    @Argument(help: "Where the paths end.")
    var to: String

    @Option(name: .long, parsing: .unconditional, help: "At most this many relations per path, from 1 to 6.")
    var max = 3

    @Option(name: .long, parsing: .unconditional, help: "At most this many paths; the search stops once it has them.")
    var limit: Int?

    @Option(name: .long, help: "Only these predicates or relation classes, comma-separated (supports,arms or material-conflict).")
    var via: String?

    @Flag(name: .long, help: "Follow each relation from its subject to its object only.")
    var directed = false

    @Flag(name: .long, help: "One shortest path only.")
    var shortest = false

    @Flag(name: .long, help: "Only paths whose every relation is dated on or after the one before it (undated facts are left out).")
    var inTimeOrder = false

    @Option(name: .long, help: "With --in-time-order, at most this long from one relation to the next: 30d, 6w, 3m, 1y.")
    var within: String?

    @Flag(name: .long, help: "Also follow hypothetical, future, advocated and hedged facts.")
    var includeModal = false

    @OptionGroup var domestic: DomesticOption

    @Option(name: .long, parsing: .unconditional, help: "Stop a path search that visits more steps than this.")
    var maxExpansions = Planner.Options.defaultMaxExpansions

    func validate() throws {
        try ArgumentCheck.notEmpty(from, "<from>")
        try ArgumentCheck.notEmpty(to, "<to>")
        try ArgumentCheck.within(max, 1...6, "--max")
        if let limit, limit < 1 { throw ValidationError("Please give a --limit of at least 1, not \(limit).") }
        if maxExpansions < 1 { throw ValidationError("Please give a --max-expansions of at least 1, not \(maxExpansions).") }
        if let within {
            guard inTimeOrder else { throw ValidationError("--within bounds the gap between the relations of a time-ordered path; add --in-time-order.") }
            guard gap(within) != nil else {
                throw ValidationError("Please give --within as a number of days, weeks, months or years (30d, 6w, 3m, 1y), not '\(within)'.")
            }
        }
        if let via, relations(via) == nil {
            throw ValidationError("Please give --via as predicates or relation classes separated by commas (supports,arms), not '\(via)'.")
        }
    }

    /// The words of `--via`, each a predicate or class name (letters, digits, `_` and `-`), or nil.
    func relations(_ text: String) -> [String]? {
        let words = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
        guard words.allSatisfy({ !$0.isEmpty && $0.allSatisfy(allowed.contains) && $0.first?.isLetter == true }) else { return nil }
        return words
    }

    /// `--within` as the query writes it (`30d`), or nil when it is not a count with a unit.
    func gap(_ text: String) -> String? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        let unit = text.dropFirst(digits.count).lowercased()
        guard !digits.isEmpty, digits.count <= 5, ["", "d", "w", "m", "y"].contains(unit) else { return nil }
        return digits + (unit.isEmpty ? "d" : unit)
    }

    /// The query: fixed words and checked relation names; the two names are parameters, never text in it.
    var query: String {
        var text = (shortest ? "SHORTEST" : "PATHS") + " FROM $from TO $to"
        if let via, let words = relations(via) { text += " VIA " + words.joined(separator: "|") }
        text += " MAX \(max)" + (directed ? " DIRECTED" : "")
        if inTimeOrder { text += " IN TIME ORDER" + (within.flatMap(gap).map { " WITHIN \($0)" } ?? "") }
        if let limit, !shortest { text += " LIMIT \(limit)" }
        return text
    }

    func run() throws {
        let database = try store.open(.readOnly)
        // Each name is checked first: a wrong one is said plainly, with the names it may mean.
        _ = (try database.entity(named: from), try database.entity(named: to))
        let graph = KnowledgeGraph(store: database)
        let request = QueryRequest(
            query, sourceName: "paths", parameters: ["from": .string(from), "to": .string(to)],
            budgets: QueryBudgets(maxExpansions: maxExpansions), includeModal: includeModal, excludeDomestic: domestic.noDomestic)
        let result: QueryResult
        do {
            result = try graph.run(try graph.compile(request), timeout: request.budgets.timeout)
        } catch {
            guard case .invalidQuery(let query) = error else { throw error }
            Output.writeError(query.description)
            throw ExitCode.failure
        }
        if result.rows.isEmpty {
            let order = inTimeOrder ? " in time order" + (within.map { " (each within \($0) of the one before)" } ?? "") : ""
            throw NothingFound("No path of at most \(max) relation\(max == 1 ? "" : "s") between \(from) and \(to)\(order).")
        }
        switch output.format {
        case .table: Output.write(result.table())
        case .csv: Output.write(TextTable(columns: result.columns, rows: result.rows.map { $0.map(\.description) }).csv())
        case .json: try Output.writeJSON(result)
        }
    }
}
