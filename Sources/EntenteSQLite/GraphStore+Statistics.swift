public import EntenteStore
import EntenteSchema
import GRDB

extension GraphStore {
    /// Counts of articles, entities, aliases, facts and relations.
    public func statistics() throws(StoreError) -> StoreStatistics {
        try read { db in
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
            func grouped(_ sql: String) throws -> [String: Int] {
                Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: sql).map { ($0[0], $0[1]) })
            }
            return StoreStatistics(
                articles: try count("SELECT count(*) FROM article"),
                articlesByOrigin: try grouped("SELECT origin, count(*) FROM article GROUP BY origin"),
                entities: try count("SELECT count(*) FROM entity"),
                entitiesByKind: try grouped("SELECT kind, count(*) FROM entity GROUP BY kind"),
                aliases: try count("SELECT count(*) FROM alias"),
                facts: try count("SELECT count(*) FROM fact"),
                negatedFacts: try count("SELECT count(*) FROM fact WHERE negated"),
                undatedFacts: try count("SELECT count(*) FROM fact WHERE date_start IS NULL"),
                relations: try count("SELECT count(*) FROM relation"),
                factsByClass: try grouped(
                    "SELECT p.class, count(*) FROM fact AS f JOIN predicate AS p ON p.name = f.predicate GROUP BY p.class"),
                predicatesUsed: try count("SELECT count(DISTINCT predicate) FROM fact"),
                firstDate: try String.fetchOne(db, sql: "SELECT min(date_start) FROM fact"),
                lastDate: try String.fetchOne(db, sql: "SELECT max(date_end) FROM fact"),
                schemaVersion: Schema.migrations.last?.identifier ?? "")
        }
    }
}
