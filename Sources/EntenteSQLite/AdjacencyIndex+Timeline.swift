import EntenteModel
import EntenteStore

extension AdjacencyIndex {
    /// SQLite's `julianday` of 1970-01-01, truncated as the index stores days: day numbers of
    /// `CalendarDay` are this much smaller.
    static let julianDayOf1970 = 2_440_587

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
        var pairs: [(subject: Int64, object: Int64)] = []
        if direction != .in { pairs.append((first, second)) }
        if direction != .out, direction == .in || first != second { pairs.append((second, first)) }
        let low = since.map { Int32($0.dayNumber + Self.julianDayOf1970) } ?? Int32.min
        let high = until.map { Int32($0.dayNumber + Self.julianDayOf1970) } ?? Int32.max
        let classes = predicateClasses.map(RelationClass.init(rawValue:))
        var entries: [Timeline.Entry] = []
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
                guard let relationClass = classes[Int(predicates[position])],
                    let day = CalendarDay(dayNumber: Int(start) - Self.julianDayOf1970)
                else { continue }
                let score = scores[position]
                entries.append(
                    Timeline.Entry(
                        day: day, relationClass: relationClass, goldstein: score == Self.noScore ? nil : Double(bitPattern: score),
                        source: sourceNames[Int(sources[position])], modality: modalities[position] == 1 ? .reported : .asserted))
            }
        }
        return entries
    }
}
