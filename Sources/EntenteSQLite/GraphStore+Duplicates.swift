public import EntenteStore
import EntenteModel
import GRDB

// MARK: - Reads: entities that are likely one


extension GraphStore {
    /// Pairs of entities that are likely one, most connected first: the same folded name of
    /// different kinds, one's name an alias of the other (a place other than a country beside an
    /// actor is left out: `Moscow` the city is not Russia), and actors' name variants
    /// (``nameVariants(_:)``).
    ///
    /// - Complexity: name variants compare the names within each group sharing a first letter.
    public func duplicates(limit: Int? = nil) throws(StoreError) -> [DuplicateCandidate] {
        let (rows, pairs) = try read { db -> ([Int64: EntityRow], [(Int64, Int64, DuplicateCandidate.Reason, String)]) in
            var rows: [Int64: EntityRow] = [:]
            for row in try Row.fetchAll(db, sql: EntityRow.selection) {
                let entity = EntityRow(row: row)
                rows[entity.id] = entity
            }
            var pairs: [(Int64, Int64, DuplicateCandidate.Reason, String)] = []
            for row in try Row.fetchAll(
                db, sql: "SELECT a.id, b.id, a.name FROM entity AS a JOIN entity AS b ON b.name_key = a.name_key AND b.id > a.id")
            {
                pairs.append((row[0], row[1], .sameName, row[2]))
            }
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT a.id, b.id, al.text FROM entity AS a
                    JOIN alias AS al ON al.key = a.name_key AND al.entity_id <> a.id
                    JOIN entity AS b ON b.id = al.entity_id
                    WHERE b.name_key <> a.name_key
                      AND NOT ((a.kind = 'place') <> (b.kind = 'place')
                               AND ((a.kind = 'place' AND a.type <> 'country') OR (b.kind = 'place' AND b.type <> 'country')))
                    """)
            {
                pairs.append((row[0], row[1], .aliasOverlap, row[2]))
            }
            return (rows, pairs)
        }
        var seen = Set<[Int64]>()
        var result: [DuplicateCandidate] = []
        func add(_ a: Int64, _ b: Int64, _ reason: DuplicateCandidate.Reason, _ detail: String) {
            guard let first = rows[a], let second = rows[b], seen.insert([min(a, b), max(a, b)]).inserted else { return }
            let ordered = first.factCount >= second.factCount ? (first, second) : (second, first)
            result.append(DuplicateCandidate(first: ordered.0, second: ordered.1, reason: reason, detail: detail))
        }
        for (a, b, reason, detail) in pairs { add(a, b, reason, detail) }
        for (a, b) in Self.nameVariants(rows.values.filter { $0.kind == .actor && ($0.type == "person" || $0.type == "actor") }) {
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
    static func nameVariants(_ actors: [EntityRow]) -> [(EntityRow, EntityRow)] {
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
