import Foundation
import GRDB

/// Which data an adjacency index was built from, as the database says in one read: the database's
/// identity and fact generation (`fact_generation`, bumped by triggers on every change to a stored
/// fact) and the highest fact id. An index is exact for a database with the same identity and
/// generation; when only the highest id grew, it lacks the facts appended since, which can be read
/// from SQL and added (facts are appended in id order).
struct AdjacencyFingerprint: Sendable, Equatable {
    var identity: UInt64
    var generation: Int64
    var maxFactID: Int64

    /// The database's fingerprint now, read in the caller's transaction.
    static func read(_ db: Database) throws -> AdjacencyFingerprint {
        // One statement, prepared once per connection: every search and timeline reads it, and
        // preparing costs more than the read. A subquery per value always gives one row.
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT (SELECT identity FROM fact_generation WHERE id = 1), (SELECT generation FROM fact_generation WHERE id = 1),
                   (SELECT max(id) FROM fact)
            """))
        guard let row = try rows.next() else { return AdjacencyFingerprint(identity: 0, generation: 0, maxFactID: 0) }
        let bytes = (row[0] as Data?) ?? Data()
        // Eight random bytes, read as one number in a fixed order so the file means the same on any machine.
        let identity = bytes.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        return AdjacencyFingerprint(identity: identity, generation: (row[1] as Int64?) ?? 0, maxFactID: (row[2] as Int64?) ?? 0)
    }

    /// Whether an index built under `self` holds exactly the facts of `database` up to its own
    /// highest id: same database, no stored fact changed since, and no fact newer than the database's.
    func isPrefix(of database: AdjacencyFingerprint) -> Bool {
        identity == database.identity && generation == database.generation && maxFactID <= database.maxFactID
    }
}
