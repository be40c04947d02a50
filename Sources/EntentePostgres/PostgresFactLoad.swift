import EntenteQuery
import Foundation
import NIOCore

/// How a batch's fact rows, their entities and articles already resolved to ids, reach the fact
/// table inside the batch's transaction. Either way an event id is stored once: its first row in
/// the batch is stored only if this transaction claims the id in `event_id` (`INSERT … ON
/// CONFLICT DO NOTHING` on its primary key), and a second importer of the same id waits on the
/// first's uncommitted claim, then skips it. Ids are claimed in their sorted order, the same for
/// every importer, so two never wait for each other's claims (a deadlock); fact ids follow the file.
package enum PostgresFactLoad: Sendable {
    /// The ids claimed first, in one statement that also draws a fact id for each claimed row;
    /// then only the claimed rows copied straight into the fact table: each year's rows into its
    /// own partition (`byPartition`, no routing), or all of them into the partitioned table.
    case claimThenCopy(byPartition: Bool)
    /// The way before issue 16's second round, kept as the benchmark's baseline: every row copied
    /// into a temporary staging table, then claimed and inserted by one `INSERT … SELECT`.
    case staged

    /// The load `PostgresEventWriter` uses.
    package static let standard = PostgresFactLoad.claimThenCopy(byPartition: true)

    /// One fact row of a batch: its partition's year, its event id, and the values of
    /// `PostgresEventWriter.rowColumns` as COPY's text takes them.
    struct Row {
        var year: Int
        var externalID: String
        var fields: [String?]
    }

    /// Time spent in each step, for the benchmark.
    package struct Seconds: Sendable {
        /// Claiming the ids.
        package var claim = 0.0
        /// Copying the claimed rows into the fact table (the staged load: its COPY into staging,
        /// claim and INSERT together).
        package var copy = 0.0
        /// A bulk batch's rebuild of the indexes and keys (`PostgresEventWriter.loadsInBulk`).
        package var rebuild = 0.0

        package var total: Double { claim + copy + rebuild }
    }

    /// Stores the rows not stored before; returns how many it stored.
    func store(_ rows: [Row], recordedAt: String, in session: PostgresSession, seconds: inout Seconds) throws -> Int {
        switch self {
        case .claimThenCopy(let byPartition):
            try Self.claimThenCopy(rows, byPartition: byPartition, recordedAt: recordedAt, in: session, seconds: &seconds)
        case .staged:
            try Self.timed(&seconds.copy) { try Self.staged(rows, recordedAt: recordedAt, in: session) }
        }
    }

    private static func timed<T>(_ seconds: inout Double, _ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { seconds += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        return try body()
    }

    /// The columns a directly copied row gives: a fact id, the row's values, and the values
    /// every coded event has.
    static let factColumns = ["id"] + PostgresEventWriter.rowColumns + ["date_reason", "modality", "recorded_at"]

    /// The partition holding a year's facts, as `entente_fact_partition` names it (migration 0001):
    /// made of a number, never of a file's text.
    package static func partition(of year: Int) -> String {
        year == 0 ? "fact_undated" : "fact_y" + String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
    }

    private static func claimThenCopy(
        _ rows: [Row], byPartition: Bool, recordedAt: String, in session: PostgresSession, seconds: inout Seconds
    ) throws -> Int {
        // One round trip: the batch's ids go as one array; back come the lines (from 1) of the
        // rows whose ids this transaction claimed, each with a fact id drawn for it.
        let claims = try timed(&seconds.claim) { try session.rows(
            """
            WITH batch AS (
                SELECT external_id, line FROM unnest($1::text[]) WITH ORDINALITY AS b(external_id, line)
            ), first AS (
                SELECT DISTINCT ON (external_id) external_id, line FROM batch ORDER BY external_id, line
            ), claimed AS (
                INSERT INTO event_id (external_id) SELECT external_id FROM first ORDER BY external_id
                ON CONFLICT DO NOTHING RETURNING external_id
            )
            SELECT f.line, nextval('fact_id_seq') FROM first AS f JOIN claimed AS c ON c.external_id = f.external_id
            """,
            [.init(texts: rows.map(\.externalID))]) }
        guard !claims.isEmpty else { return 0 }
        // The drawn ids in ascending order given to the claimed rows in the file's order.
        let lines = claims.map { Int($0.int(0)) - 1 }.sorted()
        let ids = claims.map { $0.int(1) }.sorted()
        var buffers: [Int: ByteBuffer] = [:]
        let constants: [String?] = ["coded", "reported", recordedAt]
        for (line, id) in zip(lines, ids) {
            let row = rows[line]
            let year = byPartition ? row.year : 0
            buffers[year, default: ByteBufferAllocator().buffer(capacity: 64 * 1024)].writeCopyLine([String(id)] + row.fields + constants)
        }
        try timed(&seconds.copy) {
            for year in buffers.keys.sorted() {
                try session.copy(into: byPartition ? partition(of: year) : "fact", columns: factColumns, lines: buffers[year]!)
            }
        }
        return claims.count
    }

    private static func staged(_ rows: [Row], recordedAt: String, in session: PostgresSession) throws -> Int {
        // One per connection, emptied by every commit; its columns take the values as COPY's text gives them.
        try session.execute(
            """
            CREATE TEMPORARY TABLE IF NOT EXISTS entente_fact_staging (
                line bigint GENERATED ALWAYS AS IDENTITY,
                start_year integer, subject_id bigint, predicate text, object_id bigint, date_start text, date_end text,
                date_precision text, role text, confidence double precision, event_code text, goldstein double precision,
                article_id bigint, sentence_index integer, evidence text, external_id text, place_id bigint,
                num_mentions integer, num_sources integer, num_articles integer, object_role text
            ) ON COMMIT DELETE ROWS
            """)
        var lines = ByteBufferAllocator().buffer(capacity: rows.count * 160)
        for row in rows { lines.writeCopyLine(row.fields) }
        try session.copy(into: "entente_fact_staging", columns: PostgresEventWriter.rowColumns, lines: lines)
        return try session.execute(
            """
            WITH first AS (
                SELECT DISTINCT ON (external_id) * FROM entente_fact_staging ORDER BY external_id, line
            ), claimed AS (
                INSERT INTO event_id (external_id) SELECT external_id FROM first ORDER BY external_id
                ON CONFLICT DO NOTHING RETURNING external_id
            )
            INSERT INTO fact (start_year, subject_id, predicate, object_id, date_start, date_end, date_precision, date_reason,
                              modality, role, confidence, event_code, goldstein, article_id, sentence_index, evidence, recorded_at,
                              external_id, place_id, num_mentions, num_sources, num_articles, object_role)
            SELECT f.start_year, f.subject_id, f.predicate, f.object_id, f.date_start, f.date_end, f.date_precision, 'coded',
                   'reported', f.role, f.confidence, f.event_code, f.goldstein, f.article_id, f.sentence_index, f.evidence, $1,
                   f.external_id, f.place_id, f.num_mentions, f.num_sources, f.num_articles, f.object_role
            FROM first AS f JOIN claimed AS c ON c.external_id = f.external_id
            ORDER BY f.line
            """,
            [.init(recordedAt)])
    }
}

extension ByteBuffer {
    /// One line of COPY's text format: tab-separated, `\N` for NULL, backslash escapes.
    mutating func writeCopyLine(_ fields: [String?]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { writeInteger(UInt8(ascii: "\t")) }
            guard let field else {
                writeStaticString("\\N")
                continue
            }
            for byte in field.utf8 {
                switch byte {
                case UInt8(ascii: "\\"): writeStaticString("\\\\")
                case UInt8(ascii: "\t"): writeStaticString("\\t")
                case UInt8(ascii: "\n"): writeStaticString("\\n")
                case UInt8(ascii: "\r"): writeStaticString("\\r")
                default: writeInteger(byte)
                }
            }
        }
        writeInteger(UInt8(ascii: "\n"))
    }
}
