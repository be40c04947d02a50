public import EntenteStore
public import EntenteModel
public import EntenteQuery
import GRDB

// MARK: - Reads: entities

extension GraphStore {
    /// Entities, most connected first, optionally of one kind and matching a
    /// search text (a folded prefix of any word of a name or alias, or a code).
    public func entities(kind: EntityKind? = nil, search: String? = nil, limit: Int? = nil)
        throws(StoreError) -> [EntityRow]
    {
        var sql = EntityRow.selection + " WHERE 1"
        var arguments: StatementArguments = []
        if let kind {
            sql += " AND e.kind = ?"
            arguments += [kind.rawValue]
        }
        if let search {
            let key = NameKey(search).rawValue
            // A prefix of a whole name (a range on the alias primary key), or of any later word
            // of it: `putin` finds Vladimir Putin, `tayyip` Recep Tayyip Erdogan.
            sql += " AND e.id IN (SELECT entity_id FROM alias WHERE (key >= ? AND key < ?) OR instr(key, ?) > 0)"
            arguments += [key, key + "\u{10FFFF}", " " + key]
        }
        sql += " ORDER BY fact_count DESC, e.name, e.kind"
        if let limit {
            sql += " LIMIT ?"
            arguments += [limit]
        }
        let (finalSQL, finalArguments) = (sql, arguments)
        return try read { db in try Row.fetchAll(db, sql: finalSQL, arguments: finalArguments).map(EntityRow.init(row:)) }
    }

    /// The entities a selector can mean, the canonical holders of the name first.
    public func candidates(for selector: EntitySelector) throws(StoreError) -> [EntityRow] {
        let (condition, arguments) = Self.condition(for: selector)
        let key = selector.name.map { NameKey($0).rawValue }
        // The canonical holders of the name first (`name_key = ?`, bound only for a name).
        let order = key == nil ? "ORDER BY fact_count DESC, e.name, e.id" : "ORDER BY (e.name_key = ?) DESC, fact_count DESC, e.name, e.id"
        let sql = EntityRow.selection + " WHERE " + condition + " " + order
        let all = key.map { arguments + [$0] } ?? arguments
        return try read { db in try Row.fetchAll(db, sql: sql, arguments: all).map(EntityRow.init(row:)) }
    }

    /// The planner's candidates: the same entities as ``candidates(for:)``, without counting
    /// their facts (three index ranges as long as the entity's facts, which for a hub of a large
    /// graph cost more than the query that names it) or gathering their aliases.
    public func resolvedCandidates(for selector: EntitySelector) throws(StoreError) -> [ResolvedEntity] {
        try readStatement { db in try Self.resolvedCandidates(for: selector, db) }
    }

    /// ``resolvedCandidates(for:)`` of each selector: plain names (what a query writes) in one
    /// statement, so a query naming two entities costs one read, not two.
    public func resolvedCandidates(forEach selectors: [EntitySelector]) throws(StoreError) -> [[ResolvedEntity]] {
        guard !selectors.isEmpty else { return [] }
        return try readStatement { db in try Self.resolvedCandidates(forEach: selectors, db) }
    }

    /// ``resolvedCandidates(for:)``, read on `db` (in its transaction, if it is in one).
    static func resolvedCandidates(for selector: EntitySelector, _ db: Database) throws -> [ResolvedEntity] {
        let (sql, arguments) = Self.resolution(of: selector)
        var found: [ResolvedEntity] = []
        let rows = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: arguments)
        while let row = try rows.next() { found.append(ResolvedEntity(id: row[0], name: row[1], kind: row[2], type: row[3])) }
        return found
    }

    /// ``resolvedCandidates(forEach:)``, read on `db` (in its transaction, if it is in one).
    static func resolvedCandidates(forEach selectors: [EntitySelector], _ db: Database) throws -> [[ResolvedEntity]] {
        var keys: [String] = []
        for selector in selectors {
            guard case .name(let name) = selector else { return try selectors.map { try resolvedCandidates(for: $0, db) } }
            keys.append(NameKey(name).rawValue)
        }
        guard !keys.isEmpty else { return [] }
        let sql = keys.count < Self.resolutionsOfNames.count ? Self.resolutionsOfNames[keys.count] : Self.resolution(ofNames: keys.count)
        var found = [[ResolvedEntity]](repeating: [], count: keys.count)
        let rows = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: StatementArguments(boundValues: keys.map(\.databaseValue)))
        while let row = try rows.next() { found[row[0]].append(ResolvedEntity(id: row[1], name: row[2], kind: row[3], type: row[4])) }
        // By id, as a single name's statement orders them.
        return found.map { $0.sorted { $0.id < $1.id } }
    }

    /// The statement that reads the entities of `count` names, each row numbered by its name:
    /// one branch per name, each the statement of a single name (an IN list would be built into
    /// a temporary table first, and an ORDER BY sort each branch in another).
    private static func resolution(ofNames count: Int) -> String {
        (0..<count).map { number in
            "SELECT \(number), e.id, e.name, e.kind, e.type FROM alias AS a JOIN entity AS e ON e.id = a.entity_id WHERE a.key = ?"
        }.joined(separator: " UNION ALL ")
    }

    /// The statements for the few names a query writes, written once.
    private static let resolutionsOfNames = (0..<5).map(resolution(ofNames:))

    /// The statement that reads the entities a selector means, by id, and its arguments.
    private static func resolution(of selector: EntitySelector) -> (String, StatementArguments) {
        if case .name(let name) = selector { return (resolutionByName, [NameKey(name).rawValue]) }
        let (condition, arguments) = Self.condition(for: selector)
        return ("SELECT e.id, e.name, e.kind, e.type FROM entity AS e WHERE " + condition + " ORDER BY e.id", arguments)
    }

    /// A name's entities: its aliases come in entity order (the key's range of the alias
    /// primary key), so the join needs neither a list built from a subquery nor a sort.
    private static let resolutionByName = """
        SELECT e.id, e.name, e.kind, e.type FROM alias AS a JOIN entity AS e ON e.id = a.entity_id WHERE a.key = ? ORDER BY a.entity_id
        """

    /// Which entities (alias `e`) a selector means, as a condition and its arguments.
    private static func condition(for selector: EntitySelector) -> (String, StatementArguments) {
        switch selector {
        case .name(let name):
            return ("e.id IN (SELECT entity_id FROM alias WHERE key = ?)", [NameKey(name).rawValue])
        case .kind(let kind, let name):
            return ("e.kind = ? AND e.id IN (SELECT entity_id FROM alias WHERE key = ?)", [kind.rawValue, NameKey(name).rawValue])
        case .code(let code):
            // A person's CAMEO code (IGONAT for NATO's secretary general) is a role, not the person.
            return ("(e.iso3 = ? OR e.cameo = ?) AND e.type <> 'person'", [code, code])
        case .id(let id):
            return ("e.id = ?", [id])
        }
    }

    /// Up to three canonical names whose aliases are closest to `key`.
    public func suggestions(for key: String) throws(StoreError) -> [String] {
        try read { db in try Self.suggestions(for: key, db) }
    }

    /// ``suggestions(for:)``, read on `db`.
    static func suggestions(for key: String, _ db: Database) throws -> [String] {
        let names = try Row.fetchAll(db, sql: "SELECT a.key, e.name FROM alias AS a JOIN entity AS e ON e.id = a.entity_id")
        return NameSuggestions.closest(to: key, among: names.map { ($0[0], $0[1]) })
    }

    /// Every predicate of the `predicate` table: the vocabulary stored, and any a fact added.
    public func predicateNames() throws(StoreError) -> Set<String> {
        try read { db in try Self.predicateNames(db) }
    }

    /// ``predicateNames()``, read on `db`.
    static func predicateNames(_ db: Database) throws -> Set<String> {
        try String.fetchSet(db.cachedStatement(sql: "SELECT name FROM predicate"))
    }

    func read<T>(_ body: @Sendable (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try database.read(body)
        } catch {
            throw StoreError(translating: error, path: path)
        }
    }

    /// A read transaction whose BEGIN and COMMIT are prepared once per connection: GRDB's `read`
    /// prepares both anew for every read (and on a writable connection turns `query_only` on and
    /// off around it), which cost a shortest path a seventh of its time.
    func readTransaction<T>(_ body: (Database) throws -> T) throws -> T {
        try database.unsafeRead { db in
            try db.cachedStatement(sql: "BEGIN DEFERRED TRANSACTION").execute()
            do {
                let result = try body(db)
                try db.cachedStatement(sql: "COMMIT TRANSACTION").execute()
                return result
            } catch {
                // An interrupted statement may have ended the transaction already.
                if db.isInsideTransaction { try? db.cachedStatement(sql: "ROLLBACK TRANSACTION").execute() }
                throw error
            }
        }
    }

    /// A read of one statement, which SQLite keeps consistent by itself, without a transaction
    /// around it: `read` runs BEGIN and COMMIT, each prepared anew (and on a writable connection
    /// turns `query_only` on and off), which costs a single short read more than the read itself.
    func readStatement<T>(_ body: @Sendable (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try database.unsafeRead(body)
        } catch {
            throw StoreError(translating: error, path: path)
        }
    }
}
