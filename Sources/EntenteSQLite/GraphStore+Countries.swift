public import EntenteStore
import GRDB

// MARK: - Reads: the country a person belongs to

extension GraphStore {
    /// The country (ISO 3166 alpha-3) of each person among `ids` who has one: the state most of
    /// their `member_of` and `leader_of` facts name, else the state their CAMEO code starts with
    /// (`RUSGOV` → RUS). People with neither, and entities that are no person, are left out.
    ///
    /// For example, Vladimir Putin (`RUSGOV`) belongs to RUS, so `export dot --clusters` draws
    /// him in Russia's box.
    public func countries(ofPeople ids: Set<Int64>) throws(StoreError) -> [Int64: String] {
        guard !ids.isEmpty else { return [:] }
        let list = "[" + ids.sorted().map(String.init).joined(separator: ",") + "]"
        return try read { db in
            var countries: [Int64: String] = [:]
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT e.id, coalesce(
                        (SELECT o.iso3 FROM fact AS f JOIN entity AS o ON o.id = f.object_id
                         WHERE f.subject_id = e.id AND f.predicate IN ('member_of', 'leader_of') AND f.negated = 0
                           AND o.type IN ('state', 'country') AND o.iso3 IS NOT NULL
                         GROUP BY o.iso3 ORDER BY count(*) DESC, o.iso3 LIMIT 1),
                        (SELECT s.iso3 FROM entity AS s
                         WHERE e.cameo IS NOT NULL AND length(e.cameo) >= 3 AND s.iso3 = substr(e.cameo, 1, 3)
                           AND s.type IN ('state', 'country') LIMIT 1))
                    FROM entity AS e
                    WHERE e.type = 'person' AND e.id IN (SELECT value FROM json_each(?))
                    """,
                arguments: [list])
            for row in rows {
                if let iso3: String = row[1] { countries[row[0]] = iso3 }
            }
            return countries
        }
    }
}
