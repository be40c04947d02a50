public import EntenteModel

extension DuplicateCandidate {
    /// Two entities a store's read found alike, and why.
    package struct Pair: Sendable {
        package var first: Int64
        package var second: Int64
        package var reason: Reason
        package var detail: String

        package init(first: Int64, second: Int64, reason: Reason, detail: String) {
            self.first = first
            self.second = second
            self.reason = reason
            self.detail = detail
        }
    }

    /// What every store's `duplicates(limit:)` answers from its entities and the pairs its reads
    /// found: each pair once, the more connected entity first, actors' name variants
    /// (``nameVariants(_:)``) added, most connected pairs first.
    package static func ranked(_ rows: [Int64: EntityRow], pairs: [Pair], limit: Int?) -> [DuplicateCandidate] {
        var seen = Set<[Int64]>()
        var result: [DuplicateCandidate] = []
        func add(_ a: Int64, _ b: Int64, _ reason: Reason, _ detail: String) {
            guard let first = rows[a], let second = rows[b], seen.insert([min(a, b), max(a, b)]).inserted else { return }
            let ordered = first.factCount >= second.factCount ? (first, second) : (second, first)
            result.append(DuplicateCandidate(first: ordered.0, second: ordered.1, reason: reason, detail: detail))
        }
        for pair in pairs { add(pair.first, pair.second, pair.reason, pair.detail) }
        let actors = rows.values.filter { $0.kind == .actor && ($0.type == "person" || $0.type == "actor") }.sorted { $0.id < $1.id }
        for (a, b) in nameVariants(actors) {
            add(a.id, b.id, .nameVariant, "\(a.name) / \(b.name)")
        }
        result.sort {
            ($0.first.factCount + $0.second.factCount, $1.first.name) > ($1.first.factCount + $1.second.factCount, $0.first.name)
        }
        return limit.map { Array(result.prefix($0)) } ?? result
    }

    /// Actors' names that are likely one person's: at most two edits apart over the whole folded
    /// name (one for names under fourteen letters), or, where one of them is known to be a person, the
    /// same last word and first words at most two edits apart (middle names ignored:
    /// `Sergey Viktorovich Lavrov` and `Sergei Lavrov`). Names with a parenthesis (ICEWS sectors)
    /// are left out. Names are compared within groups sharing their first letter.
    package static func nameVariants(_ actors: [EntityRow]) -> [(EntityRow, EntityRow)] {
        var byInitial: [Character: [(row: EntityRow, key: String, words: [Substring])]] = [:]
        for actor in actors where !actor.name.contains("(") {
            let key = NameKey(actor.name).rawValue
            let words = key.split(separator: " ")
            guard words.count >= 2, let initial = key.first else { continue }
            byInitial[initial, default: []].append((actor, key, words))
        }
        var pairs: [(EntityRow, EntityRow)] = []
        for group in byInitial.values where group.count > 1 {
            for i in group.indices {
                for j in group.indices where j > i {
                    let (a, b) = (group[i], group[j])
                    let limit = min(a.key.count, b.key.count) < 14 ? 1 : 2
                    if EditDistance.between(a.key, b.key, limit: limit) <= limit {
                        pairs.append((a.row, b.row))
                    } else if a.row.type == "person" || b.row.type == "person", a.words.last == b.words.last,
                        a.words.count != b.words.count || a.words.dropLast() != b.words.dropLast(),
                        EditDistance.between(String(a.words[0]), String(b.words[0]), limit: 2) <= 2
                    {
                        pairs.append((a.row, b.row))
                    }
                }
            }
        }
        return pairs
    }
}
