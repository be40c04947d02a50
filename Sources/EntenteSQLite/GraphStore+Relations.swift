public import EntenteStore
public import EntenteModel
import EntenteQuery
import Foundation
import GRDB

extension GraphStore {
    /// The relations a selection keeps, sorted by subject, object and predicate.
    ///
    /// - Parameter touching: only facts whose subject or object is one of these entities.
    public func relations(_ selection: RelationSelection, touching: Set<Int64>? = nil) throws(StoreError) -> [RelationSummary] {
        let (sql, arguments) = Self.relationSQL(selection, touching: touching)
        return try read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.summary(row:))
        }.sorted(by: RelationSummary.ordered)
    }

    static func relationSQL(_ selection: RelationSelection, touching: Set<Int64>?) -> (String, StatementArguments) {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        var prefix = ""
        var prefixArguments: StatementArguments = []
        var validityJoin = ""
        var validityColumns = "NULL, NULL"
        if !selection.includeNegated { conditions.append("f.negated = 0") }
        if !selection.includeModal {
            conditions.append("f.modality IN (\(Modality.committed.map { _ in "?" }.joined(separator: ", ")))")
            arguments += StatementArguments(Modality.committed.map(\.rawValue))
        }
        if selection.excludeDomestic { conditions.append("f.subject_id <> f.object_id") }
        if selection.minConfidence > 0 {
            conditions.append("f.confidence >= ?")
            arguments += [selection.minConfidence]
        }
        if let touching {
            let ids = String(data: try! JSONEncoder().encode(touching.sorted()), encoding: .utf8)!
            conditions.append("(f.subject_id IN (SELECT value FROM json_each(?)) OR f.object_id IN (SELECT value FROM json_each(?)))")
            arguments += [ids, ids]
        }
        // Point events dated in `events`; lasting relations whose interval overlaps `states`
        // (see `DateRules.alive`): the open intervals are computed once, then each structural
        // fact must lie in one.
        func alive(events: ClosedRange<CalendarDay>, states: ClosedRange<CalendarDay>) {
            let (fact, validity) = (TableAlias<FactTable>.hop, TableAlias<RelationValidityTable>.validity)
            let intervals = Self.dialect.statement(DateRules.openIntervals(during: states))
            prefix = "WITH alive AS MATERIALIZED (\n    " + intervals.text + ")\n"
            prefixArguments = intervals.databaseArguments(idList: .null)
            validityJoin = "\nLEFT JOIN alive AS v ON " + Self.dialect.statement(DateRules.intervalHoldsFact(fact, validity)).text
            validityColumns = "min(v.valid_from), max(v.valid_to)"
            let condition = Self.dialect.statement(DateRules.aliveThroughIntervals(fact, validity, events: events))
            conditions.append(condition.text)
            arguments += condition.databaseArguments(idList: .null)
        }
        switch selection.time {
        case .always:
            break
        case .overlapping(let since, let until):
            let overlap = DateOverlap(since: since, until: until)
            conditions += overlap.conditions
            arguments += overlap.arguments
        case .asOf(let day, let window):
            alive(events: (day.adding(days: -window.days) ?? day)...day, states: day...day)
        case .aliveDuring(let first, let last):
            alive(events: first...last, states: first...last)
        }
        // Asserted and reported facts sum up together (NULL); any other modality on its own.
        let committed = Modality.committed.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let modal = "CASE WHEN f.modality IN (\(committed)) THEN NULL ELSE f.modality END"
        // A domestic fact's roles tell its two parties apart: summed up per pair of roles. One edge
        // per fact (`--all-facts`) keeps the fact's own roles, domestic or not.
        let roles = selection.perFact
            ? "f.role, f.object_role"
            : "CASE WHEN f.subject_id = f.object_id THEN f.role END, CASE WHEN f.subject_id = f.object_id THEN f.object_role END"
        let grouping = selection.perFact ? "f.id" : "f.subject_id, f.predicate, f.object_id, f.negated, \(modal), \(roles)"
        var sql = prefix + """
            SELECT f.subject_id, s.name, s.kind, s.type, s.iso3, f.predicate, p.class,
                   f.object_id, o.name, o.kind, o.type, o.iso3, f.negated,
                   count(*), count(DISTINCT coalesce(a.source, a.content_hash)),
                   min(f.date_start), max(f.date_end), min(f.confidence), \(validityColumns), \(modal),
                   \(roles)
            FROM fact AS f
            JOIN predicate AS p ON p.name = f.predicate
            JOIN article AS a ON a.id = f.article_id
            JOIN entity AS s ON s.id = f.subject_id
            JOIN entity AS o ON o.id = f.object_id
            """
        sql += validityJoin
        if !conditions.isEmpty { sql += "\nWHERE " + conditions.joined(separator: "\n  AND ") }
        sql += "\nGROUP BY \(grouping)"
        if selection.minSources > 1 {
            sql += "\nHAVING count(DISTINCT coalesce(a.source, a.content_hash)) >= ?"
            arguments += [selection.minSources]
        }
        return (sql, prefixArguments + arguments)
    }

    static func summary(row: Row) -> RelationSummary {
        func entity(_ offset: Int) -> EntityReference {
            EntityReference(
                id: row[offset], name: row[offset + 1], kind: EntityKind(rawValue: row[offset + 2]) ?? .actor,
                type: row[offset + 3], iso3: row[offset + 4])
        }
        var summary = RelationSummary(
            subject: entity(0), predicate: row[5], relationClass: RelationClass(rawValue: row[6]) ?? .neutral,
            object: entity(7), negated: row[12], facts: row[13], sources: row[14], firstSeen: row[15],
            lastSeen: row[16], confidence: row[17], validFrom: row[18], validTo: row[19],
            modality: (row[20] as String?).flatMap(Modality.init(rawValue:)))
        summary.subjectRole = row[21]
        summary.objectRole = row[22]
        return summary
    }
}

extension GraphStore {
    /// The entities whose canonical name is one of `names` (a name two entities share gives both).
    public func references(named names: Set<String>) throws(StoreError) -> [EntityReference] {
        let list = String(data: try! JSONEncoder().encode(names.sorted()), encoding: .utf8)!
        return try read { db in
            try Row.fetchAll(
                db, sql: "SELECT id, name, kind, type, iso3 FROM entity WHERE name IN (SELECT value FROM json_each(?)) ORDER BY name, id",
                arguments: [list]
            ).map { row in
                EntityReference(id: row[0], name: row[1], kind: EntityKind(rawValue: row[2]) ?? .actor, type: row[3], iso3: row[4])
            }
        }
    }
}
