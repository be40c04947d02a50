public import EntenteModel
public import EntenteStore
import EntenteQuery

// MARK: - Reads: facts, relations, timelines

extension PostgresGraphStore {
    /// Facts a filter keeps (see `FactFilter`), oldest first, undated last.
    public func facts(_ filter: FactFilter) throws(StoreError) -> [FactRow] {
        var statement = PostgresStatement(
            """
            SELECT f.id, s.name, f.predicate, p.class, o.name, f.date_start, f.date_precision,
                   f.date_reason, f.negated, f.modality, sp.name, f.role, f.object_role,
                   (f.subject_id = f.object_id)::integer, f.confidence,
                   coalesce(f.goldstein, p.goldstein), a.origin, f.article_id, a.title, a.source,
                   f.sentence_index, f.evidence
            FROM fact AS f
            JOIN entity AS s ON s.id = f.subject_id
            JOIN entity AS o ON o.id = f.object_id
            JOIN predicate AS p ON p.name = f.predicate
            JOIN article AS a ON a.id = f.article_id
            LEFT JOIN entity AS sp ON sp.id = f.speaker_id
            WHERE true
            """)
        if let name = filter.about {
            let id = statement.bind(.init(try entity(named: name).id))
            statement.append(" AND (f.subject_id = \(id) OR f.object_id = \(id))")
        }
        if filter.committedOnly { statement.append(" AND f.modality = ANY(\(statement.bind(.init(texts: Modality.committed.map(\.rawValue)))))") }
        if filter.excludeDomestic { statement.append(" AND f.subject_id <> f.object_id") }
        for condition in DateRules.overlap(.hop, first: filter.since?.start, last: filter.until?.end) {
            statement.append(" AND ")
            statement.append(condition)
        }
        statement.append(
            filter.newestFirst
                ? " ORDER BY f.date_start IS NULL, f.date_start DESC, f.id DESC" : " ORDER BY f.date_start IS NULL, f.date_start, f.id")
        if let limit = filter.limit { statement.append(" LIMIT \(statement.bind(.init(limit)))") }
        return try read(statement).map { row in
            let start = row.optionalString(5)
            let date = start.flatMap { start in row.optionalString(6).flatMap(DatePrecision.init(rawValue:))?.shown(start) }
            return FactRow(
                id: row.int(0), subject: row.string(1), predicate: row.string(2), relationClass: RelationClass(rawValue: row.string(3)) ?? .neutral,
                object: row.string(4), date: date, dateReason: row.optionalString(7), negated: row.flag(8),
                modality: Modality(rawValue: row.string(9)) ?? .asserted, speaker: row.optionalString(10), role: row.optionalString(11),
                objectRole: row.optionalString(12), domestic: row.flag(13), confidence: row.double(14), goldstein: row.optionalDouble(15),
                origin: Article.Origin(rawValue: row.string(16)) ?? .article, articleID: row.int(17), articleTitle: row.optionalString(18),
                articleSource: row.optionalString(19), sentenceIndex: row.optionalInt(20).map(Int.init), evidence: row.optionalString(21))
        }
    }

    /// The dated, not negated facts between two entities, for a timeline.
    public func timelineEntries(
        between first: Int64, and second: Int64, direction: TimelineDirection = .both, since: FactDate? = nil, until: FactDate? = nil,
        includeModal: Bool = false, excludeDomestic: Bool = false
    ) throws(StoreError) -> [Timeline.Entry] {
        var ends: [(subject: Int64, object: Int64)] = []
        if direction != .in { ends.append((first, second)) }
        if direction != .out, direction == .in || first != second { ends.append((second, first)) }
        var statement = PostgresStatement()
        for (index, (subject, object)) in ends.enumerated() {
            if index > 0 { statement.append("\nUNION ALL\n") }
            statement.append(
                """
                SELECT f.date_start, p.class, coalesce(f.goldstein, p.goldstein), coalesce(a.source, a.content_hash), f.modality
                FROM fact AS f
                JOIN predicate AS p ON p.name = f.predicate
                JOIN article AS a ON a.id = f.article_id
                WHERE f.subject_id = \(statement.bind(.init(subject))) AND f.object_id = \(statement.bind(.init(object)))
                  AND f.negated = 0 AND f.date_start IS NOT NULL
                """)
            if !includeModal { statement.append(" AND f.modality = ANY(\(statement.bind(.init(texts: Modality.committed.map(\.rawValue)))))") }
            if excludeDomestic { statement.append(" AND f.subject_id <> f.object_id") }
            for condition in DateRules.overlap(.hop, first: since?.start, last: until?.end) {
                statement.append(" AND ")
                statement.append(condition)
            }
        }
        return try read(statement).compactMap { row in
            guard let day = CalendarDay(iso: row.string(0)), let relationClass = RelationClass(rawValue: row.string(1)) else { return nil }
            return Timeline.Entry(
                day: day, relationClass: relationClass, goldstein: row.optionalDouble(2), source: row.string(3),
                modality: Modality(rawValue: row.string(4)) ?? .asserted)
        }
    }

    /// The relations a selection keeps, touching one of `touching` if given, sorted by subject,
    /// object and predicate: SQLite's statement in PostgreSQL's words.
    public func relations(_ selection: RelationSelection, touching: Set<Int64>? = nil) throws(StoreError) -> [RelationSummary] {
        var statement = PostgresStatement()
        var conditions: [(inout PostgresStatement) -> Void] = []
        var validityJoin = false
        var aliveRule: SQLFragment?
        if !selection.includeNegated { conditions.append { $0.append("f.negated = 0") } }
        if !selection.includeModal {
            conditions.append { $0.append("f.modality = ANY(\($0.bind(.init(texts: Modality.committed.map(\.rawValue)))))") }
        }
        if selection.excludeDomestic { conditions.append { $0.append("f.subject_id <> f.object_id") } }
        if selection.minConfidence > 0 { conditions.append { $0.append("f.confidence >= \($0.bind(.init(selection.minConfidence)))") } }
        if let touching {
            let ids = "{" + touching.sorted().map(String.init).joined(separator: ",") + "}"
            conditions.append { statement in
                let list = statement.bind(.init(ids))
                statement.append("(f.subject_id = ANY(\(list)::bigint[]) OR f.object_id = ANY(\(list)::bigint[]))")
            }
        }
        // Point events dated in `events`; lasting relations whose interval overlaps `states`.
        func alive(events: ClosedRange<CalendarDay>, states: ClosedRange<CalendarDay>) {
            statement.append("WITH alive AS MATERIALIZED (\n    ")
            statement.append(DateRules.openIntervals(during: states))
            statement.append(")\n")
            validityJoin = true
            aliveRule = DateRules.aliveThroughIntervals(.hop, .validity, events: events)
        }
        switch selection.time {
        case .always:
            break
        case .overlapping(let since, let until):
            for condition in DateRules.overlap(.hop, first: since, last: until) { conditions.append { $0.append(condition) } }
        case .asOf(let day, let window):
            alive(events: (day.adding(days: -window.days) ?? day)...day, states: day...day)
        case .aliveDuring(let first, let last):
            alive(events: first...last, states: first...last)
        }
        if let aliveRule { conditions.append { $0.append(aliveRule) } }
        let modal = "CASE WHEN f.modality IN ('asserted', 'reported') THEN NULL ELSE f.modality END"
        let roles = selection.perFact
            ? "f.role, f.object_role"
            : "CASE WHEN f.subject_id = f.object_id THEN f.role END, CASE WHEN f.subject_id = f.object_id THEN f.object_role END"
        // Per fact, the columns of each joined row depend on the fact's key: grouped by every one of them.
        let grouping = selection.perFact
            ? "f.id, f.start_year, s.id, o.id, p.name"
            : "f.subject_id, f.predicate, f.object_id, f.negated, \(modal), \(roles), s.id, o.id, p.name"
        statement.append(
            """
            SELECT f.subject_id, s.name, s.kind, s.type, s.iso3, f.predicate, p.class,
                   f.object_id, o.name, o.kind, o.type, o.iso3, f.negated,
                   count(*), count(DISTINCT coalesce(a.source, a.content_hash)),
                   min(f.date_start), max(f.date_end), min(f.confidence), \(validityJoin ? "min(v.valid_from), max(v.valid_to)" : "NULL, NULL"), \(modal),
                   \(roles)
            FROM fact AS f
            JOIN predicate AS p ON p.name = f.predicate
            JOIN article AS a ON a.id = f.article_id
            JOIN entity AS s ON s.id = f.subject_id
            JOIN entity AS o ON o.id = f.object_id
            """)
        if validityJoin {
            statement.append("\nLEFT JOIN alive AS v ON ")
            statement.append(DateRules.intervalHoldsFact(.hop, .validity))
        }
        for (index, condition) in conditions.enumerated() {
            statement.append(index == 0 ? "\nWHERE " : "\n  AND ")
            condition(&statement)
        }
        statement.append("\nGROUP BY \(grouping)")
        if selection.minSources > 1 {
            statement.append("\nHAVING count(DISTINCT coalesce(a.source, a.content_hash)) >= \(statement.bind(.init(selection.minSources)))")
        }
        return try read(statement).map(Self.summary).sorted(by: RelationSummary.ordered)
    }

    private static func summary(_ row: [QueryValue]) -> RelationSummary {
        func entity(_ offset: Int) -> EntityReference {
            EntityReference(
                id: row.int(offset), name: row.string(offset + 1), kind: EntityKind(rawValue: row.string(offset + 2)) ?? .actor,
                type: row.string(offset + 3), iso3: row.optionalString(offset + 4))
        }
        var summary = RelationSummary(
            subject: entity(0), predicate: row.string(5), relationClass: RelationClass(rawValue: row.string(6)) ?? .neutral,
            object: entity(7), negated: row.flag(12), facts: row.count(13), sources: row.count(14), firstSeen: row.optionalString(15),
            lastSeen: row.optionalString(16), confidence: row.double(17), validFrom: row.optionalString(18), validTo: row.optionalString(19),
            modality: row.optionalString(20).flatMap(Modality.init(rawValue:)))
        summary.subjectRole = row.optionalString(21)
        summary.objectRole = row.optionalString(22)
        return summary
    }
}
