import EntenteModel
import EntenteStore
import GRDB

extension EntityRow {
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
               (SELECT count(*) FROM fact WHERE object_id = e.id) -
               (SELECT count(*) FROM fact WHERE subject_id = e.id AND object_id = e.id) AS fact_count,
               (SELECT group_concat(text, char(31)) FROM alias WHERE entity_id = e.id) AS aliases
        FROM entity AS e
        """
}
