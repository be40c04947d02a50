public import EntenteQuery

extension BreadthFirstSearch {
    /// Every shortest path from `from` to `to` of at most `maxHops` facts, as fact ids from the
    /// start, sorted, at most `cap` of them: the search stops at the first level that reaches
    /// the end, and the paths are rebuilt from each entity's predecessors at its distance.
    @inlinable public mutating func allShortestPaths(from: Int64, to: Int64, maxHops: Int, directed: Bool, cap: Int) throws -> [[Int64]] {
        var distance: [Int64: Int] = [from: 0]
        // For each entity reached, the (previous entity, fact) steps that reach it at its distance.
        var predecessors: [Int64: [(Int64, Int64)]] = [:]
        var frontier: [Int64] = [from]
        var level = 0
        let reader = source
        while !frontier.isEmpty, level < maxHops, distance[to] == nil {
            level += 1
            var next: [Int64] = []
            try expand(frontier, from: directed ? [.subject] : [.subject, .object]) { fact, here, there in
                if let known = distance[there] {
                    if known == level { predecessors[there, default: []].append((here, reader.factID(fact))) }
                    return
                }
                distance[there] = level
                predecessors[there] = [(here, reader.factID(fact))]
                next.append(there)
            }
            frontier = next
        }
        guard distance[to] != nil else { return [] }
        var paths: [[Int64]] = []
        func unwind(_ node: Int64, _ suffix: [Int64]) {
            guard paths.count < cap else { return }
            if node == from {
                paths.append(suffix)
                return
            }
            for (previous, fact) in predecessors[node] ?? [] { unwind(previous, [fact] + suffix) }
        }
        unwind(to, [])
        return paths.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// One shortest path from `from` to `to` of at most `maxHops` facts, as fact ids, by searching
    /// from both ends at once: the smaller frontier widens first (forward from the start, backward
    /// from the end), and the widening stops at the first entity the other side has reached.
    ///
    /// Stopping there changes no answer: until a level meets the other side, the two sides share
    /// no entity, so every entity a level reaches that the other side knows lies at the other
    /// side's full depth (a nearer one would have met this side's previous level already), and
    /// every meeting in the level is as short as the first, which is the one kept. A hub in the
    /// level is then read only up to the fact that meets, not to its last.
    @inlinable public mutating func shortestPath(from: Int64, to: Int64, maxHops: Int, directed: Bool) throws -> [Int64]? {
        if from == to { return nil }
        // For each side: distance from its end, and the (previous entity, fact) that first reached an entity.
        var distances: [[Int64: Int]] = [[from: 0], [to: 0]]
        var parents: [[Int64: (Int64, Int64)]] = [[:], [:]]
        var frontiers: [[Int64]] = [[from], [to]]
        var depths = [0, 0]
        var meeting: (node: Int64, length: Int)?
        let reader = source
        while meeting == nil, !frontiers[0].isEmpty, !frontiers[1].isEmpty, depths[0] + depths[1] < maxHops {
            let side = frontiers[0].count <= frontiers[1].count ? 0 : 1
            let other = 1 - side
            depths[side] += 1
            // The start side follows facts forward; the end side walks them backward.
            let ends: [FactEnd] = side == 0 ? [.subject, .object] : [.object, .subject]
            let levelEnds = Array(ends.prefix(directed ? 1 : 2))
            // The meeting found without reading the level, when the source can tell: the same
            // fact the widening below would stop at.
            if case .found(let fact, let here, let there) = reader.firstFact(around: frontiers[side], along: levelEnds, reaching: distances[other]) {
                distances[side][there] = depths[side]
                parents[side][there] = (here, reader.factID(fact))
                meeting = (there, depths[side] + distances[other][there]!)
                break
            }
            var next: [Int64] = []
            do {
                try expand(frontiers[side], from: levelEnds) { fact, here, there in
                    guard distances[side][there] == nil else { return }
                    distances[side][there] = depths[side]
                    parents[side][there] = (here, reader.factID(fact))
                    next.append(there)
                    if let across = distances[other][there] {
                        meeting = (there, depths[side] + across)
                        throw SidesMet()
                    }
                }
            } catch is SidesMet {}
            frontiers[side] = next
        }
        guard let meeting, meeting.length <= maxHops else { return nil }
        return Self.path(through: meeting.node, from: from, to: to, parents: parents)
    }

    /// The facts from `from` to `to` through the entity where the two sides met, read back along
    /// each side's (previous entity, fact) links.
    @inlinable public static func path(through meeting: Int64, from: Int64, to: Int64, parents: [[Int64: (Int64, Int64)]]) -> [Int64] {
        var facts: [Int64] = []
        var node = meeting
        while node != from, let (previous, fact) = parents[0][node] {
            facts.insert(fact, at: 0)
            node = previous
        }
        node = meeting
        while node != to, let (previous, fact) = parents[1][node] {
            facts.append(fact)
            node = previous
        }
        return facts
    }
}

/// Ends the widening of a level of a two-sided search at its first meeting.
@usableFromInline struct SidesMet: Error {
    @usableFromInline init() {}
}
