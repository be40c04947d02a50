public import EntenteStore
public import EntenteModel
import EntenteQuery
import GRDB

extension GraphStore {
    /// Which facts between two entities a timeline counts.
    public typealias Direction = TimelineDirection

    /// The dated, not negated facts between two entities, for a timeline: asserted and reported
    /// ones, and with `includeModal` hypothetical, future, advocated and hedged ones too;
    /// `excludeDomestic` leaves out facts whose two parties are one entity.
    public func timelineEntries(
        between first: Int64, and second: Int64, direction: Direction = .both, since: FactDate? = nil,
        until: FactDate? = nil, includeModal: Bool = false, excludeDomestic: Bool = false
    ) throws(StoreError) -> [Timeline.Entry] {
        // The adjacency index holds every fact a timeline without modal facts counts, with its
        // score and source: when one is at hand (in memory, or its file current), it answers.
        if !includeModal, let adjacency {
            let indexed = try read { db in
                try adjacency.existing(db)?.timelineEntries(
                    between: first, and: second, direction: direction, since: since?.start, until: until?.end,
                    excludeDomestic: excludeDomestic)
            }
            if let indexed { return indexed }
        }
        // One SELECT per direction, joined by UNION ALL rather than an OR: each reads the covering
        // dyad index (0011) alone, where SQLite answers an OR from two indexes by looking up every
        // fact's table row. The two directions share no fact unless the two entities are one.
        var ends: [(subject: Int64, object: Int64)] = []
        if direction != .in { ends.append((first, second)) }
        if direction != .out, direction == .in || first != second { ends.append((second, first)) }
        let overlap = DateOverlap(since: since?.start, until: until?.end)
        var branches: [String] = []
        var arguments: StatementArguments = []
        for (subject, object) in ends {
            var branch = """
                SELECT f.date_start, p.class, coalesce(f.goldstein, p.goldstein), coalesce(a.source, a.content_hash), f.modality
                FROM fact AS f
                JOIN predicate AS p ON p.name = f.predicate
                JOIN article AS a ON a.id = f.article_id
                WHERE f.subject_id = ? AND f.object_id = ? AND f.negated = 0 AND f.date_start IS NOT NULL
                """
            arguments += [subject, object]
            if !includeModal {
                branch += " AND f.modality IN (\(Modality.committed.map { _ in "?" }.joined(separator: ", ")))"
                arguments += StatementArguments(Modality.committed.map(\.rawValue))
            }
            if excludeDomestic { branch += " AND f.subject_id <> f.object_id" }
            branch += overlap.andClauses
            arguments += overlap.arguments
            branches.append(branch)
        }
        let (finalSQL, finalArguments) = (branches.joined(separator: "\nUNION ALL\n"), arguments)
        return try read { db in
            // Prepared once per connection: a timeline of a quiet dyad costs less than preparing it.
            try Row.fetchAll(db.cachedStatement(sql: finalSQL), arguments: finalArguments).compactMap { row in
                guard let day = CalendarDay(iso: row[0] as String), let relationClass = RelationClass(rawValue: row[1]) else {
                    return nil
                }
                return Timeline.Entry(
                    day: day, relationClass: relationClass, goldstein: row[2], source: row[3],
                    modality: Modality(rawValue: row[4]) ?? .asserted)
            }
        }
    }

    /// A TIMELINE query: counted from the adjacency index when one is at hand, with the index's
    /// numbers for sources, so no fact becomes a string; otherwise from ``timelineEntries(between:and:direction:since:until:includeModal:excludeDomestic:)``
    /// as every store counts it. The answer is the same (`TimelinePlan.result`).
    func runTimeline(_ plan: TimelinePlan) throws(StoreError) -> QueryResult {
        if !plan.includeModal, let adjacency {
            let counted: ([Timeline.CountedFact], Int)?
            do {
                counted = try readTransaction { db in
                    try adjacency.existing(db).map { index in
                        (index.countedTimelineFacts(
                            between: plan.first, and: plan.second, direction: plan.directed ? .out : .both, since: plan.since, until: plan.until,
                            excludeDomestic: plan.excludeDomestic), index.sourceNames.count)
                    }
                }
            } catch {
                throw StoreError(translating: error, path: path)
            }
            if let (facts, sourceCount) = counted { return plan.result(counting: facts, sourceCount: sourceCount) }
        }
        return try run(plan)
    }
}
