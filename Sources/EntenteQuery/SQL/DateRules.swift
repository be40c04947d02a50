public import EntenteModel

/// The date rules of the query language as SQL on one fact, each written once: a fact's days
/// overlap a period, lie inside it, are alive on a day, compare with a date, show as dated.
///
/// A fact dated `2017-03` has the days `2017-03-01` to `2017-03-31` (`date_start`, `date_end`);
/// an undated fact has neither and overlaps no bounded period.
public enum DateRules {
    /// The fact's days overlap `first...last`, either end open.
    public static func overlap(_ fact: TableAlias<FactTable>, first: CalendarDay?, last: CalendarDay?) -> [SQLFragment] {
        var conditions: [SQLFragment] = []
        if let first { conditions.append(inYears("\(fact[.dateEnd]) >= \(bind: .string(first.description))", fact, from: first.year)) }
        if let last { conditions.append(inYears("\(fact[.dateStart]) <= \(bind: .string(last.description))", fact, through: last.year)) }
        return conditions
    }

    /// The fact's days lie inside `first...last`, either end open.
    public static func containment(_ fact: TableAlias<FactTable>, first: CalendarDay?, last: CalendarDay?) -> [SQLFragment] {
        var conditions: [SQLFragment] = []
        if let first { conditions.append(inYears("\(fact[.dateStart]) >= \(bind: .string(first.description))", fact, from: first.year)) }
        if let last { conditions.append(inYears("\(fact[.dateEnd]) <= \(bind: .string(last.description))", fact, through: last.year)) }
        return conditions
    }

    /// The fact is alive on `day`: a point event dated from `eventsSince` to the day, or a
    /// lasting (structural) relation whose validity interval, opened by this fact or before,
    /// holds the day. One fact of a query asks this of the intervals directly; a read of many
    /// facts asks it through the intervals computed once (`openIntervals(during:)` and the two
    /// after it), the same rule.
    static func alive(_ fact: TableAlias<FactTable>, on day: CalendarDay, eventsSince windowStart: CalendarDay) -> SQLFragment {
        let validity = TableAlias<RelationValidityTable>.validity
        let dayText = QueryValue.string(day.description)
        let condition: SQLFragment = """
            (\(fact[.dateStart]) <= \(bind: dayText) AND ((\(fact[.predicate]) NOT IN \
            (SELECT name FROM predicate WHERE class = 'structural') AND \(fact[.dateEnd]) >= \(bind: .string(windowStart.description))) \
            OR (\(fact[.negated]) = 0 AND EXISTS (SELECT 1 FROM \(declaring: validity) WHERE \(validity[.subjectID]) = \(fact[.subjectID]) \
            AND \(validity[.predicate]) = \(fact[.predicate]) AND \(validity[.objectID]) = \(fact[.objectID]) AND \(fact[.dateStart]) >= \(validity[.validFrom]) \
            AND \(validity[.validFrom]) <= \(bind: dayText) AND (\(validity[.validTo]) IS NULL OR \(validity[.validTo]) > \(bind: dayText))))))
            """
        return inYears(condition, fact, through: day.year)
    }

    /// `r.date <op> date` compared by precision: a fact dated 2017-03 is `>= 2017-03-15` (it
    /// may be), and `= 2017` overlaps the year.
    static func comparison(_ fact: TableAlias<FactTable>, _ op: BinaryOperator, _ date: FactDate) -> SQLFragment {
        let first = QueryValue.string(date.start.description)
        let last = QueryValue.string(date.end.description)
        let (firstYear, lastYear) = (date.start.year, date.end.year)
        switch op {
        case .equal: return inYears("(\(fact[.dateStart]) <= \(bind: last) AND \(fact[.dateEnd]) >= \(bind: first))", fact, from: firstYear, through: lastYear)
        case .notEqual: return "(\(fact[.dateStart]) > \(bind: last) OR \(fact[.dateEnd]) < \(bind: first))"
        case .greaterEqual: return inYears("\(fact[.dateEnd]) >= \(bind: first)", fact, from: firstYear)
        case .greater: return inYears("\(fact[.dateStart]) > \(bind: last)", fact, from: lastYear)
        case .lessEqual: return inYears("\(fact[.dateStart]) <= \(bind: last)", fact, through: lastYear)
        case .less: return inYears("\(fact[.dateEnd]) < \(bind: first)", fact, through: firstYear)
        case .and, .or, .startsWith, .endsWith, .contains: return "0"
        }
    }

    /// `condition` and the years a fact's start falls in when it holds, for PostgreSQL to read
    /// only those years' partitions (see `SQLFunction.startYears`). A fact's days lie in one
    /// calendar year (a day, a month or a year: PostgreSQL's schema checks it), so a bound on
    /// `date_end` bounds the year of `date_start` as well.
    static func inYears(_ condition: SQLFragment, _ fact: TableAlias<FactTable>, from first: Int? = nil, through last: Int? = nil) -> SQLFragment {
        "\(SQLFunction.startYears(condition, startYear: fact[.startYear], first: first, last: last))"
    }

    /// The fact's start as dated: the day, month or year, by its precision (in Swift,
    /// `DatePrecision.shown`).
    static func display(_ fact: TableAlias<FactTable>) -> SQLFragment {
        """
        CASE \(fact[.datePrecision]) WHEN 'day' THEN \(fact[.dateStart]) WHEN 'month' THEN \(SQLFunction.prefix("\(fact[.dateStart])", length: 7)) \
        WHEN 'year' THEN \(SQLFunction.prefix("\(fact[.dateStart])", length: 4)) END
        """
    }

    /// The calendar month (`2018-06`) or year (`2018`) a fact starts in.
    static func startPrefix(_ fact: TableAlias<FactTable>, length: Int) -> SQLFragment {
        "\(SQLFunction.prefix("\(fact[.dateStart])", length: length))"
    }

    /// The validity intervals open at some time in `states`, as rows of `relation_validity`: the
    /// intervals a grouped read computes once, as `alive`, for `aliveThroughIntervals`.
    public static func openIntervals(during states: ClosedRange<CalendarDay>) -> SQLFragment {
        """
        SELECT subject_id, predicate, object_id, valid_from, valid_to FROM relation_validity
            WHERE valid_from <= \(bind: .string(states.upperBound.description)) AND (valid_to IS NULL OR valid_to > \(bind: .string(states.lowerBound.description)))
        """
    }

    /// How an interval of `openIntervals(during:)`, as `v`, joins the structural fact `f` it holds:
    /// one the fact opened or came after.
    public static func intervalHoldsFact(_ fact: TableAlias<FactTable>, _ validity: TableAlias<RelationValidityTable>) -> SQLFragment {
        """
        \(fact.predicateRow[.relationClass]) = 'structural' AND \(validity[.subjectID]) = \(fact[.subjectID])
            AND \(validity[.predicate]) = \(fact[.predicate]) AND \(validity[.objectID]) = \(fact[.objectID]) AND \(fact[.dateStart]) >= \(validity[.validFrom])
        """
    }

    /// The fact is alive in `events`: a point event dated in it, or a structural fact an
    /// interval holds (joined as `v` by `intervalHoldsFact`).
    public static func aliveThroughIntervals(
        _ fact: TableAlias<FactTable>, _ validity: TableAlias<RelationValidityTable>, events: ClosedRange<CalendarDay>
    ) -> SQLFragment {
        """
        \(fact[.dateStart]) <= \(bind: .string(events.upperBound.description)) AND ((\(fact.predicateRow[.relationClass]) <> 'structural' \
        AND \(fact[.dateEnd]) >= \(bind: .string(events.lowerBound.description))) OR (\(fact[.negated]) = 0 AND \(validity[.subjectID]) IS NOT NULL))
        """
    }
}
