public import EntenteStore
import EntenteModel
import EntenteQuery
import Foundation

// MARK: - Writes: merging two entities into one

extension PostgresGraphStore {
    /// Merges the entity `merged` into `kept` in one transaction, as SQLite's store does: its
    /// facts, aliases and missing codes move to `kept`, it is deleted, and the merge is recorded.
    public func merge(_ merged: EntityRow, into kept: EntityRow) throws(StoreError) -> MergeOutcome {
        guard merged.id != kept.id else { throw .mergeIntoItself(kept) }
        do {
            return try session.transaction { () throws -> MergeOutcome in
                try PostgresGraphWriter.lockTables(in: session)
                let present = try session.rows("SELECT count(*) FROM entity WHERE id = $1 OR id = $2", [.init(merged.id), .init(kept.id)])[0].count(0)
                guard present == 2 else {
                    throw StoreError.invalidMerge("'\(merged.name)' or '\(kept.name)' is no longer stored; nothing was changed")
                }
                let factsMoved = try session.rows(
                    "SELECT count(*) FROM fact WHERE $1 IN (subject_id, object_id, speaker_id, place_id)", [.init(merged.id)])[0].count(0)
                let ids: [PostgresArgument] = [.init(kept.id), .init(merged.id)]
                try session.execute("UPDATE fact SET subject_id = $1 WHERE subject_id = $2", ids)
                try session.execute("UPDATE fact SET object_id = $1 WHERE object_id = $2", ids)
                try session.execute("UPDATE fact SET speaker_id = $1 WHERE speaker_id = $2", ids)
                try session.execute("UPDATE fact SET place_id = $1 WHERE place_id = $2", ids)
                // The triggers bump the fact generation too, but a graph prepared for Citus has none
                // (scripts/citus-prepare.sql): the kept statistics must not outlive the merge.
                try session.execute("UPDATE fact_generation SET generation = generation + 1 WHERE id = 1")
                let aliasesAdded = try session.execute(
                    "INSERT INTO alias (key, entity_id, text) SELECT key, $1, text FROM alias WHERE entity_id = $2 ON CONFLICT DO NOTHING", ids)
                try session.execute(
                    """
                    UPDATE entity SET iso3 = coalesce(iso3, $1), cameo = coalesce(cameo, $2),
                        latitude = coalesce(latitude, $3), longitude = coalesce(longitude, $4)
                    WHERE id = $5
                    """,
                    [.init(merged.iso3), .init(merged.cameo), .init(merged.latitude), .init(merged.longitude), .init(kept.id)])
                // Earlier merges into the merged entity now lead to the kept one.
                try session.execute("UPDATE entity_merge SET entity_id = $1 WHERE entity_id = $2", ids)
                let mergedKey = try session.rows("SELECT name_key FROM entity WHERE id = $1", [.init(merged.id)])[0].string(0)
                try session.execute(
                    """
                    INSERT INTO entity_merge (kind, name_key, name, entity_id, merged_at) VALUES ($1, $2, $3, $4, $5)
                    ON CONFLICT (kind, name_key) DO UPDATE SET entity_id = excluded.entity_id, merged_at = excluded.merged_at
                    """,
                    [.init(merged.kind.rawValue), .init(mergedKey), .init(merged.name), .init(kept.id), .init(ISO8601DateFormatter().string(from: Date()))])
                try session.execute("DELETE FROM entity WHERE id = $1", [.init(merged.id)])
                let row = try session.rows(Self.entitySelection + " WHERE e.id = $1", [.init(kept.id)])[0]
                return MergeOutcome(kept: Self.entityRow(row), merged: merged, factsMoved: factsMoved, aliasesAdded: aliasesAdded)
            }
        } catch {
            throw StoreError.postgres(error, at: session.location)
        }
    }
}
