import EntenteStore
import EntenteQuery
import Foundation
import GRDB

/// The paths of a join's answer (`RETURN p`, a walk's variable, `nodes(p)`), assembled from the
/// fact ids its rows carry: every fact read once, then each path's hops in pattern order.
struct PathAssembly {
    /// The value of each path output, by row and output column.
    private var values: [[Int: QueryValue]] = []

    init<Dialect>(rows: [Row], outputs: [JoinPlan.Output], execution: QueryExecution<Dialect>) throws {
        let pathOutputs = outputs.enumerated().compactMap { index, output -> (Int, [PathPart], Int?)? in
            switch output {
            case .path(let parts): (index, parts, nil)
            case .nodes(let start, let parts): (index, parts, start)
            default: nil
            }
        }
        guard !pathOutputs.isEmpty else { return }
        func ids(_ row: Row, _ parts: [PathPart]) -> [Int64]? {
            var ids: [Int64] = []
            for part in parts {
                switch part {
                case .fact(let column):
                    // An OPTIONAL MATCH that matched nothing leaves its fact NULL, and the path with it.
                    guard let id = row[column] as Int64? else { return nil }
                    ids.append(id)
                case .walk(let column, let reversed):
                    guard let text = row[column] as String? else { return nil }
                    let walk = text.split(separator: ",").compactMap { Int64($0) }
                    ids += reversed ? walk.reversed() : walk
                }
            }
            return ids
        }
        let all = rows.flatMap { row in pathOutputs.flatMap { ids(row, $0.1) ?? [] } }
        let hops = try execution.readHops(all, evidence: false)
        values = rows.map { row in
            var cells: [Int: QueryValue] = [:]
            for (index, parts, start) in pathOutputs {
                guard let facts = ids(row, parts) else {
                    cells[index] = .null
                    continue
                }
                let path = facts.compactMap { hops[$0] }
                if let start {
                    cells[index] = .string(Self.nodeList(from: row[start] as String? ?? "", along: path))
                } else {
                    cells[index] = .path(path)
                }
            }
            return cells
        }
    }

    /// The value of output `output` in row `row`.
    func value(row: Int, output: Int) -> QueryValue { values[row][output] ?? .null }

    /// The entities of a path in order, from its first, as a JSON array of names (a list, as
    /// `collect` gives one): each hop leads from the entity before to its other end.
    static func nodeList(from start: String, along path: [QueryValue.Hop]) -> String {
        var names = [start]
        for hop in path {
            names.append(hop.subject == names[names.count - 1] ? hop.object : hop.subject)
        }
        let data = (try? JSONEncoder().encode(names)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

extension QueryExecution {
    /// Stops a query one of whose walks filled its CTE to the expansion budget: its answer would
    /// be from a part of the walks.
    func checkBudgets(of walks: [JoinedWalk]) throws {
        for walk in walks {
            let statement = dialect.budgetStatement(for: walk)
            let count = try Int.fetchOne(db, sql: statement.text, arguments: statement.databaseArguments(idList: .null)) ?? 0
            if count >= walk.maxExpansions { throw QueryBudgetError.expansions(walk.maxExpansions) }
        }
    }
}
