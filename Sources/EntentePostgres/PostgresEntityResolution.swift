import EntenteModel
import EntenteStore

/// Finds or creates entities on the server in one round trip, by `entente_resolve_entities`
/// (migration 0003): SQLite's rules for which stored entity a name denotes, applied to each
/// entity in the order given, so an entity created for one is found by those after it.
enum PostgresEntityResolution {
    /// The id of each entity, in order, and whether this call created it.
    ///
    /// - Throws: `StoreError.invalidFact` for an entity with an empty name, before anything is sent.
    static func resolve(_ entities: [Entity], in session: PostgresSession) throws -> [(id: Int64, created: Bool)] {
        guard !entities.isEmpty else { return [] }
        var columns = Columns(capacity: entities.count)
        for entity in entities { try columns.add(entity) }
        let rows = try session.rows(
            """
            SELECT resolved_id, created FROM entente_resolve_entities(
                $1, $2, $3, $4, $5, $6, $7, $8, $9::integer[], $10::integer[], $11, $12)
            """,
            [
                .init(texts: columns.kinds), .init(texts: columns.types), .init(texts: columns.names), .init(texts: columns.keys),
                .init(texts: columns.iso3s), .init(texts: columns.cameos), .init(texts: columns.latitudes), .init(texts: columns.longitudes),
                .init(integers: columns.aliasFirst), .init(integers: columns.aliasCount), .init(texts: columns.aliasKeys),
                .init(texts: columns.aliasTexts),
            ])
        guard rows.count == entities.count else {
            throw StoreError(.server, "\(session.location): \(entities.count) entities sent, \(rows.count) resolved")
        }
        return rows.map { (id: $0.int(0), created: $0.int(1) != 0) }
    }

    /// The function's arguments: one array per column, '' for an absent code or coordinate (no
    /// stored code or number is empty), and each entity's aliases as a run of the alias arrays.
    private struct Columns {
        var kinds: [String] = [], types: [String] = [], names: [String] = [], keys: [String] = []
        var iso3s: [String] = [], cameos: [String] = [], latitudes: [String] = [], longitudes: [String] = []
        var aliasFirst: [Int64] = [], aliasCount: [Int64] = [], aliasKeys: [String] = [], aliasTexts: [String] = []

        init(capacity: Int) {
            kinds.reserveCapacity(capacity)
            keys.reserveCapacity(capacity)
        }

        mutating func add(_ entity: Entity) throws {
            let key = entity.key
            guard !key.isEmpty else { throw StoreError.invalidFact("an entity has an empty name") }
            kinds.append(entity.kind.rawValue)
            types.append(entity.type)
            names.append(entity.name)
            keys.append(key.rawValue)
            iso3s.append(entity.iso3 ?? "")
            cameos.append(entity.cameo ?? "")
            // Swift's shortest text of a double, which PostgreSQL reads back to the same double.
            latitudes.append(entity.coordinates.map { String($0.latitude) } ?? "")
            longitudes.append(entity.coordinates.map { String($0.longitude) } ?? "")
            // A person's CAMEO code (TURGOV) describes a role, not the person, so it is no alias.
            let codes = [entity.iso3, entity.type == "person" ? nil : entity.cameo].compactMap { $0 }
            aliasFirst.append(Int64(aliasKeys.count + 1))
            for name in [entity.name] + entity.aliases + codes {
                let aliasKey = NameKey(name)
                guard !aliasKey.isEmpty else { continue }
                aliasKeys.append(aliasKey.rawValue)
                aliasTexts.append(name)
            }
            aliasCount.append(Int64(aliasKeys.count) + 1 - aliasFirst[aliasFirst.count - 1])
        }
    }
}
