public import EntenteModel
public import EntenteStore
import EntenteQuery

// MARK: - Reads: entities

extension PostgresGraphStore {
    /// The columns of an `EntityRow`, each entity's facts counted and its aliases joined.
    static let entitySelection = """
        SELECT e.id, e.kind, e.type, e.name, e.iso3, e.cameo, e.latitude, e.longitude,
               (SELECT count(*) FROM fact WHERE subject_id = e.id) +
               (SELECT count(*) FROM fact WHERE object_id = e.id) -
               (SELECT count(*) FROM fact WHERE subject_id = e.id AND object_id = e.id) AS fact_count,
               (SELECT string_agg(text, chr(31)) FROM alias WHERE entity_id = e.id) AS aliases
        FROM entity AS e
        """

    static func entityRow(_ row: [QueryValue]) -> EntityRow {
        EntityRow(
            id: row.int(0), kind: EntityKind(rawValue: row.string(1)) ?? .actor, type: row.string(2), name: row.string(3),
            iso3: row.optionalString(4), cameo: row.optionalString(5), latitude: row.optionalDouble(6), longitude: row.optionalDouble(7),
            factCount: row.count(8), aliases: row.string(9).split(separator: "\u{1F}").map(String.init).sorted())
    }

    /// Entities, most connected first, of one kind and matching a search text, if given.
    public func entities(kind: EntityKind? = nil, search: String? = nil, limit: Int? = nil) throws(StoreError) -> [EntityRow] {
        var statement = PostgresStatement(Self.entitySelection + " WHERE true")
        if let kind { statement.append(" AND e.kind = \(statement.bind(.init(kind.rawValue)))") }
        if let search {
            let key = NameKey(search).rawValue
            // A prefix of a whole name, or of any later word of it.
            let (from, to, word) = (statement.bind(.init(key)), statement.bind(.init(key + "\u{10FFFF}")), statement.bind(.init(" " + key)))
            statement.append(" AND e.id IN (SELECT entity_id FROM alias WHERE (key >= \(from) AND key < \(to)) OR strpos(key, \(word)) > 0)")
        }
        statement.append(" ORDER BY fact_count DESC, e.name, e.kind")
        if let limit { statement.append(" LIMIT \(statement.bind(.init(limit)))") }
        return try read(statement).map(Self.entityRow)
    }

    /// The entities a selector can mean, the canonical holders of the name first.
    public func candidates(for selector: EntitySelector) throws(StoreError) -> [EntityRow] {
        var statement = PostgresStatement(Self.entitySelection)
        switch selector {
        case .name(let name):
            let key = statement.bind(.init(NameKey(name).rawValue))
            statement.append(" WHERE e.id IN (SELECT entity_id FROM alias WHERE key = \(key)) ORDER BY (e.name_key = \(key)) DESC, fact_count DESC, e.name, e.id")
        case .kind(let kind, let name):
            let (kindValue, key) = (statement.bind(.init(kind.rawValue)), statement.bind(.init(NameKey(name).rawValue)))
            statement.append(
                " WHERE e.kind = \(kindValue) AND e.id IN (SELECT entity_id FROM alias WHERE key = \(key)) ORDER BY (e.name_key = \(key)) DESC, fact_count DESC, e.name, e.id")
        case .code(let code):
            // A person's CAMEO code is a role, not the person.
            let value = statement.bind(.init(code))
            statement.append(" WHERE (e.iso3 = \(value) OR e.cameo = \(value)) AND e.type <> 'person' ORDER BY fact_count DESC, e.name, e.id")
        case .id(let id):
            statement.append(" WHERE e.id = \(statement.bind(.init(id)))")
        }
        return try read(statement).map(Self.entityRow)
    }

    /// Up to three canonical names whose aliases are closest to `key`.
    public func suggestions(for key: String) throws(StoreError) -> [String] {
        let names = try read(PostgresStatement("SELECT a.key, e.name FROM alias AS a JOIN entity AS e ON e.id = a.entity_id"))
        return NameSuggestions.closest(to: key, among: names.map { ($0.string(0), $0.string(1)) })
    }

    /// Every predicate of the `predicate` table.
    public func predicateNames() throws(StoreError) -> Set<String> {
        Set(try read(PostgresStatement("SELECT name FROM predicate")).map { $0.string(0) })
    }

    /// The entities whose canonical name is one of `names`.
    public func references(named names: Set<String>) throws(StoreError) -> [EntityReference] {
        var statement = PostgresStatement()
        statement.append("SELECT id, name, kind, type, iso3 FROM entity WHERE name = ANY(\(statement.bind(.init(texts: names.sorted())))) ORDER BY name, id")
        return try read(statement).map { row in
            EntityReference(id: row.int(0), name: row.string(1), kind: EntityKind(rawValue: row.string(2)) ?? .actor, type: row.string(3), iso3: row.optionalString(4))
        }
    }

    /// Pairs of entities that are likely one, by SQLite's rules (`DuplicateCandidate.ranked`).
    public func duplicates(limit: Int? = nil) throws(StoreError) -> [DuplicateCandidate] {
        var rows: [Int64: EntityRow] = [:]
        for row in try read(PostgresStatement(Self.entitySelection)) {
            let entity = Self.entityRow(row)
            rows[entity.id] = entity
        }
        var pairs: [DuplicateCandidate.Pair] = []
        for row in try read(PostgresStatement("SELECT a.id, b.id, a.name FROM entity AS a JOIN entity AS b ON b.name_key = a.name_key AND b.id > a.id ORDER BY a.id, b.id")) {
            pairs.append(.init(first: row.int(0), second: row.int(1), reason: .sameName, detail: row.string(2)))
        }
        for row in try read(PostgresStatement(
            """
            SELECT a.id, b.id, al.text FROM entity AS a
            JOIN alias AS al ON al.key = a.name_key AND al.entity_id <> a.id
            JOIN entity AS b ON b.id = al.entity_id
            WHERE b.name_key <> a.name_key
              AND NOT ((a.kind = 'place') <> (b.kind = 'place')
                       AND ((a.kind = 'place' AND a.type <> 'country') OR (b.kind = 'place' AND b.type <> 'country')))
            ORDER BY a.id, al.key, b.id
            """))
        {
            pairs.append(.init(first: row.int(0), second: row.int(1), reason: .aliasOverlap, detail: row.string(2)))
        }
        return DuplicateCandidate.ranked(rows, pairs: pairs, limit: limit)
    }

    /// The country of each person among `ids` who has one (see SQLite's `countries(ofPeople:)`).
    public func countries(ofPeople ids: Set<Int64>) throws(StoreError) -> [Int64: String] {
        guard !ids.isEmpty else { return [:] }
        var statement = PostgresStatement()
        let list = statement.bind(.init("{" + ids.sorted().map(String.init).joined(separator: ",") + "}"))
        statement.append(
            """
            SELECT e.id, coalesce(
                (SELECT o.iso3 FROM fact AS f JOIN entity AS o ON o.id = f.object_id
                 WHERE f.subject_id = e.id AND f.predicate IN ('member_of', 'leader_of') AND f.negated = 0
                   AND o.type IN ('state', 'country') AND o.iso3 IS NOT NULL
                 GROUP BY o.iso3 ORDER BY count(*) DESC, o.iso3 LIMIT 1),
                (SELECT s.iso3 FROM entity AS s
                 WHERE e.cameo IS NOT NULL AND length(e.cameo) >= 3 AND s.iso3 = substr(e.cameo, 1, 3)
                   AND s.type IN ('state', 'country') LIMIT 1))
            FROM entity AS e
            WHERE e.type = 'person' AND e.id = ANY(\(list)::bigint[])
            """)
        var countries: [Int64: String] = [:]
        for row in try read(statement) {
            if let iso3 = row.optionalString(1) { countries[row.int(0)] = iso3 }
        }
        return countries
    }

    /// The rows of a read; a failure as the store's error.
    func read(_ statement: PostgresStatement) throws(StoreError) -> [[QueryValue]] {
        do {
            return try session.rows(statement.text, statement.arguments)
        } catch {
            throw StoreError.postgres(error, at: session.location)
        }
    }
}
