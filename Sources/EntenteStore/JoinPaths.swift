public import EntenteQuery
import Foundation

/// The paths of a join's answer (`RETURN p`, a walk's variable, `nodes(p)`), assembled from the
/// fact ids its rows carry: every fact read once, then each path's hops in pattern order. Both
/// stores make them here from the cells their statements return, so a path is the same on each.
package struct JoinPaths {
    /// The value of each path output, by row and output column.
    private var values: [[Int: QueryValue]] = []

    /// Reads the paths of `rowCount` rows, whose cells `cell(row, column)` gives: a single hop's
    /// fact id as an integer, a walk's fact ids as text (`12,40,`), NULL where an OPTIONAL MATCH
    /// matched nothing. `readHops` reads facts by id.
    package init(
        rowCount: Int, outputs: [JoinPlan.Output], cell: (_ row: Int, _ column: Int) -> QueryValue,
        readHops: (_ ids: [Int64]) throws -> [Int64: QueryValue.Hop]
    ) rethrows {
        let pathOutputs = outputs.enumerated().compactMap { index, output -> (Int, [PathPart], Int?)? in
            switch output {
            case .path(let parts): (index, parts, nil)
            case .nodes(let start, let parts): (index, parts, start)
            default: nil
            }
        }
        guard !pathOutputs.isEmpty else { return }
        func ids(_ row: Int, _ parts: [PathPart]) -> [Int64]? {
            var ids: [Int64] = []
            for part in parts {
                switch part {
                case .fact(let column):
                    // An OPTIONAL MATCH that matched nothing leaves its fact NULL, and the path with it.
                    guard case .integer(let id) = cell(row, column) else { return nil }
                    ids.append(id)
                case .walk(let column, let reversed):
                    guard case .string(let text) = cell(row, column) else { return nil }
                    let walk = text.split(separator: ",").compactMap { Int64($0) }
                    ids += reversed ? walk.reversed() : walk
                }
            }
            return ids
        }
        let all = (0..<rowCount).flatMap { row in pathOutputs.flatMap { ids(row, $0.1) ?? [] } }
        let hops = try readHops(all)
        values = (0..<rowCount).map { row in
            var cells: [Int: QueryValue] = [:]
            for (index, parts, start) in pathOutputs {
                guard let facts = ids(row, parts) else {
                    cells[index] = .null
                    continue
                }
                let path = facts.compactMap { hops[$0] }
                if let start {
                    let name: String
                    if case .string(let text) = cell(row, start) { name = text } else { name = "" }
                    cells[index] = .string(Self.nodeList(from: name, along: path))
                } else {
                    cells[index] = .path(path)
                }
            }
            return cells
        }
    }

    /// The value of output `output` in row `row`.
    package func value(row: Int, output: Int) -> QueryValue { values[row][output] ?? .null }

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
