import EntenteStore
import GRDB
import GRDBSQLite

/// The INSERT of coded events' facts, prepared once per batch for ``rowsPerStatement`` rows at a
/// time, the values bound straight through SQLite's C API.
///
/// One statement of many rows instead of one per row: what SQLite does once per execution (a
/// step, a reset, the set-up of the CHECK constraints' `IN (…)` lists) is done once for 128 rows,
/// and no value is boxed on its way to SQLite. The values are still bound arguments, never SQL
/// text; an event whose id is stored already is skipped by `ON CONFLICT`, so a file imported twice
/// stores its events once. The rows that do not fill a statement of 128 go one by one.
struct CodedFactInsert {
    static let rowsPerStatement = 128
    /// Bound values per row.
    static let valuesPerRow = 20

    static func sql(rows: Int) -> String {
        let row = "(?, ?, ?, ?, ?, ?, 'coded', 'reported', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        return """
            INSERT INTO fact (subject_id, predicate, object_id, date_start, date_end, date_precision, date_reason,
                              modality, role, confidence, event_code, goldstein, article_id, sentence_index,
                              evidence, recorded_at, external_id, place_id, num_mentions, num_sources, num_articles,
                              object_role)
            VALUES \(Array(repeating: row, count: rows).joined(separator: ", "))
            ON CONFLICT (external_id) WHERE external_id IS NOT NULL DO NOTHING
            """
    }

    /// The ids a row's slots stand for.
    struct IDs {
        var subject: Int64
        var object: Int64
        var place: Int64?
        var article: Int64
    }

    let db: Database
    let recordedAt: String
    private var many: Statement?
    private var one: Statement?

    init(db: Database, recordedAt: String) {
        self.db = db
        self.recordedAt = recordedAt
    }

    /// Inserts the rows, `ids(index)` giving each one's entity and article ids and `predicates`
    /// the predicate names by slot.
    ///
    /// - Returns: how many were stored (the others' ids were stored already).
    mutating func insert(_ rows: [EventBatch.Row], predicates: [String], ids: (Int) -> IDs) throws -> Int {
        var stored = 0
        var start = 0
        while start < rows.count {
            let count = rows.count - start >= Self.rowsPerStatement ? Self.rowsPerStatement : 1
            let statement: Statement
            if count == 1 {
                if one == nil { one = try db.makeStatement(sql: Self.sql(rows: 1)) }
                statement = one!
            } else {
                if many == nil { many = try db.makeStatement(sql: Self.sql(rows: Self.rowsPerStatement)) }
                statement = many!
            }
            let handle = statement.sqliteStatement
            sqlite3_reset(handle)
            for offset in 0..<count {
                let index = start + offset
                bind(rows[index], ids: ids(index), predicate: predicates[rows[index].predicate], to: handle, at: Int32(offset * Self.valuesPerRow))
            }
            try step(statement)
            stored += db.changesCount
            start += count
        }
        return stored
    }

    private func bind(_ row: EventBatch.Row, ids: IDs, predicate: String, to handle: SQLiteStatement, at base: Int32) {
        sqlite3_bind_int64(handle, base + 1, ids.subject)
        bindText(predicate, handle, base + 2)
        sqlite3_bind_int64(handle, base + 3, ids.object)
        bindText(row.dateStart, handle, base + 4)
        bindText(row.dateEnd, handle, base + 5)
        bindText(row.datePrecision, handle, base + 6)
        bindText(row.role, handle, base + 7)
        sqlite3_bind_double(handle, base + 8, row.confidence)
        bindText(row.eventCode, handle, base + 9)
        bindDouble(row.goldstein, handle, base + 10)
        sqlite3_bind_int64(handle, base + 11, ids.article)
        bindInteger(row.sentenceIndex.map(Int64.init), handle, base + 12)
        bindText(row.evidence, handle, base + 13)
        bindText(recordedAt, handle, base + 14)
        bindText(row.externalID, handle, base + 15)
        bindInteger(ids.place, handle, base + 16)
        bindInteger(row.mentions.map(Int64.init), handle, base + 17)
        bindInteger(row.sources.map(Int64.init), handle, base + 18)
        bindInteger(row.articles.map(Int64.init), handle, base + 19)
        bindText(row.objectRole, handle, base + 20)
    }

    /// Runs the statement to its end; an SQLite error becomes GRDB's `DatabaseError`, as any
    /// other statement's would.
    private func step(_ statement: Statement) throws {
        while true {
            switch sqlite3_step(statement.sqliteStatement) {
            case SQLITE_DONE:
                return
            case SQLITE_ROW:
                continue
            case let code:
                let message = db.lastErrorMessage
                sqlite3_reset(statement.sqliteStatement)
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
            }
        }
    }
}

/// SQLite copies a value bound with this destructor before the call returns.
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

private func bindText(_ text: String?, _ handle: SQLiteStatement, _ index: Int32) {
    guard var text else {
        sqlite3_bind_null(handle, index)
        return
    }
    text.withUTF8 { bytes in
        // An empty buffer may have no address, which SQLite would read as NULL rather than ''.
        if let base = bytes.baseAddress {
            _ = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { sqlite3_bind_text(handle, index, $0, Int32(bytes.count), transient) }
        } else {
            sqlite3_bind_text(handle, index, "", 0, transient)
        }
    }
}

private func bindInteger(_ value: Int64?, _ handle: SQLiteStatement, _ index: Int32) {
    if let value { sqlite3_bind_int64(handle, index, value) } else { sqlite3_bind_null(handle, index) }
}

private func bindDouble(_ value: Double?, _ handle: SQLiteStatement, _ index: Int32) {
    if let value { sqlite3_bind_double(handle, index, value) } else { sqlite3_bind_null(handle, index) }
}
