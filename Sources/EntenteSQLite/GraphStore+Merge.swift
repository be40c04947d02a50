public import EntenteStore
import EntenteModel
import Foundation
import GRDB

// MARK: - Writes: merging two entities into one


extension GraphStore {
    /// Merges the entity `merged` into `kept`, in one transaction: every fact naming `merged` (as
    /// subject, object, speaker or place) names `kept` instead, `kept` takes its aliases and
    /// the codes it lacked, `merged` is deleted, and the merge is recorded (`entity_merge`), so a
    /// later import naming `merged` again (by its kind and name) stores into `kept`.
    ///
    /// For example, after `merge(frants, into: franz)` the facts of "Frants Klintsevich" are
    /// Franz Klintsevich's, and re-importing the rows that named Frants adds nothing new.
    ///
    /// - Throws: ``StoreError``; the database is then exactly as before.
    public func merge(_ merged: EntityRow, into kept: EntityRow) throws(StoreError) -> MergeOutcome {
        guard merged.id != kept.id else { throw .mergeIntoItself(kept) }
        // Facts already in an adjacency index change ends: the next search rebuilds it.
        defer { adjacency?.invalidate() }
        do {
            return try database.write { db in
                guard try Bool.fetchOne(db, sql: "SELECT 1 FROM entity WHERE id = ?", arguments: [merged.id]) == true,
                      try Bool.fetchOne(db, sql: "SELECT 1 FROM entity WHERE id = ?", arguments: [kept.id]) == true
                else {
                    throw StoreError.invalidMerge("'\(merged.name)' or '\(kept.name)' is no longer stored; nothing was changed")
                }
                let factsMoved = try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM fact WHERE ? IN (subject_id, object_id, speaker_id, place_id)",
                    arguments: [merged.id])!
                for column in ["subject_id", "object_id", "speaker_id", "place_id"] {
                    // The column names come from the fixed list above, never from input.
                    try db.execute(sql: "UPDATE fact SET \(column) = ? WHERE \(column) = ?", arguments: [kept.id, merged.id])
                }
                let aliasesBefore = try Int.fetchOne(db, sql: "SELECT count(*) FROM alias WHERE entity_id = ?", arguments: [kept.id])!
                try db.execute(
                    sql: """
                        INSERT INTO alias (key, entity_id, text)
                        SELECT key, ?, text FROM alias WHERE entity_id = ?
                        ON CONFLICT DO NOTHING
                        """,
                    arguments: [kept.id, merged.id])
                try db.execute(
                    sql: """
                        UPDATE entity SET iso3 = coalesce(iso3, ?), cameo = coalesce(cameo, ?),
                            latitude = coalesce(latitude, ?), longitude = coalesce(longitude, ?)
                        WHERE id = ?
                        """,
                    arguments: [merged.iso3, merged.cameo, merged.latitude, merged.longitude, kept.id])
                let aliasesAdded = try Int.fetchOne(db, sql: "SELECT count(*) FROM alias WHERE entity_id = ?", arguments: [kept.id])! - aliasesBefore
                let mergedAt = ISO8601DateFormatter().string(from: Date())
                // Earlier merges into the merged entity now lead to the kept one.
                try db.execute(sql: "UPDATE entity_merge SET entity_id = ? WHERE entity_id = ?", arguments: [kept.id, merged.id])
                let mergedKey = try String.fetchOne(db, sql: "SELECT name_key FROM entity WHERE id = ?", arguments: [merged.id])!
                try db.execute(
                    sql: """
                        INSERT INTO entity_merge (kind, name_key, name, entity_id, merged_at) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (kind, name_key) DO UPDATE SET entity_id = excluded.entity_id, merged_at = excluded.merged_at
                        """,
                    arguments: [merged.kind.rawValue, mergedKey, merged.name, kept.id, mergedAt])
                try db.execute(sql: "DELETE FROM entity WHERE id = ?", arguments: [merged.id])
                let row = try Row.fetchOne(db, sql: EntityRow.selection + " WHERE e.id = ?", arguments: [kept.id])!
                return MergeOutcome(kept: EntityRow(row: row), merged: merged, factsMoved: factsMoved, aliasesAdded: aliasesAdded)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(translating: error, path: path)
        }
    }
}
