import EntenteModel
import EntenteQuery
import EntenteStore
@testable import EntenteSQLite
import EntenteTestSupport
import GRDB
import Testing

/// The two-sided shortest-path search stops widening a level at its first meeting: it must find
/// exactly the path the search found when it finished every level, and a shortest one.
@Suite struct ShortestPathSearchTests {
    /// The search as it was before it stopped early: each level widened to its end, the first
    /// shortest meeting kept.
    static func levelByLevel<Source: NeighbourSource>(
        _ search: inout BreadthFirstSearch<Source>, from: Int64, to: Int64, maxHops: Int, directed: Bool
    ) throws -> [Int64]? {
        if from == to { return nil }
        var distances: [[Int64: Int]] = [[from: 0], [to: 0]]
        var parents: [[Int64: (Int64, Int64)]] = [[:], [:]]
        var frontiers: [[Int64]] = [[from], [to]]
        var depths = [0, 0]
        var meeting: (node: Int64, length: Int)?
        let reader = search.source
        while meeting == nil, !frontiers[0].isEmpty, !frontiers[1].isEmpty, depths[0] + depths[1] < maxHops {
            let side = frontiers[0].count <= frontiers[1].count ? 0 : 1
            let other = 1 - side
            depths[side] += 1
            let ends: [FactEnd] = side == 0 ? [.subject, .object] : [.object, .subject]
            var next: [Int64] = []
            try search.expand(frontiers[side], from: Array(ends.prefix(directed ? 1 : 2))) { fact, here, there in
                guard distances[side][there] == nil else { return }
                distances[side][there] = depths[side]
                parents[side][there] = (here, reader.factID(fact))
                next.append(there)
                if let across = distances[other][there] {
                    let length = depths[side] + across
                    if meeting == nil || length < meeting!.length { meeting = (there, length) }
                }
            }
            frontiers[side] = next
        }
        guard let meeting, meeting.length <= maxHops else { return nil }
        return BreadthFirstSearch<Source>.path(through: meeting.node, from: from, to: to, parents: parents)
    }

    @Test func everyPairFindsThePathItFoundBeforeAndAShortestOne() throws {
        let store = try GraphStore.inMemory()
        _ = try EventImporter(store: store).write(AdjacencyIndexFileTests.events(0..<150) + Self.hub(150..<400))
        let (index, filters) = try store.database.read { db in
            let index = try AdjacencyIndex.build(db)
            let filters = [
                try index.filter(TraversalFilter(predicates: nil, classes: nil, firstDay: nil, lastDay: nil, within: false), db),
                try index.filter(TraversalFilter(predicates: ["supports", "attacks"], classes: nil, firstDay: "2017-01-01", lastDay: "2019-12-31", within: false), db),
            ]
            return (index, filters)
        }
        let entities = try store.entities(search: "Actor").map(\.id)
        var found = 0
        for filter in filters {
            let source = IndexNeighbours(index: index, filter: filter)
            for from in entities {
                for to in entities {
                    for (maxHops, directed) in [(1, false), (2, true), (3, false), (4, true)] {
                        var search = BreadthFirstSearch(source: source, budget: 10_000_000)
                        var before = BreadthFirstSearch(source: source, budget: 10_000_000)
                        let path = try search.shortestPath(from: from, to: to, maxHops: maxHops, directed: directed)
                        #expect(path == (try Self.levelByLevel(&before, from: from, to: to, maxHops: maxHops, directed: directed)))
                        var plain = BreadthFirstSearch(source: source, budget: 10_000_000)
                        let ends: [FactEnd] = directed ? [.subject] : [.subject, .object]
                        let distance = from == to ? nil : try plain.distances(from: from, maxLevels: maxHops, along: ends)[to]
                        #expect(path?.count == distance)
                        if path != nil { found += 1 }
                    }
                }
            }
        }
        #expect(found > 1_000)
    }

    /// The fact the index finds from the targets' side is the first one a widening of the level
    /// visits that reaches a target, or none when none does.
    @Test func theFirstFactFoundFromTheTargetsIsTheFirstTheLevelVisits() throws {
        let store = try GraphStore.inMemory()
        _ = try EventImporter(store: store).write(AdjacencyIndexFileTests.events(0..<150) + Self.hub(150..<400))
        let index = try store.database.read { db in try AdjacencyIndex.build(db) }
        let filter = try store.database.read { db in
            try index.filter(TraversalFilter(predicates: nil, classes: nil, firstDay: nil, lastDay: nil, within: false), db)
        }
        let source = IndexNeighbours(index: index, filter: filter)
        let ids = Dictionary(uniqueKeysWithValues: try store.entities(search: "Actor").map { ($0.name, $0.id) })
        var looked = 0
        for levelNames in [["Actor 99"], ["Actor 99", "Actor 3"], ["Actor 99", "Actor 40", "Actor 7"]] {
            let level = levelNames.map { ids[$0]! }
            for target in ids.values where !level.contains(target) {
                for ends in [[FactEnd.subject], [.object], [.subject, .object], [.object, .subject]] {
                    let targets = [target: 1]
                    var expected: (Int, Int64, Int64)?
                    for end in ends where expected == nil {
                        _ = index.positions(around: level, outOfSubject: end == .subject, inOrder: true, filter) { position, here, there in
                            if expected == nil, targets[there] != nil { expected = (position, here, there) }
                        }
                    }
                    switch source.firstFact(around: level, along: ends, reaching: targets) {
                    case .found(let fact, let here, let there):
                        looked += 1
                        #expect(expected.map { [Int64($0.0), $0.1, $0.2] } == [Int64(fact), here, there])
                    case .none:
                        looked += 1
                        #expect(expected == nil)
                    case .unknown:
                        break
                    }
                }
            }
        }
        // The hub's levels are worth looking from the targets' side.
        let hub = ids["Actor 99"]!
        #expect(looked > 100, "hub \(hub): \(index.outStart[Int(hub) + 1] - index.outStart[Int(hub)]) out, \(ids.count) actors, entities \(index.entityCount)")
    }

    /// Events out of and into one busy actor, so that levels hold an entity with many facts.
    static func hub(_ range: Range<Int>) -> [CodedEvent] {
        range.map { index in
            let other = AdjacencyIndexFileTests.actor(index % 45)
            let hub = AdjacencyIndexFileTests.actor(99)
            return CodedEvent(
                externalID: "hub:\(index)", subject: index % 2 == 0 ? hub : other, object: index % 2 == 0 ? other : hub,
                predicate: index % 3 == 0 ? "supports" : "consults", eventCode: nil, goldstein: nil,
                date: FactDate(day: CalendarDay(year: 2016 + index % 5, month: 1 + index % 12, day: 1)!), role: nil, confidence: 0.5,
                mentions: nil, article: Article(origin: .gdelt, source: "wire", url: "https://wire.example/", text: "", identity: "source:wire"),
                evidence: "hub \(index)")
        }
    }
}
