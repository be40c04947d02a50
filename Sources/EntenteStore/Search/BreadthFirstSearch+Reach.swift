public import EntenteQuery

extension BreadthFirstSearch {
    /// The entities within `hops` of `start` following `direction`, each with the level it is
    /// first counted at (the start itself is never counted).
    ///
    /// With a minimum of one hop an entity is entered once; with more, an entity reached early
    /// may be entered again at a later level, once per level, so it can still be counted at the
    /// minimum (as a walk that revisits it would).
    @inlinable public mutating func reach(from start: Int64, hops: ClosedRange<Int>, direction: HopDirection) throws -> [Int64: Int] {
        let perLevel = hops.lowerBound > 1
        // The level an entity was last entered at, 0 for never; the start counts as entered before any level.
        var entered = source.makeMarks()
        var reached = source.makeMarks()
        var counted: [Int64] = []
        entered[start] = -1
        var frontier: [Int64] = [start]
        for level in 1...hops.upperBound where !frontier.isEmpty {
            let stamp = Int32(level)
            var next: [Int64] = []
            try expand(frontier, from: direction.ends, inOrder: false) { _, _, there in
                let isNew = perLevel ? entered[there] != stamp : entered[there] == 0
                guard isNew else { return }
                entered[there] = stamp
                next.append(there)
                if level >= hops.lowerBound, there != start, reached[there] == 0 {
                    reached[there] = stamp
                    counted.append(there)
                }
            }
            frontier = next
        }
        var result: [Int64: Int] = [:]
        for entity in counted { result[entity] = Int(reached[entity]) }
        return result
    }
}
