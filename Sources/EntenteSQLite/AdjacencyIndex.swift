import EntenteStore
import EntenteQuery
import Foundation
import GRDB

/// Every fact that is not negated and is asserted or reported (what a search follows unless a
/// query asks otherwise, which then runs in SQL), held in memory as compressed adjacency lists (one array
/// of fact positions per direction, sliced by entity), so a breadth-first search steps from an
/// entity to its neighbours without SQL. SQLite stays the source of truth: the index is built
/// from the store and extended with the facts written since (facts are only ever appended).
///
/// Each fact also carries what a dyad timeline counts (its Goldstein score, its source by number
/// and whether it is reported), so a timeline between two entities reads the index instead of
/// one row per fact (`AdjacencyIndex+Timeline.swift`).
///
/// - Complexity: building reads each fact once; a step from an entity costs its degree.
/// Memory is about 50 bytes per fact, none of it copied when the index is mapped from its file.
public final class AdjacencyIndex: Sendable {
    /// The largest fact id stored when the index was read (indexed or not: a negated fact is
    /// left out, yet read); later facts are not in the index yet.
    let maxFactID: Int64
    let factIDs: IndexColumn<Int64>
    let subjects: IndexColumn<Int32>
    let objects: IndexColumn<Int32>
    let predicates: IndexColumn<UInt16>
    /// Julian day numbers of each fact's first and last day; an undated fact has an empty span.
    let starts: IndexColumn<Int32>
    let ends: IndexColumn<Int32>
    let predicateNames: [String]
    let predicateClasses: [String]
    /// Each fact's Goldstein score (its own, else its predicate's) as the bits of a `Double`;
    /// `noScore` when it has none.
    let scores: IndexColumn<UInt64>
    /// Each fact's source (its article's publisher, else the article) as a number into `sourceNames`.
    let sources: IndexColumn<Int32>
    /// Each fact's modality: 0 asserted, 1 reported (the index holds no other).
    let modalities: IndexColumn<UInt8>
    /// What tells sources apart, by number: the publisher, else the article's content hash.
    let sourceNames: [String]
    /// Fact positions by subject (`outEdges[outStart[e]..<outStart[e + 1]]`) and by object.
    let outStart: IndexColumn<Int32>
    let outEdges: IndexColumn<Int32>
    let inStart: IndexColumn<Int32>
    let inEdges: IndexColumn<Int32>

    public var factCount: Int { factIDs.count }

    /// The facts to hand to `extending` to bring an index up to date (all of them when `after` is 0).
    static let factsSQL = """
        SELECT f.id, f.subject_id, f.object_id, f.predicate, p.class,
               coalesce(CAST(julianday(f.date_start) AS INTEGER), 2147483647),
               coalesce(CAST(julianday(f.date_end) AS INTEGER), -2147483648),
               coalesce(f.goldstein, p.goldstein), f.article_id, f.modality
        FROM fact AS f JOIN predicate AS p ON p.name = f.predicate
        WHERE f.negated = 0 AND f.modality IN ('asserted', 'reported') AND f.id > ? ORDER BY f.id
        """

    /// What tells an article's facts' source apart, read once per article an index build meets
    /// (a join would read the article row again for every fact).
    static let sourceSQL = "SELECT coalesce(source, content_hash) FROM article WHERE id = ?"

    /// The bits `scores` holds for a fact without a Goldstein score: a NaN no arithmetic makes.
    static let noScore = UInt64.max

    /// Reads every fact of the store into a new index.
    static func build(_ db: Database) throws -> AdjacencyIndex {
        try AdjacencyIndex(db, extending: nil)
    }

    /// This index plus the facts written since it was built, or itself when there are none.
    func updated(_ db: Database, latest: Int64? = nil) throws -> AdjacencyIndex {
        let latest = try latest ?? Self.latestFactID(db)
        return latest > maxFactID ? try AdjacencyIndex(db, extending: self) : self
    }

    /// The highest fact id stored, 0 when there is none.
    static func latestFactID(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(id) FROM fact")) ?? 0
    }

    /// An index from columns read back from a file (`AdjacencyIndexFile`), which checks them
    /// against each other before a search uses them.
    init(
        maxFactID: Int64, factIDs: IndexColumn<Int64>, subjects: IndexColumn<Int32>, objects: IndexColumn<Int32>,
        predicates: IndexColumn<UInt16>, starts: IndexColumn<Int32>, ends: IndexColumn<Int32>, predicateNames: [String],
        predicateClasses: [String], scores: IndexColumn<UInt64>, sources: IndexColumn<Int32>, modalities: IndexColumn<UInt8>,
        sourceNames: [String], outStart: IndexColumn<Int32>, outEdges: IndexColumn<Int32>, inStart: IndexColumn<Int32>,
        inEdges: IndexColumn<Int32>
    ) {
        self.maxFactID = maxFactID
        self.factIDs = factIDs
        self.subjects = subjects
        self.objects = objects
        self.predicates = predicates
        self.starts = starts
        self.ends = ends
        self.predicateNames = predicateNames
        self.predicateClasses = predicateClasses
        self.scores = scores
        self.sources = sources
        self.modalities = modalities
        self.sourceNames = sourceNames
        self.outStart = outStart
        self.outEdges = outEdges
        self.inStart = inStart
        self.inEdges = inEdges
    }

    private init(_ db: Database, extending base: AdjacencyIndex?) throws {
        var factIDs = base.map { Array($0.factIDs) } ?? []
        var subjects = base.map { Array($0.subjects) } ?? []
        var objects = base.map { Array($0.objects) } ?? []
        var predicates = base.map { Array($0.predicates) } ?? []
        var starts = base.map { Array($0.starts) } ?? []
        var ends = base.map { Array($0.ends) } ?? []
        var names = base?.predicateNames ?? []
        var classes = base?.predicateClasses ?? []
        var predicateIDs = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, UInt16($0)) })
        var scores = base.map { Array($0.scores) } ?? []
        var sources = base.map { Array($0.sources) } ?? []
        var modalities = base.map { Array($0.modalities) } ?? []
        var sourceNames = base?.sourceNames ?? []
        var sourceNumbers = Dictionary(uniqueKeysWithValues: sourceNames.enumerated().map { ($1, Int32($0)) })
        var articleSources: [Int64: Int32] = [:]
        let sourceOfArticle = try db.cachedStatement(sql: Self.sourceSQL)
        var maxID = base?.maxFactID ?? 0
        // Read in the same transaction as the facts: negated facts past the last indexed one are
        // read too, so the next update does not read (and rebuild) for nothing.
        let latest = try Self.latestFactID(db)
        let rows = try Row.fetchCursor(db, sql: Self.factsSQL, arguments: [maxID])
        while let row = try rows.next() {
            let name: String = row[3]
            let predicate: UInt16
            if let known = predicateIDs[name] {
                predicate = known
            } else {
                predicate = UInt16(names.count)
                predicateIDs[name] = predicate
                names.append(name)
                classes.append(row[4])
            }
            maxID = row[0]
            factIDs.append(maxID)
            subjects.append(Int32(row[1] as Int64))
            objects.append(Int32(row[2] as Int64))
            predicates.append(predicate)
            starts.append(Int32(row[5] as Int64))
            ends.append(Int32(row[6] as Int64))
            scores.append((row[7] as Double?)?.bitPattern ?? Self.noScore)
            let article: Int64 = row[8]
            if let known = articleSources[article] {
                sources.append(known)
            } else {
                let name = try String.fetchOne(sourceOfArticle, arguments: [article]) ?? ""
                let number = sourceNumbers[name] ?? Int32(sourceNames.count)
                if number == Int32(sourceNames.count) {
                    sourceNames.append(name)
                    sourceNumbers[name] = number
                }
                articleSources[article] = number
                sources.append(number)
            }
            modalities.append(row[9] as String == "reported" ? 1 : 0)
        }
        let entityCount = Int(max(subjects.max() ?? 0, objects.max() ?? 0)) + 1
        // Within an entity's slice, facts come in the order of SQLite's indexes on (entity,
        // predicate, date_start). SQL may read a step through the covering dyad index (0011) in
        // another order; what a search answers does not depend on it, only which of several
        // equally short paths SHORTEST shows.
        let rank = Dictionary(uniqueKeysWithValues: names.sorted().enumerated().map { ($1, UInt32($0)) })
        let predicateRank = names.map { rank[$0]! }
        let order = { (a: Int32, b: Int32) -> Bool in
            let (x, y) = (Int(a), Int(b))
            let (rankX, rankY) = (predicateRank[Int(predicates[x])], predicateRank[Int(predicates[y])])
            if rankX != rankY { return rankX < rankY }
            // Undated facts (NULL) sort first in SQLite's index.
            let (dayX, dayY) = (starts[x] == Int32.max ? Int32.min : starts[x], starts[y] == Int32.max ? Int32.min : starts[y])
            if dayX != dayY { return dayX < dayY }
            return factIDs[x] < factIDs[y]
        }
        let (outStart, outEdges) = Self.slices(by: subjects, entities: entityCount, order: order)
        let (inStart, inEdges) = Self.slices(by: objects, entities: entityCount, order: order)
        (self.outStart, self.outEdges) = (IndexColumn(outStart), IndexColumn(outEdges))
        (self.inStart, self.inEdges) = (IndexColumn(inStart), IndexColumn(inEdges))
        self.maxFactID = max(maxID, latest)
        self.factIDs = IndexColumn(factIDs)
        self.subjects = IndexColumn(subjects)
        self.objects = IndexColumn(objects)
        self.predicates = IndexColumn(predicates)
        self.starts = IndexColumn(starts)
        self.ends = IndexColumn(ends)
        self.predicateNames = names
        self.predicateClasses = classes
        self.scores = IndexColumn(scores)
        self.sources = IndexColumn(sources)
        self.modalities = IndexColumn(modalities)
        self.sourceNames = sourceNames
    }

    /// A counting sort of fact positions by entity: the start of each entity's slice, and the slices.
    private static func slices(by keys: [Int32], entities: Int, order: (Int32, Int32) -> Bool) -> ([Int32], [Int32]) {
        var start = [Int32](repeating: 0, count: entities + 1)
        for key in keys { start[Int(key) + 1] += 1 }
        for index in 1..<start.count { start[index] += start[index - 1] }
        var cursor = start
        var edges = [Int32](repeating: 0, count: keys.count)
        for (position, key) in keys.enumerated() {
            edges[Int(cursor[Int(key)])] = Int32(position)
            cursor[Int(key)] += 1
        }
        for entity in 0..<entities where start[entity + 1] - start[entity] > 1 {
            edges[Int(start[entity])..<Int(start[entity + 1])].sort(by: order)
        }
        return (start, edges)
    }

    /// A traversal filter resolved against this index: allowed predicates by number, days as numbers.
    struct Filter {
        var allowed: [Bool]
        var first: Int32
        var last: Int32
        var within: Bool
        /// No date bound: an undated fact passes too.
        var undated: Bool { first == Int32.min && last == Int32.max }
    }

    /// Whether the fact at `position` passes `filter`: an allowed predicate, inside the dates by
    /// the rules of `DateRules.overlap` (DURING) and `DateRules.containment` (WITHIN), on day numbers.
    @inline(__always)
    func passes(_ position: Int, _ filter: Filter) -> Bool {
        guard filter.allowed[Int(predicates[position])] else { return false }
        if filter.undated { return true }
        return filter.within
            ? starts[position] >= filter.first && ends[position] <= filter.last && starts[position] <= ends[position]
            : ends[position] >= filter.first && starts[position] <= filter.last
    }

    func filter(_ traversal: TraversalFilter, _ db: Database) throws -> Filter {
        let allowed = predicateNames.indices.map { index in
            (traversal.predicates == nil && traversal.classes == nil) || traversal.predicates?.contains(predicateNames[index]) == true
                || traversal.classes?.contains(predicateClasses[index]) == true
        }
        func day(_ text: String?, _ open: Int32) throws -> Int32 {
            guard let text else { return open }
            return Int32(try Int64.fetchOne(db, sql: "SELECT CAST(julianday(?) AS INTEGER)", arguments: [text]) ?? Int64(open))
        }
        let dated = traversal.firstDay != nil || traversal.lastDay != nil
        return Filter(
            allowed: allowed, first: try day(traversal.firstDay, dated ? Int32.min + 1 : Int32.min),
            last: try day(traversal.lastDay, dated ? Int32.max - 1 : Int32.max), within: traversal.within)
    }

    /// The number of entity ids the index has slices for (`0..<entityCount`).
    var entityCount: Int { outStart.count - 1 }

    /// Calls `visit(position, here, there)` for each fact out of (`outOfSubject`) or into each
    /// entity that passes `filter` (`factIDs[position]` is its id), and returns how many;
    /// `inOrder`, by ascending entity id, as SQLite walks the ids of
    /// `IN (SELECT value FROM json_each(?))`.
    @inline(__always)
    func positions(
        around entities: [Int64], outOfSubject: Bool, inOrder: Bool, _ filter: Filter,
        _ visit: (_ position: Int, _ here: Int64, _ there: Int64) throws -> Void
    ) rethrows -> Int {
        let start = outOfSubject ? outStart : inStart
        let edges = outOfSubject ? outEdges : inEdges
        let far = outOfSubject ? objects : subjects
        var visited = 0
        for entity in inOrder ? entities.sorted() : entities {
            let node = Int(entity)
            guard node >= 0, node + 1 < start.count else { continue }
            for slot in Int(start[node])..<Int(start[node + 1]) {
                let position = Int(edges[slot])
                guard passes(position, filter) else { continue }
                visited += 1
                try visit(position, entity, Int64(far[position]))
            }
        }
        return visited
    }
}

extension AdjacencyIndex {
    /// The facts out of (`outOfSubject`) or into one entity that pass `filter`: fact id, the entity
    /// at the other end, the predicate's number in this index, and the days the fact covers
    /// (Julian day numbers; nil when undated).
    func neighbours(of entity: Int64, outOfSubject: Bool, _ filter: Filter) -> [PathEnumeration.Neighbour] {
        let start = outOfSubject ? outStart : inStart
        let edges = outOfSubject ? outEdges : inEdges
        let far = outOfSubject ? objects : subjects
        let node = Int(entity)
        guard node >= 0, node + 1 < start.count else { return [] }
        var result: [PathEnumeration.Neighbour] = []
        for slot in Int(start[node])..<Int(start[node + 1]) {
            let position = Int(edges[slot])
            guard passes(position, filter) else { continue }
            // An undated fact is stored with its first day after its last (an empty span).
            let first = Int(starts[position])
            let last = Int(ends[position])
            result.append(
                PathEnumeration.Neighbour(
                    fact: factIDs[position], there: Int64(far[position]), predicate: Int(predicates[position]),
                    days: first <= last ? first...last : nil))
        }
        return result
    }
}
