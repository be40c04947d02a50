public import EntenteStore
import EntenteSchema
import GRDB

extension GraphStore {
    /// Counts of articles, entities, aliases, facts and relations. Those that take a scan of the
    /// facts come from what ``keepStatistics()`` kept when they still describe the facts stored now,
    /// else they are counted.
    public func statistics() throws(StoreError) -> StoreStatistics {
        try read { db in
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
            func grouped(_ sql: String) throws -> [String: Int] {
                Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: sql).map { ($0[0], $0[1]) })
            }
            let facts = try FactStatistics.kept(db) ?? FactStatistics.count(db)
            return StoreStatistics(
                articles: try count("SELECT count(*) FROM article"),
                articlesByOrigin: try grouped("SELECT origin, count(*) FROM article GROUP BY origin"),
                entities: try count("SELECT count(*) FROM entity"),
                entitiesByKind: try grouped("SELECT kind, count(*) FROM entity GROUP BY kind"),
                aliases: try count("SELECT count(*) FROM alias"),
                facts: facts.facts,
                negatedFacts: facts.negated,
                undatedFacts: facts.undated,
                relations: facts.relations,
                factsByClass: facts.byClass,
                predicatesUsed: facts.predicatesUsed,
                firstDate: facts.firstDate,
                lastDate: facts.lastDate,
                schemaVersion: Schema.migrations.last?.identifier ?? "")
        }
    }

    /// Counts the statistics that take a scan of the facts and keeps them in the database, for
    /// ``statistics()`` to read while no fact changes: what a writing command does as it finishes.
    public func keepStatistics() throws(StoreError) {
        do {
            try database.write { db in try FactStatistics.keep(db) }
        } catch {
            throw StoreError(translating: error, path: path)
        }
    }
}
