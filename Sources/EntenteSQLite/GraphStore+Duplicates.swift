public import EntenteStore
import EntenteModel
import GRDB

// MARK: - Reads: entities that are likely one


extension GraphStore {
    /// Pairs of entities that are likely one, most connected first: the same folded name of
    /// different kinds, one's name an alias of the other (a place other than a country beside an
    /// actor is left out: `Moscow` the city is not Russia), and actors' name variants
    /// (`DuplicateCandidate.nameVariants`).
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
        return DuplicateCandidate.ranked(
            rows, pairs: pairs.map { DuplicateCandidate.Pair(first: $0.0, second: $0.1, reason: $0.2, detail: $0.3) }, limit: limit)
    }
}
