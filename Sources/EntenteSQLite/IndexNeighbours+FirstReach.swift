import EntenteQuery
import EntenteStore

extension IndexNeighbours {
    /// The first fact of the level around `entities` that reaches one of `targets`, found from the
    /// targets' side when their facts are fewer than the level's: each target's facts toward the
    /// level give the candidates, and the first of them in the level's own order (ends in turn,
    /// entities by ascending id, each entity's facts in slice order, as `positions` visits them)
    /// is the one a widening would stop at.
    func firstFact(around entities: [Int64], along ends: [FactEnd], reaching targets: [Int64: Int]) -> FirstReach<Int> {
        func slice(_ entity: Int64, outOfSubject: Bool) -> Range<Int> {
            let starts = outOfSubject ? index.outStart : index.inStart
            let node = Int(entity)
            guard node >= 0, node + 1 < starts.count else { return 0..<0 }
            return Int(starts[node])..<Int(starts[node + 1])
        }
        // What each way costs, in facts looked at: a level read is every fact around its entities.
        var levelFacts = 0
        var targetFacts = 0
        for end in ends {
            for entity in entities { levelFacts += slice(entity, outOfSubject: end == .subject).count }
            for target in targets.keys { targetFacts += slice(target, outOfSubject: end != .subject).count }
        }
        guard targetFacts * 4 < levelFacts else { return .unknown }
        let rank = Dictionary(entities.sorted().enumerated().map { ($1, $0) }, uniquingKeysWith: min)
        for end in ends {
            let outOfSubject = end == .subject
            // Facts with a target at the far end and an entity of the level at `end`.
            let (targetEdges, levelEnds) = outOfSubject ? (index.inEdges, index.subjects) : (index.outEdges, index.objects)
            var first: (rank: Int, here: Int64)?
            var candidates: [(position: Int32, there: Int64)] = []
            for target in targets.keys {
                for slot in slice(target, outOfSubject: !outOfSubject) {
                    let position = targetEdges[slot]
                    guard index.passes(Int(position), filter) else { continue }
                    let here = Int64(levelEnds[Int(position)])
                    guard let order = rank[here] else { continue }
                    if first == nil || order < first!.rank {
                        first = (order, here)
                        candidates = []
                    }
                    if order == first!.rank { candidates.append((position, target)) }
                }
            }
            guard let first else { continue }
            // The first of the candidates in the entity's slice: where the widening meets.
            let edges = outOfSubject ? index.outEdges : index.inEdges
            for slot in slice(first.here, outOfSubject: outOfSubject) {
                let position = edges[slot]
                if let hit = candidates.first(where: { $0.position == position }) {
                    return .found(fact: Int(position), here: first.here, there: hit.there)
                }
            }
        }
        return .none
    }
}
