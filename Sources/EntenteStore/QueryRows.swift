public import EntenteQuery
import EntenteModel

/// How every store turns what its statements and searches read into the rows of an answer.
package enum QueryRows {
    /// A fact's modality as a hop shows it: nil when asserted or reported.
    package static func modal(_ text: String?) -> String? {
        guard let text, let modality = Modality(rawValue: text), !modality.isCommitted else { return nil }
        return modality.rawValue
    }

    /// Paths through the same steps are one path, whatever facts back them.
    package static func pathKey(_ path: [QueryValue.Hop]) -> String {
        path.map { "\($0.subject)|\($0.predicate)|\($0.object)" }.joined(separator: ";")
    }

    /// Rows in the ORDER BY of a variable-length MATCH, stably (rows that tie keep the search's
    /// order): text by text, a path by its length and then its text.
    package static func sorted(_ rows: [[QueryValue]], by order: [WalkOrder]) -> [[QueryValue]] {
        guard !order.isEmpty else { return rows }
        func key(_ value: QueryValue) -> (Int, String) {
            if case .path(let hops) = value { return (hops.count, value.description) }
            return (0, value.description)
        }
        return rows.enumerated().sorted { left, right in
            for term in order {
                let (a, b) = (key(left.element[term.column]), key(right.element[term.column]))
                if a == b { continue }
                return term.descending ? a > b : a < b
            }
            return left.offset < right.offset
        }.map(\.element)
    }

    /// A shortest path as the plan's output columns: the path, its length, its ends' names.
    package static func row(_ path: [QueryValue.Hop], _ plan: ShortestPathPlan) -> [QueryValue] {
        plan.outputs.map { output in
            switch output {
            case .path: .path(path)
            case .length: .integer(Int64(path.count))
            case .start: .string(plan.endNames.first ?? "")
            case .end: .string(plan.endNames.last ?? "")
            }
        }
    }
}
