public import EntenteModel
import GRDB

/// A stored entity, with its identity in this database.
public struct EntityRow: Sendable, Hashable, Codable {
    public var id: Int64
    public var kind: EntityKind
    public var type: String
    public var name: String
    public var iso3: String?
    public var cameo: String?
    public var latitude: Double?
    public var longitude: Double?
    /// Facts in which the entity is subject or object.
    public var factCount: Int
    /// Every alias as written, sorted.
    public var aliases: [String]
}

extension EntityRow {
    /// `UN Security Council (organisation, igo, IGOUNO, 106 facts)`: enough to tell entities apart.
    public var describedWithCodes: String {
        let codes = [iso3, cameo].compactMap { $0 }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let facts = factCount == 1 ? "1 fact" : "\(factCount) facts"
        return "\(name) (" + ([kind.rawValue, type] + codes + [facts]).joined(separator: ", ") + ")"
    }

    enum Columns {
        static let id = Column("id")
        static let kind = Column("kind")
    }

    /// Decodes a row of `EntityRow.selection`; aliases arrive as one string
    /// joined by the unit separator, which no name contains.
    init(row: Row) {
        let aliasList: String? = row["aliases"]
        self.init(
            id: row["id"], kind: EntityKind(rawValue: row["kind"]) ?? .actor, type: row["type"], name: row["name"],
            iso3: row["iso3"], cameo: row["cameo"], latitude: row["latitude"], longitude: row["longitude"],
            factCount: row["fact_count"],
            aliases: (aliasList ?? "").split(separator: "\u{1F}").map(String.init).sorted())
    }

    static let selection = """
        SELECT e.id, e.kind, e.type, e.name, e.iso3, e.cameo, e.latitude, e.longitude,
               (SELECT count(*) FROM fact WHERE subject_id = e.id) +
               (SELECT count(*) FROM fact WHERE object_id = e.id AND subject_id <> e.id) AS fact_count,
               (SELECT group_concat(text, char(31)) FROM alias WHERE entity_id = e.id) AS aliases
        FROM entity AS e
        """
}
