import EntenteModel
import EntenteStore

extension AdjacencyIndex {
    /// SQLite's `julianday` of 1970-01-01, truncated as the index stores days: day numbers of
    /// `CalendarDay` are this much smaller.
    static let julianDayOf1970 = 2_440_587

    /// The day numbers a `CalendarDay` can have (years 1 to 9999): a fact dated outside them has
    /// no day, and SQL's timeline skips it as this one does.
    static let calendarDayNumbers = CalendarDay(year: 1, month: 1, day: 1)!.dayNumber...CalendarDay(year: 9999, month: 12, day: 31)!.dayNumber

    /// The dated facts between `first` and `second` as a timeline counts them, from memory: the
    /// answer `GraphStore.timelineEntries` reads from SQL when modal facts are left out (the index
    /// holds every fact that is not negated and is asserted or reported, and nothing else).
    ///
    /// `since` and `until` keep the facts whose days overlap them, as `DateOverlap` does.
    /// Entries come in the index's order, not SQL's; a timeline does not depend on it.
    ///
    /// - Complexity: the facts of the less connected of the two entities, per direction.
    func timelineEntries(
        between first: Int64, and second: Int64, direction: TimelineDirection, since: CalendarDay?, until: CalendarDay?,
        excludeDomestic: Bool
    ) -> [Timeline.Entry] {
        var entries: [Timeline.Entry] = []
        forEachTimelineFact(between: first, and: second, direction: direction, since: since, until: until, excludeDomestic: excludeDomestic) {
            position, relationClass, dayNumber in
            entries.append(
                Timeline.Entry(
                    day: CalendarDay(dayNumber: dayNumber)!, relationClass: relationClass,
                    goldstein: goldstein(at: position), source: sourceNames[Int(sources[position])],
                    modality: modalities[position] == 1 ? .reported : .asserted))
        }
        return entries
    }

    /// The facts of ``timelineEntries(between:and:direction:since:until:excludeDomestic:)`` with
    /// their sources as the index numbers them (`0..<sourceNames.count`), for a TIMELINE query
    /// to count without a string per fact; none is modal.
    func countedTimelineFacts(
        between first: Int64, and second: Int64, direction: TimelineDirection, since: CalendarDay?, until: CalendarDay?,
        excludeDomestic: Bool
    ) -> [Timeline.CountedFact] {
        var facts: [Timeline.CountedFact] = []
        forEachTimelineFact(between: first, and: second, direction: direction, since: since, until: until, excludeDomestic: excludeDomestic) {
            position, relationClass, dayNumber in
            facts.append(
                Timeline.CountedFact(
                    dayNumber: dayNumber, relationClass: relationClass, goldstein: goldstein(at: position),
                    source: Int(sources[position]), isModal: false))
        }
        return facts
    }

    /// The Goldstein score the index keeps for the fact at `position`, nil where it has none.
    private func goldstein(at position: Int) -> Double? {
        scores[position] == Self.noScore ? nil : Double(bitPattern: scores[position])
    }

    /// Calls `visit` with the position, class and first day (a `CalendarDay` day number) of each
    /// dated fact between the two entities that a timeline counts, direction by direction.
    private func forEachTimelineFact(
        between first: Int64, and second: Int64, direction: TimelineDirection, since: CalendarDay?, until: CalendarDay?,
        excludeDomestic: Bool, _ visit: (_ position: Int, _ relationClass: RelationClass, _ dayNumber: Int) -> Void
    ) {
        var pairs: [(subject: Int64, object: Int64)] = []
        if direction != .in { pairs.append((first, second)) }
        if direction != .out, direction == .in || first != second { pairs.append((second, first)) }
        let low = since.map { Int32($0.dayNumber + Self.julianDayOf1970) } ?? Int32.min
        let high = until.map { Int32($0.dayNumber + Self.julianDayOf1970) } ?? Int32.max
        let classes = predicateClasses.map(RelationClass.init(rawValue:))
        for (subject, object) in pairs where !(excludeDomestic && subject == object) {
            guard subject >= 0, object >= 0, subject < Int64(entityCount), object < Int64(entityCount) else { continue }
            // The shorter of the two slices that hold the dyad's facts: the subject's facts out,
            // or the object's facts in.
            let (outFrom, outTo) = (Int(outStart[Int(subject)]), Int(outStart[Int(subject) + 1]))
            let (inFrom, inTo) = (Int(inStart[Int(object)]), Int(inStart[Int(object) + 1]))
            let byObject = inTo - inFrom < outTo - outFrom
            let (edges, far, wanted) = byObject ? (inEdges, subjects, Int32(subject)) : (outEdges, objects, Int32(object))
            for slot in byObject ? inFrom..<inTo : outFrom..<outTo {
                let position = Int(edges[slot])
                guard far[position] == wanted else { continue }
                // An undated fact has an empty span (its first day after its last).
                let (start, end) = (starts[position], ends[position])
                guard start <= end, end >= low, start <= high else { continue }
                let dayNumber = Int(start) - Self.julianDayOf1970
                guard let relationClass = classes[Int(predicates[position])], Self.calendarDayNumbers.contains(dayNumber) else { continue }
                visit(position, relationClass, dayNumber)
            }
        }
    }
}
