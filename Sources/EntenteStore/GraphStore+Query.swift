import Dispatch
public import EntenteModel
public import EntenteQuery
import Foundation
import GRDB

// MARK: - Reads: path queries

extension GraphStore {
    /// The store as the query planner sees it: names, aliases and predicates.
    public func resolver(vocabulary: PredicateVocabulary = .standard) throws(StoreError) -> any EntityResolver {
        let predicates = try read { db in try String.fetchSet(db, sql: "SELECT name FROM predicate") }
        return StoreResolver(store: self, predicates: predicates.union(vocabulary.definitions.keys))
    }

    /// Runs a compiled query, stopping it when it runs past `timeout` seconds or returns more rows than its budget.
    ///
    /// - Throws: `QueryBudgetError` naming the bound to raise, or ``StoreError``.
    public func run(_ compiled: CompiledQuery, timeout: Double = 10) throws -> QueryResult {
        if let temporal = compiled.temporal {
            return try run(temporal, includeModal: compiled.includeModal, excludeDomestic: compiled.excludeDomestic)
        }
        let database = self.database
        let adjacency = compiled.frontier?.traversal == nil ? nil : self.adjacency
        let timer = DispatchWorkItem { database.interrupt() }
        if timeout > 0 { DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: timer) }
        defer { timer.cancel() }
        do {
            return try database.read { db in
                var indexed: IndexedTraversal?
                if let adjacency, let traversal = compiled.frontier?.traversal {
                    let index = try adjacency.current(db)
                    indexed = IndexedTraversal(index: index, filter: try index.filter(traversal, db))
                }
                switch compiled.strategy {
                case .join: return try Self.runJoin(compiled, db)
                case .pathSearch: return try Self.runPathSearch(compiled, db, indexed, timeout: timeout)
                case .variableLength: return try Self.runWalk(compiled, db)
                case .frontier: return try Self.runFrontier(compiled, db, indexed)
                case .reach: return try Self.runReach(compiled, db, indexed)
                case .timeline, .diff: preconditionFailure("a temporal query runs through run(_: Temporal)")
                }
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT {
            throw QueryBudgetError.time(seconds: timeout)
        } catch let error as QueryBudgetError {
            throw error
        } catch let error as DatabaseError {
            throw StoreError(translating: error, path: path)
        }
    }

    /// How SQLite will run the query: its `EXPLAIN QUERY PLAN`, one line per step.
    public func queryPlan(_ compiled: CompiledQuery) throws -> [String] {
        try database.read { db in
            // A frontier query takes the entities of a level as its first argument.
            let arguments = ([.frontier, .reach, .pathSearch].contains(compiled.strategy) ? [QueryValue.string("[]")] : []) + compiled.arguments
            return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + compiled.sql, arguments: StatementArguments(arguments.map(\.databaseValue)))
                .map { row in
                    let detail: String = row["detail"]
                    return detail
                }
        }
    }

    private static func runJoin(_ compiled: CompiledQuery, _ db: Database) throws -> QueryResult {
        let rows = try Row.fetchAll(db, sql: compiled.sql, arguments: StatementArguments(compiled.arguments.map(\.databaseValue)))
        if let limit = compiled.limit, rows.count > limit { throw QueryBudgetError.rows(limit) }
        let values = rows.map { row in
            compiled.outputs.map { output -> QueryValue in
                switch output {
                case .value(let index): return QueryValue(row[index] as DatabaseValue)
                case .hop(let subject, let predicate, let object, let date, let negated, let modality):
                    return .hop(
                        .init(subject: row[subject], predicate: row[predicate], object: row[object], date: row[date],
                              negated: (row[negated] as Bool?) == true ? true : nil, modality: modal(row[modality])))
                case .evidence(let article, let source, let sentence):
                    return .string([row[article] as String?, row[source] as String?, row[sentence] as String?].compactMap { $0 }.joined(separator: " — "))
                case .path(let index): return .string(row[index])
                case .walkStart, .walkEnd: return .null
                }
            }
        }
        return QueryResult(columns: compiled.columns, rows: values)
    }

    /// PATHS: every acyclic path up to MAX hops, shortest first, by `PathEnumeration`, stopping
    /// at the LIMIT (or one path past the row budget, which is then an error).
    private static func runPathSearch(_ compiled: CompiledQuery, _ db: Database, _ indexed: IndexedTraversal?, timeout: Double) throws
        -> QueryResult
    {
        guard let search = compiled.frontier, let reverseSQL = compiled.reverseSQL else {
            return QueryResult(columns: compiled.columns, rows: [])
        }
        let outward = try db.cachedStatement(sql: compiled.sql)
        let inward = try db.cachedStatement(sql: reverseSQL)
        var predicateNumbers: [String: Int] = [:]
        let neighbours: PathEnumeration.Neighbours
        if let indexed {
            neighbours = { entity, outOfSubject in indexed.index.neighbours(of: entity, outOfSubject: outOfSubject, indexed.filter) }
        } else {
            neighbours = { entity, outOfSubject in
                let values = ["[\(entity)]".databaseValue] + (outOfSubject ? compiled.arguments : compiled.reverseArguments).map(\.databaseValue)
                let rows = try Row.fetchCursor(outOfSubject ? outward : inward, arguments: StatementArguments(values))
                var facts: [(fact: Int64, there: Int64, predicate: Int)] = []
                while let row = try rows.next() {
                    let predicate: String = row[3]
                    let number = predicateNumbers[predicate] ?? predicateNumbers.count
                    predicateNumbers[predicate] = number
                    facts.append((row[0], outOfSubject ? row[2] : row[1], number))
                }
                return facts
            }
        }
        let limit = compiled.limit ?? 10_000
        var enumeration = PathEnumeration(
            from: search.from, to: search.to, maxHops: search.maxHops, directed: search.directed,
            budget: compiled.expansionBudget ?? search.maxExpansions, timeout: timeout, neighbours: neighbours)
        let found = try enumeration.paths(limit: compiled.limitIsBudget ? limit + 1 : limit)
        if compiled.limitIsBudget, found.count > limit { throw QueryBudgetError.rows(limit) }
        let hops = try readHops(found.flatMap { $0 }, evidence: compiled.withEvidence, db)
        return QueryResult(columns: compiled.columns, rows: found.map { [.path($0.compactMap { hops[$0] })] })
    }
}

extension GraphStore {
    /// The walk of a variable-length MATCH: one row per path found, reduced to the returned columns.
    fileprivate static func runWalk(_ compiled: CompiledQuery, _ db: Database) throws -> QueryResult {
        var rows = try Row.fetchAll(db, sql: compiled.sql, arguments: StatementArguments(compiled.arguments.map(\.databaseValue)))
        let expansions: Int64 = rows.isEmpty ? 0 : rows.removeFirst()[2]
        if let limit = compiled.expansionBudget, expansions >= limit { throw QueryBudgetError.expansions(limit) }
        let walks: [(facts: [Int64], end: String)] = rows.map { row in
            let text: String = row[1]
            return (text.split(separator: ",").compactMap { Int64($0) }, row[2])
        }
        let needsPaths = compiled.outputs.contains { if case .path = $0 { return true } else { return false } }
        let hops = needsPaths ? try readHops(walks.flatMap(\.facts), evidence: compiled.withEvidence, db) : [:]
        var seen: Set<[QueryValue]> = []
        var result: [[QueryValue]] = []
        for walk in walks {
            let path = walk.facts.compactMap { hops[$0] }
            let row: [QueryValue] = compiled.outputs.map { output in
                switch output {
                case .walkStart: .string(compiled.startName ?? "")
                case .walkEnd: .string(walk.end)
                case .path: .path(path)
                default: .null
                }
            }
            let key = row.map { value -> QueryValue in
                guard case .path(let steps) = value else { return value }
                return .string(pathKey(steps))
            }
            if compiled.distinct || needsPaths {
                guard seen.insert(key).inserted else { continue }
            }
            result.append(row)
            if let limit = compiled.limit, result.count >= limit { break }
        }
        return QueryResult(columns: compiled.columns, rows: result)
    }

    /// Shortest paths by breadth-first search: each level is one query for the facts out of
    /// (and, undirected, into) the entities first reached at the level before. The search stops at
    /// the first level that reaches the end; every shortest path is rebuilt from the predecessors.
    fileprivate static func runFrontier(_ compiled: CompiledQuery, _ db: Database, _ indexed: IndexedTraversal?) throws -> QueryResult {
        guard let search = compiled.frontier else { return QueryResult(columns: compiled.columns, rows: []) }
        if compiled.pathSelection == .shortest { return try runBidirectional(compiled, search, db, indexed) }
        var distance: [Int64: Int] = [search.from: 0]
        // For each entity reached, the (previous entity, fact) steps that reach it at its distance.
        var predecessors: [Int64: [(Int64, Int64)]] = [:]
        var frontier: [Int64] = [search.from]
        var expansion = FrontierExpansion(budget: search.maxExpansions, indexed: indexed)
        var level = 0
        let outward = try db.cachedStatement(sql: compiled.sql)
        let inward = search.directed ? nil : try compiled.reverseSQL.map { try db.cachedStatement(sql: $0) }
        while !frontier.isEmpty, level < search.maxHops, distance[search.to] == nil {
            level += 1
            var next: [Int64] = []
            func visit(_ fact: Int64, _ here: Int64, _ there: Int64) {
                if let known = distance[there] {
                    if known == level { predecessors[there, default: []].append((here, fact)) }
                    return
                }
                distance[there] = level
                predecessors[there] = [(here, fact)]
                next.append(there)
            }
            try expansion.facts(around: frontier, outward, compiled.arguments, outOfSubject: true, visit)
            if let inward { try expansion.facts(around: frontier, inward, compiled.reverseArguments, outOfSubject: false, visit) }
            frontier = next
        }
        guard distance[search.to] != nil else { return QueryResult(columns: compiled.columns, rows: []) }
        // Rebuild paths backwards from the end, as fact-id lists from the start.
        var paths: [[Int64]] = []
        let cap = (compiled.limit ?? 10_000) * 4
        func unwind(_ node: Int64, _ suffix: [Int64]) {
            guard paths.count < cap else { return }
            if node == search.from {
                paths.append(suffix)
                return
            }
            for (previous, fact) in predecessors[node] ?? [] { unwind(previous, [fact] + suffix) }
        }
        unwind(search.to, [])
        let distinct = try distinctPaths(paths.sorted { $0.lexicographicallyPrecedes($1) }, compiled, db)
        return QueryResult(columns: compiled.columns, rows: distinct.map { [.path($0)] })
    }

    /// One shortest path by searching from both ends at once, always widening the smaller frontier,
    /// until the two searches meet; the level being widened is finished so the meeting is shortest.
    fileprivate static func runBidirectional(
        _ compiled: CompiledQuery, _ search: CompiledQuery.Frontier, _ db: Database, _ indexed: IndexedTraversal?
    ) throws -> QueryResult {
        guard let reverseSQL = compiled.reverseSQL else { return QueryResult(columns: compiled.columns, rows: []) }
        let outward = try db.cachedStatement(sql: compiled.sql)
        let inward = try db.cachedStatement(sql: reverseSQL)
        // For each side: distance from its end, and the (previous entity, fact) that first reached an entity.
        var distances: [[Int64: Int]] = [[search.from: 0], [search.to: 0]]
        var parents: [[Int64: (Int64, Int64)]] = [[:], [:]]
        var frontiers: [[Int64]] = [[search.from], [search.to]]
        var depths = [0, 0]
        var expansion = FrontierExpansion(budget: search.maxExpansions, indexed: indexed)
        var meeting: (node: Int64, length: Int)?
        if search.from == search.to { return QueryResult(columns: compiled.columns, rows: []) }
        while meeting == nil, !frontiers[0].isEmpty, !frontiers[1].isEmpty, depths[0] + depths[1] < search.maxHops {
            let side = frontiers[0].count <= frontiers[1].count ? 0 : 1
            let other = 1 - side
            depths[side] += 1
            let entities = frontiers[side]
            var next: [Int64] = []
            func visit(_ fact: Int64, _ here: Int64, _ there: Int64) {
                guard distances[side][there] == nil else { return }
                distances[side][there] = depths[side]
                parents[side][there] = (here, fact)
                next.append(there)
                if let across = distances[other][there] {
                    let length = depths[side] + across
                    if meeting == nil || length < meeting!.length { meeting = (there, length) }
                }
            }
            // The start side follows facts forward; the end side walks them backward.
            let forward = (outward, compiled.arguments, true)
            let backward = (inward, compiled.reverseArguments, false)
            for (statement, arguments, outOfSubject) in (side == 0 ? [forward, backward] : [backward, forward]).prefix(search.directed ? 1 : 2) {
                try expansion.facts(around: entities, statement, arguments, outOfSubject: outOfSubject, visit)
            }
            frontiers[side] = next
        }
        guard let meeting, meeting.length <= search.maxHops else { return QueryResult(columns: compiled.columns, rows: []) }
        var facts: [Int64] = []
        var node = meeting.node
        while node != search.from, let (previous, fact) = parents[0][node] {
            facts.insert(fact, at: 0)
            node = previous
        }
        node = meeting.node
        while node != search.to, let (previous, fact) = parents[1][node] {
            facts.append(fact)
            node = previous
        }
        let hops = try readHops(facts, evidence: compiled.withEvidence, db)
        return QueryResult(columns: compiled.columns, rows: [[.path(facts.compactMap { hops[$0] })]])
    }

    /// Every entity within `minHops...maxHops` of the start, by breadth-first search, each entered once.
    fileprivate static func runReach(_ compiled: CompiledQuery, _ db: Database, _ indexed: IndexedTraversal?) throws -> QueryResult {
        guard let search = compiled.frontier, let endSQL = search.endSQL else { return QueryResult(columns: compiled.columns, rows: []) }
        // With a minimum of one hop, an entity needs entering only once; with more, an entity
        // reached early may also be reached again at the minimum depth, so levels dedupe alone.
        var reached: [Int64: Int]
        if let indexed {
            reached = try indexed.index.reach(
                from: search.from, hops: search.minHops...search.maxHops, firstIsForward: search.firstIsForward,
                bothWays: compiled.reverseSQL != nil, indexed.filter, budget: search.maxExpansions)
        } else {
            reached = try Self.reachBySQL(compiled, search, db)
        }
        let json = "[" + reached.keys.map(String.init).joined(separator: ",") + "]"
        let values = [json.databaseValue] + search.endArguments.map(\.databaseValue)
        let named = try Row.fetchAll(db, sql: endSQL, arguments: StatementArguments(values)).map { row -> (Int64, String) in (row[0], row[1]) }
        let ordered = named.sorted { (reached[$0.0] ?? 0, $0.1) < (reached[$1.0] ?? 0, $1.1) }
        var rows: [[QueryValue]] = []
        for (_, name) in ordered {
            rows.append(compiled.outputs.map { output in
                switch output {
                case .walkStart: .string(compiled.startName ?? "")
                case .walkEnd: .string(name)
                default: .null
                }
            })
            if let limit = compiled.limit, rows.count >= limit { break }
        }
        if compiled.outputs.allSatisfy({ if case .walkStart = $0 { return true } else { return false } }) {
            return QueryResult(columns: compiled.columns, rows: Array(rows.prefix(1)))
        }
        return QueryResult(columns: compiled.columns, rows: rows)
    }
    /// The entities a search reaches and the level each is first counted at, one SQL query per level and direction.
    fileprivate static func reachBySQL(_ compiled: CompiledQuery, _ search: CompiledQuery.Frontier, _ db: Database) throws -> [Int64: Int] {
        let perLevel = search.minHops > 1
        var distance: [Int64: Int] = [search.from: 0]
        var reached: [Int64: Int] = [:]
        var frontier: [Int64] = [search.from]
        var expansion = FrontierExpansion(budget: search.maxExpansions)
        let first = try db.cachedStatement(sql: compiled.sql)
        let second = try compiled.reverseSQL.map { try db.cachedStatement(sql: $0) }
        for level in 1...search.maxHops where !frontier.isEmpty {
            var next: [Int64] = []
            var seenThisLevel: Set<Int64> = []
            func visit(_ fact: Int64, _ here: Int64, _ there: Int64) {
                let isNew = perLevel ? seenThisLevel.insert(there).inserted : distance[there] == nil
                guard isNew else { return }
                distance[there] = min(distance[there] ?? level, level)
                next.append(there)
                if level >= search.minHops, there != search.from, reached[there] == nil { reached[there] = level }
            }
            try expansion.facts(around: frontier, first, compiled.arguments, outOfSubject: search.firstIsForward, visit)
            if let second { try expansion.facts(around: frontier, second, compiled.reverseArguments, outOfSubject: false, visit) }
            frontier = next
        }
        return reached
    }


    /// The paths of the given fact ids as hops, one per sequence of (subject, predicate, object)
    /// steps, in order, up to the query's limit (one for SHORTEST).
    fileprivate static func distinctPaths(_ candidates: [[Int64]], _ compiled: CompiledQuery, _ db: Database) throws
        -> [[QueryValue.Hop]]
    {
        let hops = try readHops(candidates.flatMap { $0 }, evidence: compiled.withEvidence, db)
        var seen: Set<String> = []
        var paths: [[QueryValue.Hop]] = []
        for facts in candidates {
            let path = facts.compactMap { hops[$0] }
            guard seen.insert(pathKey(path)).inserted else { continue }
            paths.append(path)
            if compiled.pathSelection == .shortest { break }
            if let limit = compiled.limit, paths.count >= limit { break }
        }
        return paths
    }

    /// A fact's modality as a hop shows it: nil when asserted or reported.
    fileprivate static func modal(_ text: String?) -> String? {
        guard let text, let modality = Modality(rawValue: text), !modality.isCommitted else { return nil }
        return modality.rawValue
    }

    /// Paths through the same steps are one path, whatever facts back them.
    fileprivate static func pathKey(_ path: [QueryValue.Hop]) -> String {
        path.map { "\($0.subject)|\($0.predicate)|\($0.object)" }.joined(separator: ";")
    }

    /// Every fact of the given ids as a hop, read once.
    fileprivate static func readHops(_ ids: [Int64], evidence: Bool, _ db: Database) throws -> [Int64: QueryValue.Hop] {
        let json = "[" + Set(ids).map(String.init).joined(separator: ",") + "]"
        var hops: [Int64: QueryValue.Hop] = [:]
        for row in try Row.fetchAll(db, sql: CompiledQuery.hopSQL, arguments: [json]) {
            let start: String? = row[4]
            let precision: String? = row[5]
            var date = start
            if let start, precision == "month" { date = String(start.prefix(7)) }
            if let start, precision == "year" { date = String(start.prefix(4)) }
            hops[row[0]] = QueryValue.Hop(
                subject: row[1], predicate: row[2], object: row[3], date: date, negated: (row[6] as Bool) ? true : nil,
                modality: modal(row[10]), evidence: evidence ? .init(article: row[7], source: row[8], sentence: row[9]) : nil)
        }
        return hops
    }
}

/// Expands frontier searches one level at a time, counting every fact read against the budget.
/// An adjacency index and a search's hop filter resolved against it.
struct IndexedTraversal {
    let index: AdjacencyIndex
    let filter: AdjacencyIndex.Filter
}

struct FrontierExpansion {
    let budget: Int
    private(set) var expansions = 0
    /// When set, neighbours come from the index and the statements are not run.
    let indexed: IndexedTraversal?

    init(budget: Int, indexed: IndexedTraversal? = nil) {
        self.budget = budget
        self.indexed = indexed
    }

    /// Calls `visit(fact, here, there)` for each fact out of (`outOfSubject`) or into the entities.
    mutating func facts(
        around entities: [Int64], _ statement: Statement, _ arguments: [QueryValue], outOfSubject: Bool,
        _ visit: (_ fact: Int64, _ here: Int64, _ there: Int64) throws -> Void
    ) throws {
        if let indexed {
            expansions += try indexed.index.facts(around: entities, outOfSubject: outOfSubject, indexed.filter) { fact, here, there in
                try visit(fact, here, there)
            }
            if expansions > budget { throw QueryBudgetError.expansions(budget) }
            return
        }
        let ids = "[" + entities.map(String.init).joined(separator: ",") + "]"
        let values = [ids.databaseValue] + arguments.map(\.databaseValue)
        let rows = try Row.fetchCursor(statement, arguments: StatementArguments(values))
        while let row = try rows.next() {
            expansions += 1
            if expansions > budget { throw QueryBudgetError.expansions(budget) }
            let (subject, object): (Int64, Int64) = (row[1], row[2])
            try visit(row[0], outOfSubject ? subject : object, outOfSubject ? object : subject)
        }
    }
}

/// A query stopped at one of its budgets; the message says which bound to raise.
public enum QueryBudgetError: Error, Sendable, Equatable, CustomStringConvertible {
    case rows(Int)
    case expansions(Int)
    case time(seconds: Double)

    public var description: String {
        switch self {
        case .rows(let limit):
            "the query returns more than \(limit) rows; add a LIMIT or raise --max-rows"
        case .expansions(let limit):
            "the path search stopped after visiting \(limit) steps; lower MAX, narrow it with VIA or a date scope, or raise --max-expansions"
        case .time(let seconds):
            "the query stopped after \(seconds.formatted()) s; narrow it or raise --timeout"
        }
    }
}

extension Double {
    fileprivate func formatted() -> String { self == rounded() ? String(Int(self)) : String(self) }
}

struct StoreResolver: EntityResolver {
    let store: GraphStore
    let predicates: Set<String>

    func candidates(named name: String) -> [ResolvedEntity] {
        let rows = (try? store.candidates(for: EntitySelector(name))) ?? []
        return rows.sorted { $0.id < $1.id }.map { ResolvedEntity(id: $0.id, name: $0.name, kind: $0.kind.rawValue, type: $0.type) }
    }

    func suggestions(for name: String) -> [String] {
        (try? store.suggestions(for: NameKey(name).rawValue)) ?? []
    }
}

extension QueryValue {
    var databaseValue: DatabaseValue {
        switch self {
        case .null, .hop, .path: .null
        case .integer(let value): value.databaseValue
        case .double(let value): value.databaseValue
        case .string(let value): value.databaseValue
        case .bool(let value): value.databaseValue
        }
    }

    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let number): self = .integer(number)
        case .double(let number): self = .double(number)
        case .string(let text): self = .string(text)
        case .blob(let data): self = .string(data.base64EncodedString())
        }
    }
}
